import { loadAllAtlases } from '$lib/server/load-atlas';

/** Every atlas's network embed. */
export const entries = () => loadAllAtlases().map((a) => ({ atlas: a.meta.id }));
