import { loadAllAtlases } from '$lib/server/load-atlas';

/** Every atlas's "my story" page (a lecturer's own story is kept per atlas). */
export const entries = () => loadAllAtlases().map((a) => ({ atlas: a.meta.id }));
