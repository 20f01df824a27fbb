import { loadAllAtlases } from '$lib/server/load-atlas';
import { atlasEntry } from '$lib/domain/atlas-views';

/** The charts page of every atlas that has a chart with something to draw. */
export const entries = () =>
	loadAllAtlases()
		.map(atlasEntry)
		.filter((a) => a.charts.length)
		.map((a) => ({ atlas: a.id }));
