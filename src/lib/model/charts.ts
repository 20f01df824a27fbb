/**
 * Model → chart rows. Pure and table-driven testable: charts render these rows and nothing else.
 */
import type { Atlas } from './types';
import type { Locale } from './text';

export interface BarRow {
	/** stable key: relation id */
	key: string;
	/** node the bar belongs to (drug) */
	id: string;
	label: string;
	value: number;
	low?: number;
	high?: number;
	unit: string;
	denominator?: number;
	evidence: string;
	source: string;
	generation: number | null;
}

/**
 * Frequency of one mechanism after each drug it emerges after (from `emerges_after` relations whose
 * evidence has a frequency figure for that drug), ordered by generation then value.
 * @example frequencyAfterDrugs(atlas, 'alk-g1202r', 'en') // [{label:'Brigatinib', value:43, ...}, ...]
 */
export function frequencyAfterDrugs(atlas: Atlas, mechanismId: string, locale: Locale): BarRow[] {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const rows: BarRow[] = [];
	for (const r of atlas.relations) {
		if (r.type !== 'emerges_after' || r.from !== mechanismId) continue;
		for (const eid of r.evidence) {
			const e = ev.get(eid);
			const f = e?.figures.find(
				(x) =>
					x.measure === 'frequency' &&
					x.arm === r.to &&
					(x.value !== undefined || x.low !== undefined)
			);
			const drug = node.get(r.to);
			if (!e || !f || !drug) continue;
			rows.push({
				key: r.id,
				id: r.to,
				label: drug.label[locale],
				value: f.value ?? ((f.low ?? 0) + (f.high ?? 0)) / 2,
				low: f.low,
				high: f.high,
				unit: f.unit,
				denominator: f.denominator,
				evidence: e.id,
				source: e.source,
				generation: drug.kind === 'drug' ? drug.generation : null
			});
			break;
		}
	}
	return rows.sort(
		(a, b) =>
			(a.generation ?? 9) - (b.generation ?? 9) || b.value - a.value || a.key.localeCompare(b.key)
	);
}
