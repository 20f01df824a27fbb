import { error } from '@sveltejs/kit';
import { fetchDefaultAtlas } from '$lib/app/atlas-fetch';

/** An unknown story id is a 404 from `load` (also on client-side navigation), never a throw in render. */
export const load = async ({ fetch, params, parent }) => {
	const atlas = await fetchDefaultAtlas(fetch, parent);
	const story = atlas.stories.find((s) => s.id === params.id);
	if (!story) error(404, `No story "${params.id}"`);
	return { atlas, story };
};
