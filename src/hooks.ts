import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/zh/evidence/x` routes to `/evidence/x`; the locale stays in the URL. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
