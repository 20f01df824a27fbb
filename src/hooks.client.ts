import type { ClientInit } from '@sveltejs/kit';

/**
 * Before SvelteKit hydrates: a prerendered explorer page draws its network at once
 * (`$lib/network/network-boot`), so it is on screen while the rest of the page hydrates. A failure there
 * only costs the head start: the explorer then creates the network itself.
 */
export const init: ClientInit = async () => {
	if (__OFFLINE__ || !document.querySelector('.network[data-boot]')) return;
	try {
		const { bootNetwork } = await import('$lib/network/network-boot');
		await bootNetwork();
	} catch (e) {
		console.warn('Resistance Atlas: the network is drawn after the page starts instead', e);
	}
};
