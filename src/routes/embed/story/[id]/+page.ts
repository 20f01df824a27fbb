import { error } from '@sveltejs/kit';

/** An unknown story id is a 404 from `load` (also on client-side navigation), never a throw in render. */
export const load = async ({ params, parent }) => {
	const { atlas } = await parent();
	const story = atlas.stories.find((s) => s.id === params.id);
	if (!story) error(404, `No story "${params.id}"`);
	return { story };
};
