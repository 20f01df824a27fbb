import { loadAllAtlases } from '$lib/server/load-atlas';

/** Every atlas's explorer at `/atlas/<id>` (the default's also at `/`). */
export const entries = () => loadAllAtlases().map((a) => ({ atlas: a.meta.id }));
