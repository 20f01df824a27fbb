import { loadAllAtlases } from '$lib/server/load-atlas';

/** Every atlas's stories page: its curated stories, if any, and the lecturer's own. */
export const entries = () => loadAllAtlases().map((a) => ({ atlas: a.meta.id }));
