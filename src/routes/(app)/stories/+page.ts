import { fetchDefaultAtlas } from '$lib/app/atlas-fetch';

export const load = async ({ fetch, parent }) => ({
	atlas: await fetchDefaultAtlas(fetch, parent)
});
