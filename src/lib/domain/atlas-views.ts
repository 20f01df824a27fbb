/**
 * Which views an atlas has data for: the charts with something to draw and its stories. Computed
 * at build (the site's atlas list, the prerendered routes), so an atlas without charts or stories
 * has no such pages and no links to them. Pure.
 */
import { CHART_NAMES, type ChartName } from './constants';
import type { AtlasEntry } from './atlases';
import type { Atlas } from './types';
import { frequencyRows, sensitivityMatrix } from './charts';
import { shareRows, trialRows } from './chart-trials';
import { lollipopModel } from './lollipop';

const DRAWS: Record<ChartName, (atlas: Atlas) => boolean> = {
	frequency: (a) => frequencyRows(a, 'en').length > 0,
	sensitivity: (a) => sensitivityMatrix(a, 'en').rows.length > 0,
	trials: (a) => trialRows(a, 'en').length > 0,
	shares: (a) => shareRows(a, 'en').length > 0,
	lollipop: (a) => {
		const l = lollipopModel(a, 'en');
		return l.needles.length + l.arcs.length > 0;
	}
};

const memo = new WeakMap<Atlas, AtlasEntry>();

/** The atlas as the site lists it (`atlasList`): metadata, its charts in page order, its stories. */
export function atlasEntry(atlas: Atlas): AtlasEntry {
	const hit = memo.get(atlas);
	if (hit) return hit;
	const entry = {
		...atlas.meta,
		charts: CHART_NAMES.filter((n) => DRAWS[n](atlas)),
		stories: atlas.stories.map((s) => s.id)
	};
	memo.set(atlas, entry);
	return entry;
}
