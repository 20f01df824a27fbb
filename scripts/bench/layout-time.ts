/**
 * Layout time in node: `arrange()` (both arrangements) and `toElements()` on an atlas, the work the
 * explorer does in the browser before Cytoscape gets its elements. Median of repeated runs.
 */
import { arrange } from '../../src/lib/network/layout';
import { ARRANGEMENTS } from '../../src/lib/domain/view-state';
import { toElements } from '../../src/lib/network/elements';
import type { Atlas } from '../../src/lib/domain/types';
import { median } from './lib';

export interface LayoutTime {
	nodes: number;
	relations: number;
	/** ms, median; per arrangement */
	arrange: Record<string, number>;
	toElements: Record<string, number>;
	runs: number;
}

function time(fn: () => void, budgetMs = 1500, maxRuns = 30): { ms: number; runs: number } {
	fn(); // warm-up (JIT)
	const xs: number[] = [];
	const t0 = performance.now();
	while (xs.length < maxRuns && (xs.length < 3 || performance.now() - t0 < budgetMs)) {
		const t = performance.now();
		fn();
		xs.push(performance.now() - t);
	}
	return { ms: median(xs), runs: xs.length };
}

export function layoutTime(atlas: Atlas): LayoutTime {
	const out: LayoutTime = {
		nodes: atlas.nodes.length,
		relations: atlas.relations.length,
		arrange: {},
		toElements: {},
		runs: 0
	};
	for (const how of ARRANGEMENTS) {
		const a = time(() => arrange(atlas, how));
		const placement = arrange(atlas, how);
		const e = time(() => toElements(atlas, placement));
		out.arrange[how] = a.ms;
		out.toElements[how] = e.ms;
		out.runs = Math.max(out.runs, a.runs, e.runs);
	}
	return out;
}
