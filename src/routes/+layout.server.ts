import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';

export const prerender = true;
export const trailingSlash = 'never';

/** Every page gets the data release and the list of atlases (metadata only: pages load what they show). */
export const load = () => ({
	atlasList: loadAllAtlases().map((a) => a.meta),
	release: loadRelease()
});
