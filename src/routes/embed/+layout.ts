import { fetchRouteAtlas, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/**
 * Every embed shows one atlas: the one its path names (`/embed/<id>/…`), or the default at today's
 * `/embed/…`; its state comes only from the URL.
 */
export const load = async (event: AtlasRouteEvent) => ({ atlas: await fetchRouteAtlas(event) });
