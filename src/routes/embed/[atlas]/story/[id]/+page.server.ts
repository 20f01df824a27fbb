import { loadAllAtlases } from '$lib/server/load-atlas';

/** One embed per curated story of every atlas. */
export const entries = () =>
	loadAllAtlases().flatMap((a) => a.stories.map((s) => ({ atlas: a.meta.id, id: s.id })));
