import { loadDefaultAtlas } from '$lib/server/load-atlas';
import { atlasEntry } from '$lib/domain/atlas-views';

/** Today's `/embed/chart/<name>`: the default atlas's charts. */
export const entries = () => atlasEntry(loadDefaultAtlas()).charts.map((name) => ({ name }));
