import { fetchAtlas } from '$lib/app/atlas-fetch';

/** Every embed shows the default atlas; its state comes only from the URL. */
export const load = async ({ fetch, parent }) => {
	const { atlasList } = await parent();
	return { atlas: await fetchAtlas(fetch, atlasList[0].id) };
};
