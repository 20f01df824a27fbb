/**
 * Meaning rules: what a machine can see of "the atlas says what the sources say" (issue 17).
 * Called by `validateAtlas` after the cross-references resolve; every problem names file and id.
 * The grading rule these encode is written down in graph-data/README.md ("Evidence levels").
 * Pure module.
 */
import type { AtlasMeta, AtlasNode, Evidence, Relation } from './types';

type Add = (file: string, id: string, message: string) => void;

export interface MeaningInput {
	meta: AtlasMeta | undefined;
	nodes: AtlasNode[];
	relations: Relation[];
	evidence: Evidence[];
	fileOf: Record<string, string>;
}

/** The best level a study type can earn (graph-data/README.md, "Evidence levels"). */
export const LEVEL_CEILING: Record<Evidence['study_type'], Evidence['level']> = {
	'phase-3': 'A',
	'meta-analysis': 'A',
	'phase-2': 'B',
	'phase-1-2': 'B',
	'phase-1': 'B',
	prospective: 'B',
	retrospective: 'B',
	'real-world': 'B',
	'case-report': 'C',
	preclinical: 'D',
	review: 'E',
	consensus: 'E'
};

/** Every meaning rule, in order. */
export function checkMeaning(input: MeaningInput, add: Add) {
	const where = (id: string) => input.fileOf[id] ?? '?';
	checkNegative(input, where, add);
	checkEndpointsNamed(input, where, add);
	checkProteinBounds(input, where, add);
	checkLevelCeiling(input, where, add);
	checkBounds(input, where, add);
	checkUnlinked(input, where, add);
}

/** A node that joins no relation says why (`unlinked`), so a missing link is a decision, not a slip. */
function checkUnlinked(
	{ nodes, relations }: MeaningInput,
	where: (id: string) => string,
	add: Add
) {
	const linked = new Set(relations.flatMap((r) => [r.from, r.to]));
	for (const n of nodes) {
		if (n.kind === 'group') continue;
		if (!linked.has(n.id) && !n.unlinked)
			add(where(n.id), n.id, 'joins no relation: connect it, or say why in `unlinked`');
		if (linked.has(n.id) && n.unlinked)
			add(where(n.id), n.id, '`unlinked` is set but the node joins a relation');
	}
}

/** A relation resting only on `does-not-support` evidence is negative evidence, and says so. */
function checkNegative(
	{ relations, evidence }: MeaningInput,
	where: (id: string) => string,
	add: Add
) {
	const ev = new Map(evidence.map((e) => [e.id, e]));
	for (const r of relations) {
		const items = r.evidence.map((id) => ev.get(id)).filter((e) => !!e);
		if (!items.length) continue;
		const against = items.filter((e) => e.direction === 'does-not-support');
		if (against.length === items.length && !r.negative)
			add(
				where(r.id),
				r.id,
				`supported only by does-not-support evidence (${against.map((e) => e.id).join(', ')}): mark it \`negative: true\` (looked for and not found) or drop it`
			);
		if (r.negative && against.length < items.length)
			add(
				where(r.id),
				r.id,
				`a negative relation rests only on does-not-support evidence; ${items
					.filter((e) => e.direction !== 'does-not-support')
					.map((e) => e.id)
					.join(', ')} supports it`
			);
	}
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, '');

/** Every name a quote may use for a node: labels, aliases, HGVS, one-letter shorthand, codes. */
export function namesOf(n: AtlasNode): string[] {
	const names = [n.label.en, n.label.zh, ...n.aliases];
	if (n.kind === 'alteration') names.push(...[n.hgvs, n.short].filter((x) => !!x).map(String));
	if (n.kind === 'drug') names.push(...n.codes);
	return [...new Set(names.map(squash).filter((x) => x.length > 1))];
}

/** Each evidence item a relation cites names at least one of its two ends. */
function checkEndpointsNamed(
	{ nodes, relations, evidence }: MeaningInput,
	where: (id: string) => string,
	add: Add
) {
	const node = new Map(nodes.map((n) => [n.id, n]));
	const ev = new Map(evidence.map((e) => [e.id, e]));
	for (const r of relations) {
		const from = node.get(r.from);
		const to = node.get(r.to);
		if (!from || !to) continue;
		const names = [...namesOf(from), ...namesOf(to)];
		const genes = [from, to].flatMap((n) => (n.kind === 'mechanism' && n.gene ? [n.gene] : []));
		for (const id of r.evidence) {
			const e = ev.get(id);
			if (!e) continue;
			// a recorded misprint declares how the quote reads (e.g. "1202R" → "G1202R")
			const read = e.misprint?.corrected
				? `${e.quote} ${e.quote.replace(e.misprint.as_printed, e.misprint.corrected)}`
				: e.quote;
			const q = squash(read);
			const named =
				names.some((x) => q.includes(x)) ||
				genes.some((g) => new RegExp(`(?<![A-Za-z])${g}(?![a-z])`).test(read));
			if (!named)
				add(
					where(r.id),
					r.id,
					`the quote of ${id} names neither "${r.from}" nor "${r.to}" (by label, alias, HGVS or code)`
				);
		}
	}
}

