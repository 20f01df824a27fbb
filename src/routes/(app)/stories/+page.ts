import { fetchRouteAtlas, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/** The stories of the atlas the path names (`/atlas/<id>/stories`), or of the default atlas. */
export const load = async (event: AtlasRouteEvent) => ({ atlas: await fetchRouteAtlas(event) });
