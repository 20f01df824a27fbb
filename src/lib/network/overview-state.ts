/**
 * What the overview shows for one view state: which families are open, which lanes are drawn,
 * which elements are visible (filters applied to leaves, families, relations and aggregates), and
 * the selection's neighbourhood as drawn. Pure.
 */
import type { NetworkAtlas } from '../domain/types';
import type { Overview } from '../domain/overview';
import type { Aggregate } from './overview-elements';
import { overviewNodeIds } from './overview-elements';
import { isTitled, titleOf } from './overview-layout';
import type { ViewState } from '../domain/view-state';

/** Relations about what was tried next: drawn with the "what was tried next" layer. */
const LAYER_TYPES = new Set(['overcome_by', 'evaluated_in']);
/** Links between alterations: drawn between nodes shown as themselves, not between families. */
const LINK_TYPES = new Set(['component_of', 'associated_with']);

export interface OverviewShown {
	open: Set<string>;
	/** families open only for what a story step frames: the members they draw */
	partial: Map<string, string[]>;
	hiddenLanes: Set<string>;
	visible: Set<string>;
	focus: Set<string>;
}

/**
 * The families the view opens: `exp` (or all), and those holding what it selects; a family that
 * holds only what a story step frames (`extra`) opens partly, drawing just those members.
 */
export function openFamilies(
	o: Overview,
	view: ViewState,
	extra: string[] = []
): { open: Set<string>; partial: Map<string, string[]> } {
	const open = new Set<string>();
	const all = view.exp.includes('all');
	for (const [f, m] of o.members) if (m.length && (all || view.exp.includes(f))) open.add(f);
	// a story step (`extra`) opens the selection's family only as far as the step's subject
	if (extra.length && view.sel) extra = [...extra, view.sel];
	for (const id of [extra.length ? null : view.sel, ...view.geno]) {
		const f = id ? o.familyOf.get(id) : undefined;
		if (f && o.members.get(f)?.length) open.add(f);
	}
	const partial = new Map<string, string[]>();
	for (const id of extra) {
		const f = o.familyOf.get(id);
		if (!f || open.has(f) || !o.members.get(f)?.includes(id)) continue;
		partial.set(f, [...(partial.get(f) ?? []), id]);
	}
	for (const f of partial.keys()) open.add(f);
	return { open, partial };
}

/**
 * Everything the overview draws for `view`; `passes` is the filters' verdict on atlas ids
 * (`visibleIds`). `extra`: ids a story step frames (their families open, their lane drawn).
 */
