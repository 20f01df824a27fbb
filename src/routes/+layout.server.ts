import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';
import { atlasEntry } from '$lib/domain/atlas-views';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * Every page gets the data release and the list of atlases: metadata and the views each has data
 * for (pages load the atlas they show).
 */
export const load = () => ({
	atlasList: loadAllAtlases().map(atlasEntry),
	release: loadRelease()
});
