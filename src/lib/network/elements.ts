/**
 * Atlas → Cytoscape element definitions (plain data; the view owns the renderer). Pure.
 */
import type { AtlasNode, NetworkAtlas, NetworkEvidence, Relation } from '../domain/types';
import { formatRange } from '../domain/format';
import type { Placement } from './layout';

export interface NodeData {
	id: string;
	label: string;
	label_zh: string;
	/** both languages, English first (the `labels=both` mode) */
	label_both?: string;
	kind: AtlasNode['kind'];
	/** finer visual class: alteration subtype, mechanism class, drug generation… */
	sub: string;
	/** the group whose area the node sits in (not a Cytoscape compound parent) */
	area?: string;
	/** size of a group's area (groups drawn as background areas) */
	w?: number;
	h?: number;
	/** a family: how many leaves it folds */
	count?: number;
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
	figures: NetworkEvidence['figures'];
	/** an aggregate edge: how many relations it stands for, and that count as its label (×3) */
	count?: number;
	countLabel?: string;
	/** negative evidence: the relation was looked for and not found */
	negative?: boolean;
}
export interface ElementDef {
	group: 'nodes' | 'edges';
	data: NodeData | EdgeData;
	position?: { x: number; y: number };
	classes?: string;
}

/** The finer visual class of a node (a class name of its element). */
export function nodeSub(n: AtlasNode): string {
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
export function edgeFrequency(r: Relation, ev: Map<string, NetworkEvidence>) {
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
	const range = formatRange(f);
	const text = range ? `${range}%` : '';
	const weight = f.value ?? ((f.low ?? 0) + (f.high ?? 0)) / 2;
	return { figures: figs, frequency: text || undefined, weight };
}

/**
 * Elements for one atlas laid out by `placement` (positions, and group areas sized from their boxes).
 * `columnLabel` names the synthetic columns of an arrangement (UI strings, from the caller).
 */
export function toElements(
	atlas: NetworkAtlas,
	placement: Placement,
	columnLabel: (generation: number | null) => { en: string; zh: string } = (g) => ({
		en: g ? `Generation ${g}` : 'Other',
		zh: g ? `第${g}代` : '其他'
	})
): ElementDef[] {
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const out: ElementDef[] = [];
	// a group with members is a background area of its box's size, drawn beneath everything
	const area = (id: string) => {
		const b = placement.boxes[id];
		if (!b) return undefined;
		return {
			size: { w: Math.round(b.x2 - b.x1), h: Math.round(b.y2 - b.y1) },
			position: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 },
			classes: `area${b.depth ? ' nested' : ''}`
		};
	};
	for (const c of placement.columns) {
		const l = columnLabel(c.generation);
		const a = area(c.id);
		out.push({
			group: 'nodes',
			data: {
				id: c.id,
				label: l.en,
				label_zh: l.zh,
				kind: 'group',
				sub: 'column',
				evidence: [],
				...a?.size
			},
			position: a?.position,
			classes: `group column${a ? ` ${a.classes}` : ''}`
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
		const a = n.kind === 'group' ? area(n.id) : undefined;
		out.push({
			group: 'nodes',
			data: {
				id: n.id,
				label: n.label.en,
				label_zh: n.label.zh,
				kind: n.kind,
				sub: nodeSub(n),
				area: placement.parent[n.id] ?? undefined,
				evidence: n.evidence,
				...a?.size
			},
			position: a?.position ?? placement.position[n.id],
			classes: n.kind === 'group' ? `group${a ? ` ${a.classes}` : ''}` : `${n.kind} ${nodeSub(n)}`
		});
	}
	for (const r of atlas.relations) out.push(relationEdge(r, ev));
	return out;
}

/** The edge of one relation: its ends, type, evidence and frequency label (every arrangement). */
export function relationEdge(r: Relation, ev: Map<string, NetworkEvidence>): ElementDef {
	const f = edgeFrequency(r, ev);
	return {
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
			figures: f.figures,
			...(r.negative ? { negative: true } : {})
		},
		classes: r.type
	};
}

/** The leaves inside each area, nested areas included (an area is hidden when none is shown). */
export function areaMembers(elements: ElementDef[]): Map<string, string[]> {
	const up = new Map<string, string>();
	const areas = new Set<string>();
	for (const e of elements) {
		if (e.group !== 'nodes') continue;
		const d = e.data as NodeData;
		if (d.area) up.set(d.id, d.area);
		if (e.classes?.split(' ').includes('area')) areas.add(d.id);
	}
	const out = new Map<string, string[]>([...areas].map((a) => [a, []]));
	for (const [id, first] of up) {
		if (areas.has(id)) continue;
		const seen = new Set<string>();
		for (let a: string | undefined = first; a && !seen.has(a); a = up.get(a)) {
			seen.add(a);
			out.get(a)?.push(id);
		}
	}
	return out;
}
