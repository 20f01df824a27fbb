import { fetchRouteAtlas, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/** The lecturer's own story of the atlas the path names, or of the default atlas. */
export const load = async (event: AtlasRouteEvent) => ({ atlas: await fetchRouteAtlas(event) });
