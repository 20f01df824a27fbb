import { fetchRouteAtlas, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/** The explorer of the atlas the path names (`/atlas/<id>`), or of the default atlas at `/`. */
export const load = async (event: AtlasRouteEvent) => ({
	atlas: await fetchRouteAtlas(event, { inline: false })
});