/** A point mutation's residue lies inside its protein (lengths in atlas.yaml `proteins`). */
function checkProteinBounds(
	{ meta, nodes, evidence }: MeaningInput,
	where: (id: string) => string,
	add: Add
) {
	const evIds = new Set(evidence.map((e) => e.id));
	for (const p of meta?.proteins ?? [])
		if (!evIds.has(p.evidence))
			add(
				`${meta?.id}/atlas.yaml`,
				meta?.id ?? '-',
				`protein ${p.gene}: evidence "${p.evidence}" does not exist`
			);
	const length = new Map((meta?.proteins ?? []).map((p) => [p.gene.toUpperCase(), p.length]));
	for (const n of nodes) {
		if (n.kind !== 'alteration' || n.subtype !== 'point') continue;
		const max = length.get(n.gene.toUpperCase());
		const pos = /^[A-Z]?(\d+)/.exec(n.short ?? '')?.[1] ?? /(\d+)/.exec(n.hgvs ?? '')?.[1];
		if (max && pos && Number(pos) > max)
			add(
				where(n.id),
				n.id,
				`point mutation at residue ${pos} is outside ${n.gene} (${max} aa): keep the misprint on its evidence, not as a node`
			);
	}
}

const ORDER = ['A', 'B', 'C', 'D', 'E'];

/** A level never exceeds the ceiling of its study type; A also needs a cited report and a figure. */
function checkLevelCeiling({ evidence }: MeaningInput, where: (id: string) => string, add: Add) {
	for (const e of evidence) {
		const ceiling = LEVEL_CEILING[e.study_type];
		if (ORDER.indexOf(e.level) < ORDER.indexOf(ceiling))
			add(
				where(e.id),
				e.id,
				`level ${e.level} is above the ceiling ${ceiling} for study type ${e.study_type}`
			);
		else if (e.level === 'A' && (!e.cites.length || !e.figures.length))
			add(where(e.id), e.id, 'level A needs a cited trial report and at least one figure');
	}
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** Printed bounds: a lower bound (more than, at least…) or an upper bound (less than…). */
const BOUNDS: { dir: 'lower' | 'upper'; re: RegExp }[] = [
	{ dir: 'lower', re: new RegExp(String.raw`${NUM}\s*[^\d\s,，;；。]{0,2}\s*(?:以上|多)`, 'g') },
	{ dir: 'lower', re: new RegExp(String.raw`(?:至少|超过|大于|>|≥|＞)\s*${NUM}`, 'g') },
	{
		dir: 'lower',
		re: new RegExp(String.raw`(?:more than|at least|over|greater than)\s+${NUM}`, 'gi')
	},
	{ dir: 'upper', re: new RegExp(String.raw`(?:小于|不足|低于|<|≤|＜)\s*${NUM}`, 'g') },
	// "3 个月内", "1年内": within a time span
	{ dir: 'upper', re: new RegExp(String.raw`${NUM}\s*个?\s*[年月周天日]\s*内`, 'g') },
	{ dir: 'upper', re: new RegExp(String.raw`(?:less than|fewer than|under)\s+${NUM}`, 'gi') }
];

/** Bounded numbers of a quote, e.g. `100 倍以上` → { 100, lower }. `$…$` markup is ignored. */
export function printedBounds(quote: string): { value: number; dir: 'lower' | 'upper' }[] {
	const q = quote
		.replace(/<\/?[a-z][^>]*>/g, ' ')
		.replace(/\$/g, '')
		.replace(/\\%/g, '%');
	return BOUNDS.flatMap(({ dir, re }) =>
		[...q.matchAll(re)].map((m) => ({ value: Number(m[1]), dir }))
	);
}

/** A number printed as a bound and stored as a figure carries a qualifier in that direction. */
function checkBounds({ evidence }: MeaningInput, where: (id: string) => string, add: Add) {
	for (const e of evidence) {
		for (const b of printedBounds(e.quote)) {
			const stored = e.figures.filter((f) => [f.value, f.low, f.high].includes(b.value));
			if (!stored.length) continue;
			const ok = stored.some((f) =>
				b.dir === 'lower'
					? f.qualifier === '>' || f.qualifier === '≥'
					: f.qualifier === '<' || f.qualifier === '≤'
			);
			if (!ok)
				add(
					where(e.id),
					e.id,
					`${b.value} is printed as a ${b.dir} bound but stored without a qualifier (${b.dir === 'lower' ? "'>' or '≥'" : "'<' or '≤'"})`
				);
		}
	}
}
