import { fetchAtlas } from '$lib/app/atlas-fetch';

export const load = async ({ fetch, parent }) => {
	const { atlasList } = await parent();
	return { atlas: await fetchAtlas(fetch, atlasList[0].id) };
};
