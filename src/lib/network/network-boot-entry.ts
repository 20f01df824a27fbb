/**
 * An entry of its own (`vite.config.ts`): a prerendered explorer page loads this first, ahead of
 * SvelteKit (`hooks.server.ts` puts it and its imports at the top of the page), so the network is
 * drawn as soon as the page is parsed. `hooks.client.ts` reports a failure and waits for the same boot.
 */
import { bootNetwork } from './network-boot';

bootNetwork().catch(() => {});
