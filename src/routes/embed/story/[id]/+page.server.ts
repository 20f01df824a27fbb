import { loadDefaultAtlas } from '$lib/server/load-atlas';

/** Today's `/embed/story/<id>`: one per curated story of the default atlas (state then comes from the URL: ?step, ?theme…). */
export const entries = () => loadDefaultAtlas().stories.map((s) => ({ id: s.id }));
