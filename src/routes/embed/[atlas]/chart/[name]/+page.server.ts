import { loadAllAtlases } from '$lib/server/load-atlas';
import { atlasEntry } from '$lib/domain/atlas-views';

/** Each atlas's charts that have something to draw. */
export const entries = () =>
	loadAllAtlases()
		.map(atlasEntry)
		.flatMap((a) => a.charts.map((name) => ({ atlas: a.id, name })));
