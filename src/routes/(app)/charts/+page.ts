import { error } from '@sveltejs/kit';
import { fetchAtlas, routeAtlasEntry, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/** The charts of the atlas the path names (`/atlas/<id>/charts`), or of the default atlas. */
export const load = async (event: AtlasRouteEvent) => {
	const entry = await routeAtlasEntry(event);
	if (!entry.charts.length) error(404, `Atlas "${entry.id}" has no charts`);
	return { atlas: await fetchAtlas(event.fetch, entry.id), charts: entry.charts };
};
