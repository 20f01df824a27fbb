import { error } from '@sveltejs/kit';
import { fetchRouteAtlas, type AtlasRouteEvent } from '$lib/app/atlas-fetch';

/** An unknown story id is a 404 from `load` (also on client-side navigation), never a throw in render. */
export const load = async (event: AtlasRouteEvent & { params: { id: string } }) => {
	const atlas = await fetchRouteAtlas(event);
	const story = atlas.stories.find((s) => s.id === event.params.id);
	if (!story) error(404, `No story "${event.params.id}"`);
	return { atlas, story };
};
