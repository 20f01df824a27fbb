/**
 * Model → chart rows. Pure and deterministic: charts render these rows and nothing else, and the
 * data tables show the same rows.
 */
import type { Atlas, AtlasNode, Evidence } from './types';
import { compareNumeric, compareText, type Locale } from './text';
import { generationOf } from './vocabulary';

/** One bar of the frequency chart: a mechanism's frequency at resistance to a drug. */
export interface FrequencyRow {
	/** stable key */
	key: string;
	/** the relation the bar stands for — what a click selects */
	id: string;
	mechanism: string;
	mechanismLabel: string;
	drug: string;
	/** the drug's label */
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

/** "DONG Fuyao 2025 [25]": first author, year and the reference numbers the evidence cites. */
export function shortSource(atlas: Atlas, e: Evidence): string {
	const s = atlas.sources.find((x) => x.id === e.source);
	const who = s ? [s.authors?.[0], s.year].filter(Boolean).join(' ') || s.id : e.source;
	const refs = e.cites
		.map((c) => atlas.sources.find((x) => x.id === c)?.ref_number)
		.filter(Boolean);
	return `${who}${refs.length ? ` [${refs.join(', ')}]` : ''}`;
}

/**
 * Every frequency of a mechanism at resistance to a drug (or a generation): from `emerges_after`
 * relations whose evidence has a `frequency` figure for the relation's drug end. Sorted by mechanism,
 * then generation, then value.
 */
export function frequencyRows(atlas: Atlas, locale: Locale): FrequencyRow[] {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const rows: FrequencyRow[] = [];
	for (const r of atlas.relations) {
		if (r.type !== 'emerges_after' || r.negative) continue;
		for (const eid of r.evidence) {
			const e = ev.get(eid);
			const f = e?.figures.find(
				(x) => x.measure === 'frequency' && x.unit === '%' && x.arm === r.to
			);
			const drug = node.get(r.to);
			const mech = node.get(r.from);
			if (!e || !f || !drug || !mech) continue;
			rows.push({
				key: r.id,
				id: r.id,
				mechanism: mech.id,
				mechanismLabel: mech.label[locale],
				drug: drug.id,
				label: drug.label[locale],
				value: f.value ?? ((f.low ?? 0) + (f.high ?? 0)) / 2,
				low: f.low,
				high: f.high,
				unit: f.unit,
				denominator: f.denominator,
				evidence: e.id,
				source: shortSource(atlas, e),
				generation: generationOf(atlas.meta, drug)
			});
			break;
		}
	}
	return rows.sort(
		(a, b) =>
			compareNumeric(a.mechanismLabel, b.mechanismLabel) ||
			(a.generation ?? 9) - (b.generation ?? 9) ||
			b.value - a.value ||
			compareText(a.key, b.key)
	);
}

/** The frequency rows of one mechanism (the evidence drawer draws them). */
export function frequencyAfterDrugs(
	atlas: Atlas,
	mechanismId: string,
	locale: Locale
): FrequencyRow[] {
	return frequencyRows(atlas, locale).filter((r) => r.mechanism === mechanismId);
}

/** `not-found`: only negative relations speak (looked for and not found) */
export type Sensitivity = 'sensitive' | 'resistant' | 'conflicting' | 'not-found' | 'none';

export interface MatrixCell {
	row: string;
	col: string;
	status: Sensitivity;
	/** strongest evidence level behind the cell (A best) */
	level: string | null;
	relations: string[];
}

export interface Matrix {
	rows: { id: string; label: string; compound: boolean; kind: string }[];
	cols: { id: string; label: string; generation: number | null }[];
	cells: MatrixCell[];
}

/**
 * Drug × alteration sensitivity: rows are the alterations and mechanisms that a `sensitive_to` or
 * `resistant_to` relation speaks about (single, then compound, then others); columns the drugs
 * they speak about, by generation.
 */
export function sensitivityMatrix(atlas: Atlas, locale: Locale): Matrix {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const rels = atlas.relations.filter(
		(r) =>
			(r.type === 'sensitive_to' || r.type === 'resistant_to') && node.get(r.to)?.kind === 'drug'
	);
	const rowIds = [...new Set(rels.map((r) => r.from))].filter((id) => node.get(id));
	const colIds = [...new Set(rels.map((r) => r.to))];
	const rank = (n: AtlasNode) =>
		n.kind === 'alteration'
			? n.subtype === 'compound'
				? 1
				: n.subtype === 'point' || n.subtype === 'insertion'
					? 0
					: 2
			: 3;
	const rows = rowIds
		.map((id) => node.get(id)!)
		.sort((a, b) => rank(a) - rank(b) || compareNumeric(a.label.en, b.label.en))
		.map((n) => ({ id: n.id, label: n.label[locale], compound: rank(n) === 1, kind: n.kind }));
	const cols = colIds
		.map((id) => node.get(id)!)
		.map((n) => ({ id: n.id, label: n.label[locale], generation: generationOf(atlas.meta, n) }))
		.sort((a, b) => (a.generation ?? 9) - (b.generation ?? 9) || compareText(a.label, b.label));
	const cells: MatrixCell[] = [];
	for (const row of rows)
		for (const col of cols) {
			const mine = rels.filter((r) => r.from === row.id && r.to === col.id);
			// a negative relation (looked for, not found) never counts as sensitive or resistant
			const counted = mine.filter((r) => !r.negative);
			const s = counted.some((r) => r.type === 'sensitive_to');
			const x = counted.some((r) => r.type === 'resistant_to');
			const levels = mine.flatMap((r) => r.evidence.map((id) => ev.get(id)?.level ?? 'E')).sort();
			cells.push({
				row: row.id,
				col: col.id,
				status:
					s && x
						? 'conflicting'
						: s
							? 'sensitive'
							: x
								? 'resistant'
								: mine.length
									? 'not-found'
									: 'none',
				level: levels[0] ?? null,
				relations: mine.map((r) => r.id)
			});
		}
	return { rows, cols, cells };
}
