/**
 * Which nodes and edges a view shows, and the neighbourhood of the selection. Pure.
 */
import type { AtlasNode, NetworkAtlas, Relation } from './types';
import type { NodeClass, ViewState } from './view-state';

/** The filter class of a non-drug node. */
export function nodeClass(n: AtlasNode): NodeClass | 'drug' | 'group' {
	switch (n.kind) {
		case 'alteration':
			return n.subtype === 'insertion' ? 'point' : n.subtype;
		case 'mechanism':
			if (
				n.mechanism_class === 'bypass' ||
				n.mechanism_class === 'histologic' ||
				n.mechanism_class === 'pharmacologic' ||
				n.mechanism_class === 'microenvironment'
			)
				return n.mechanism_class;
			return 'other-mechanism';
		default:
			return n.kind;
	}
}

/** Ids of the nodes and relations the view shows. */
export function visibleIds(atlas: NetworkAtlas, view: ViewState): Set<string> {
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const drugFilter = view.gen.length > 0 || view.drug.length > 0;
	const nodeOk = new Map<string, boolean>();
	for (const n of atlas.nodes) {
		// groups can be relation ends ("emerges after 2nd-generation TKIs"); they pass node filters
		let ok = true;
		if (n.kind === 'drug') {
			if (view.gen.length && !(n.generation && view.gen.includes(n.generation))) ok = false;
			if (view.drug.length && !view.drug.includes(n.id)) ok = false;
		} else if (view.cls.length && n.kind !== 'group')
			ok = view.cls.includes(nodeClass(n) as NodeClass);
		nodeOk.set(n.id, ok);
	}
	const relOk = (r: Relation) =>
		!!nodeOk.get(r.from) &&
		!!nodeOk.get(r.to) &&
		(!view.rel.length || view.rel.includes(r.type)) &&
		(!view.lvl.length ||
			r.evidence.some((id) => view.lvl.includes(ev.get(id)?.level ?? ('-' as never))));
	const shown = new Set<string>();
	const drugIds = new Set(atlas.nodes.filter((n) => n.kind === 'drug').map((n) => n.id));
	const edgeFilter = drugFilter || view.rel.length > 0 || view.lvl.length > 0;
	// with a drug filter, the non-drug nodes shown are those a shown relation ties to a shown drug
	const anchors = atlas.relations.filter(
		(r) => relOk(r) && (!drugFilter || drugIds.has(r.from) || drugIds.has(r.to))
	);
	const touched = new Set(anchors.flatMap((r) => [r.from, r.to]));
	for (const [id, ok] of nodeOk) {
		if (!ok) continue;
		if (!edgeFilter || touched.has(id) || (drugFilter && drugIds.has(id))) shown.add(id);
	}
	for (const r of atlas.relations)
		if (relOk(r) && shown.has(r.from) && shown.has(r.to)) shown.add(r.id);
	return shown;
}

/** The selected element, its incident shown edges and their other ends. */
export function neighbourhood(
	atlas: NetworkAtlas,
	id: string | null,
	shown: Set<string>
): Set<string> {
	const out = new Set<string>();
	if (!id) return out;
	out.add(id);
	const rel = atlas.relations.find((r) => r.id === id);
	if (rel) {
		out.add(rel.from);
		out.add(rel.to);
		return out;
	}
	for (const r of atlas.relations)
		if ((r.from === id || r.to === id) && shown.has(r.id)) {
			out.add(r.id);
			out.add(r.from);
			out.add(r.to);
		}
	return out;
}