export function overviewShown(
	atlas: NetworkAtlas,
	o: Overview,
	aggs: Aggregate[],
	view: ViewState,
	passes: Set<string>,
	extra: string[] = []
): OverviewShown {
	const { open, partial } = openFamilies(o, view, extra);
	const wanted = [view.sel, ...extra].filter((x): x is string => !!x);
	const layerOn = view.next || wanted.some((id) => o.layer.has(id));
	const hiddenLanes = new Set(o.lanes.filter((l) => l.layer && !layerOn).map((l) => l.id));
	const filtering =
		view.gen.length + view.drug.length + view.cls.length + view.rel.length + view.lvl.length > 0;
	const laneOf = (id: string) => o.cellOf.get(id)?.lane;
	const touched = new Set<string>();
	for (const r of atlas.relations)
		if (passes.has(r.id)) {
			touched.add(r.from);
			touched.add(r.to);
		}
	const nodes = overviewNodeIds(atlas, o);
	// a node drawn as itself: placed in a drawn lane, or a leaf of an open family
	const self = new Set<string>();
	for (const id of nodes) {
		const fam = o.familyOf.get(id);
		const lane = laneOf(fam && open.has(fam) ? fam : id);
		if (!lane || hiddenLanes.has(lane)) continue;
		if (fam && !open.has(fam)) continue;
		if (fam && partial.has(fam) && !partial.get(fam)!.includes(id)) continue;
		self.add(id);
	}
	const visible = new Set<string>();
	for (const id of self) {
		const members = o.members.get(id);
		const own = passes.has(id) && (!filtering || touched.has(id));
		// a family filtered by class shows while a member of that class does
		const byMembers = members?.length ? members.some((m) => passes.has(m)) : false;
		if (members?.length ? byMembers || (own && !view.cls.length) : own) visible.add(id);
	}
	// where a relation's end is drawn: itself, or the family it is folded into
	const rep = (id: string) => (self.has(id) ? id : o.familyOf.get(id));
	// the overview keeps to the contrast it teaches: what was tried next (sequencing, trials) comes
	// with its layer; links between alterations only between nodes drawn as themselves; a relation
	// type the filter asks for, or the selection's own relations, always
	const asked = (type: string, a: string, b: string, aggregate: boolean) =>
		view.rel.includes(type as never) ||
		(view.sel !== null && (a === view.sel || b === view.sel)) ||
		(LAYER_TYPES.has(type) ? layerOn : !(aggregate && LINK_TYPES.has(type)));
	for (const r of atlas.relations)
		if (
			passes.has(r.id) &&
			visible.has(r.from) &&
			visible.has(r.to) &&
			asked(r.type, r.from, r.to, false)
		)
			visible.add(r.id);
	const relById = new Map(atlas.relations.map((r) => [r.id, r]));
	for (const a of aggs) {
		if (!visible.has(a.source) || !visible.has(a.target)) continue;
		if (!asked(a.type, a.source, a.target, true)) continue;
		const live = a.relations.some((id) => {
			const r = relById.get(id)!;
			return passes.has(id) && rep(r.from) === a.source && rep(r.to) === a.target;
		});
		if (live) visible.add(a.id);
	}
	for (const c of o.cells) {
		const any = c.ids.some((id) => visible.has(id));
		if (!any) continue;
		visible.add(`lane:${c.lane}`);
		if (c.title) visible.add(`cell:${c.lane}:${c.column}`);
		for (const id of c.ids) if (open.has(id) && visible.has(id)) visible.add(`open:${id}`);
	}
	// what a story step frames is on show, whatever its filters
	for (const id of extra)
		if (self.has(id)) {
			visible.add(id);
			const c = o.cellOf.get(id) ?? o.cellOf.get(o.familyOf.get(id) ?? '');
			if (c) visible.add(`lane:${c.lane}`);
			const f = o.familyOf.get(id);
			if (f) visible.add(`open:${f}`).add(f);
		}
	// an area's title is drawn with its area
	for (const id of [...visible]) if (isTitled(id)) visible.add(titleOf(id));
	// a story step's compact table (`overviewLayout`) heads only the columns it uses
	const used = new Set(
		o.cells.filter((c) => c.ids.some((id) => visible.has(id))).map((c) => c.column)
	);
	for (const col of o.columns)
		if (col.label && (!extra.length || used.has(col.id))) visible.add(`heading:${col.id}`);
	const focus = focusOf(atlas, aggs, view.sel, visible, rep);
	if (view.sel) for (const id of extra) focus.add(id);
	return { open, partial, hiddenLanes, visible, focus };
}

/** The selection, its drawn edges (relations and aggregates) and their other ends. */
function focusOf(
	atlas: NetworkAtlas,
	aggs: Aggregate[],
	sel: string | null,
	visible: Set<string>,
	rep: (id: string) => string | undefined
): Set<string> {
	const out = new Set<string>();
	if (!sel) return out;
	out.add(sel);
	const rel = atlas.relations.find((r) => r.id === sel);
	if (rel) {
		for (const end of [rel.from, rel.to]) out.add(rep(end) ?? end);
		return out;
	}
	const edges = [
		...atlas.relations.map((r) => ({ id: r.id, s: r.from, t: r.to })),
		...aggs.map((a) => ({ id: a.id, s: a.source, t: a.target }))
	];
	for (const e of edges)
		if ((e.s === sel || e.t === sel) && visible.has(e.id)) {
			out.add(e.id);
			out.add(e.s);
			out.add(e.t);
		}
	return out;
}
