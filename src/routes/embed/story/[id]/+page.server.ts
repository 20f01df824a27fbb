import { loadAllAtlases } from '$lib/server/load-atlas';

/** One prerendered embed per curated story (state then comes from the URL: ?step, ?theme…). */
export const entries = () => loadAllAtlases()[0].stories.map((s) => ({ id: s.id }));
