import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/**
 * `/zh/evidence/x` routes to `/evidence/x`; the locale stays in the URL. The offline pack routes by
 * hash and has one language per file: no rewriting there.
 */
export const reroute: Reroute = (request) =>
	__OFFLINE__ ? undefined : deLocalizeUrl(request.url).pathname;
