import { fetchDefaultAtlas } from '$lib/app/atlas-fetch';

/** Every embed shows the default atlas; its state comes only from the URL. */
export const load = async ({ fetch, parent }) => ({
	atlas: await fetchDefaultAtlas(fetch, parent)
});
