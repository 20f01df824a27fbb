import { error } from '@sveltejs/kit';
import { fetchAtlas } from '$lib/app/atlas-fetch';

export const load = async ({ params, parent, fetch }) => {
	const { atlasList } = await parent();
	if (!atlasList.some((a) => a.id === params.atlas)) error(404, `No atlas "${params.atlas}"`);
	return { atlas: await fetchAtlas(fetch, params.atlas, { inline: false }) };
};
