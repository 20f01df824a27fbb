/**
 * The overview's Cytoscape elements (plain data): every node of the atlas, a node per family and
 * tile, column headings, lane / cell / open-family areas, every relation, and the aggregate edges
 * that stand for relations while one of their ends is folded into a family. All of them are created
 * once; what a view shows is a matter of classes (`overviewShown`) and positions (`overviewLayout`).
 * Pure.
 */
import type { NetworkAtlas, Relation } from '../domain/types';
import type { ElementDef, NodeData } from './elements';
import { nodeSub, relationEdge } from './elements';
import type { Overview } from '../domain/overview';
import { placeOf, titleOf, type OverviewPlacement } from './overview-layout';

export interface Aggregate {
	id: string;
	source: string;
	target: string;
	type: Relation['type'];
	/** negative evidence ("looked for, not found") is never folded in with what was found */
	negative: boolean;
	relations: string[];
}

/** The aggregate edge id for relations of `type` drawn from `a` to `b`. */
const aggId = (type: string, a: string, b: string) => `agg:${type}:${a}:${b}`;

/**
 * Every aggregate edge an expansion state can need: for each relation with an end folded into a
 * family, the edge between the family and the other end (or its family). Self-loops are dropped.
 */
export function aggregates(atlas: NetworkAtlas, o: Overview): Aggregate[] {
	const out = new Map<string, Aggregate>();
	for (const r of atlas.relations) {
		const froms = [r.from, o.familyOf.get(r.from)].filter((x): x is string => !!x);
		const tos = [r.to, o.familyOf.get(r.to)].filter((x): x is string => !!x);
		for (const a of froms)
			for (const b of tos) {
				if (a === r.from && b === r.to) continue;
				if (a === b) continue;
				const negative = !!r.negative;
				const id = aggId(negative ? `not-${r.type}` : r.type, a, b);
				const agg = out.get(id);
				if (agg) agg.relations.push(r.id);
				else out.set(id, { id, source: a, target: b, type: r.type, negative, relations: [r.id] });
			}
	}
	return [...out.values()];
}

/** Which nodes stand in the overview as elements: leaves, and the placed groups. */
export function overviewNodeIds(atlas: NetworkAtlas, o: Overview): Set<string> {
	return new Set(
		atlas.nodes.filter((n) => n.kind !== 'group' || o.cellOf.has(n.id)).map((n) => n.id)
	);
}

function areaNode(id: string, label: { en: string; zh: string } | null, cls: string): ElementDef {
	return {
		group: 'nodes',
		data: {
			id,
			label: label?.en ?? '',
			label_zh: label?.zh ?? '',
			kind: 'group',
			sub: 'area',
			evidence: [],
			w: 10,
			h: 10
		},
		classes: `group area ${cls}`
	};
}

/** Text only, placed by the layout (`headings`): a column heading, or an area's title (`title`). */
function headingNode(id: string, label: { en: string; zh: string }, classes: string): ElementDef {
	return {
		group: 'nodes',
		data: { id, label: label.en, label_zh: label.zh, kind: 'group', sub: 'heading', evidence: [] },
		classes
	};
}

/**
 * The overview's elements, unplaced: `place` puts them where a placement says (positions change
 * later without new elements).
 */
export function overviewElements(
	atlas: NetworkAtlas,
	o: Overview
): { elements: ElementDef[]; aggregates: Aggregate[] } {
	const out: ElementDef[] = [];
	// a lane's or cell's title is a node of its own, drawn above the edges that cross it
	const titled = (area: string, label: { en: string; zh: string }, cls: string) =>
		out.push(areaNode(area, null, cls), headingNode(titleOf(area), label, 'heading title'));
	for (const l of o.lanes) titled(`lane:${l.id}`, l.label, 'lane');
	for (const c of o.cells)
		if (c.title) titled(`cell:${c.lane}:${c.column}`, c.title, 'nested cell');
	for (const f of o.members.keys())
		if (o.members.get(f)?.length) out.push(areaNode(`open:${f}`, null, 'nested open'));
	for (const c of o.columns)
		if (c.label) out.push(headingNode(`heading:${c.id}`, c.label, 'heading'));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const ids = overviewNodeIds(atlas, o);
	for (const n of atlas.nodes) {
		if (!ids.has(n.id)) continue;
		const count = o.members.get(n.id)?.length ?? 0;
		const data: NodeData = {
			id: n.id,
			label: count ? `${n.label.en} · ${count}` : n.label.en,
			label_zh: count ? `${n.label.zh} · ${count}` : n.label.zh,
			kind: n.kind,
			sub: nodeSub(n),
			evidence: n.evidence,
			...(count ? { count } : {})
		};
		const cls =
			n.kind === 'group' ? (count ? 'group family' : 'group tile') : `${n.kind} ${nodeSub(n)}`;
		out.push({ group: 'nodes', data, classes: o.familyOf.has(n.id) ? `${cls} member` : cls });
	}
	for (const r of atlas.relations)
		if (ids.has(r.from) && ids.has(r.to)) out.push(relationEdge(r, ev));
	const aggs = aggregates(atlas, o);
	for (const a of aggs)
		out.push({
			group: 'edges',
			data: {
				id: a.id,
				source: a.source,
				target: a.target,
				relation: a.type,
				evidence: [],
				figures: [],
				count: a.relations.length,
				...(a.negative ? { negative: true } : {}),
				...(a.relations.length > 1 ? { countLabel: `×${a.relations.length}` } : {})
			},
			classes: `${a.type} agg`
		});
	return { elements: out, aggregates: aggs };
}

/** Positions and area sizes of `placement`, written onto element definitions. */
export function place(elements: ElementDef[], p: OverviewPlacement) {
	for (const e of elements) {
		if (e.group !== 'nodes') continue;
		const to = placeOf(p, e.data.id);
		if (to?.size) Object.assign(e.data, to.size);
		// a copy each: Cytoscape keeps the object it is given as the node's position
		e.position = { ...(to?.at ?? e.position ?? { x: 0, y: 0 }) };
	}
}
