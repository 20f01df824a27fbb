/**
 * Atlas → Cytoscape element definitions (plain data; the view owns the renderer). Pure.
 */
import type { Atlas, AtlasNode, Evidence, Relation } from './types';
import type { Placement } from './layout';

export interface NodeData {
	id: string;
	label: string;
	label_zh: string;
	kind: AtlasNode['kind'];
	/** finer visual class: alteration subtype, mechanism class, drug generation… */
	sub: string;
	parent?: string;
	evidence: string[];
}
export interface EdgeData {
	id: string;
	source: string;
	target: string;
	relation: Relation['type'];
	context?: string;
	evidence: string[];
	/** frequency figures of the edge's evidence that belong to its drug end, e.g. "43%" */
	frequency?: string;
	/** numeric frequency (percent) used for edge width */
	weight?: number;
	figures: Evidence['figures'];
}
export interface ElementDef {
	group: 'nodes' | 'edges';
	data: NodeData | EdgeData;
	position?: { x: number; y: number };
	classes?: string;
}

function sub(n: AtlasNode): string {
	switch (n.kind) {
		case 'alteration':
			return n.subtype;
		case 'mechanism':
			return n.mechanism_class;
		case 'drug':
			return n.generation ? `gen-${n.generation}` : n.drug_class;
		case 'strategy':
			return n.category;
		default:
			return n.kind;
	}
}

/** Frequency figures on an edge: those of its evidence whose `arm` is the edge's other end. */
export function edgeFrequency(r: Relation, ev: Map<string, Evidence>) {
	const figs = r.evidence.flatMap((id) => ev.get(id)?.figures ?? []);
	// only where a frequency means "how often X arises / resists", not a trial's other shares
	if (!['emerges_after', 'resistant_to', 'associated_with'].includes(r.type))
		return { figures: figs };
	const freq = figs.filter(
		(f) =>
			(f.measure === 'frequency' || f.measure === 'share') &&
			f.unit === '%' &&
			(!f.arm || f.arm === r.to || f.arm === r.from)
	);
	const mine = freq.filter((f) => f.arm === r.to || f.arm === r.from);
	const use = mine.length ? mine : freq.length === 1 ? freq : [];
	if (!use.length) return { figures: figs };
	const f = use[0];
	const text =
		f.value !== undefined ? `${f.value}%` : f.low !== undefined ? `${f.low}–${f.high}%` : '';
	const weight = f.value ?? ((f.low ?? 0) + (f.high ?? 0)) / 2;
	return { figures: figs, frequency: text || undefined, weight };
}

/**
 * Elements for one atlas laid out by `placement` (positions and compound parents).
 * `columnLabel` names the synthetic columns of an arrangement (UI strings, from the caller).
 */
export function toElements(
	atlas: Atlas,
	placement: Placement,
	columnLabel: (generation: number | null) => { en: string; zh: string } = (g) => ({
		en: g ? `Generation ${g}` : 'Other',
		zh: g ? `第${g}代` : '其他'
	})
): ElementDef[] {
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const out: ElementDef[] = [];
	for (const c of placement.columns) {
		const l = columnLabel(c.generation);
		out.push({
			group: 'nodes',
			data: { id: c.id, label: l.en, label_zh: l.zh, kind: 'group', sub: 'column', evidence: [] },
			classes: 'group column'
		});
	}
	const inColumns = placement.columns.length > 0;
	for (const n of atlas.nodes) {
		// an arrangement with its own columns draws no mechanism groups, except where a relation ends on one
		if (
			inColumns &&
			n.kind === 'group' &&
			!atlas.relations.some((r) => r.from === n.id || r.to === n.id)
		)
			continue;
		const parent = placement.parent[n.id] ?? undefined;
		out.push({
			group: 'nodes',
			data: {
				id: n.id,
				label: n.label.en,
				label_zh: n.label.zh,
				kind: n.kind,
				sub: sub(n),
				parent,
				evidence: n.evidence
			},
			position: placement.position[n.id],
			classes: n.kind === 'group' ? 'group' : `${n.kind} ${sub(n)}`
		});
	}
	for (const r of atlas.relations) {
		const f = edgeFrequency(r, ev);
		out.push({
			group: 'edges',
			data: {
				id: r.id,
				source: r.from,
				target: r.to,
				relation: r.type,
				context: r.context,
				evidence: r.evidence,
				frequency: f.frequency,
				weight: f.weight,
				figures: f.figures
			},
			classes: r.type
		});
	}
	return out;
}
