/**
 * The overview: which nodes the network opens on, which are folded into families, and where each
 * sits (lane × column cells). Curated in an atlas's `atlas.yaml` (`overview:`), or made from its
 * groups when it has none (the immune-checkpoint atlas, synthetic atlases). Pure.
 *
 * A group id placed in a cell is a *family*: one node that stands for the group itself (as a
 * relation end) and for every leaf under it that is not placed on its own; it opens in place. A
 * family with no such leaf is a *tile* (a group drawn as a node, e.g. "2nd generation").
 */
import type { AtlasNode, NetworkAtlas, OverviewSpec, Text } from './types';

export interface Cell {
	lane: string;
	column: string;
	ids: string[];
	perRow: number;
	title?: Text;
}

export interface Overview {
	columns: { id: string; label: Text | null }[];
	lanes: { id: string; label: Text; layer: boolean }[];
	cells: Cell[];
	/** every placed id (node, family or tile) → its cell */
	cellOf: Map<string, Cell>;
	/** family id → the leaves folded into it (label order) */
	members: Map<string, string[]>;
	/** folded leaf → its family */
	familyOf: Map<string, string>;
	/** ids drawn only with the "what was tried next" layer (placed ids and their members) */
	layer: Set<string>;
}

/** More leaves than this, and an atlas without a curated overview folds every group. */
const SMALL_ATLAS = 40;

const isGroup = (n: AtlasNode) => n.kind === 'group';
const parentOf = (n: AtlasNode) => (n.kind === 'group' ? (n.parent ?? null) : (n.group ?? null));

/** The atlas's overview: curated when its metadata has one, otherwise made from its groups. */
export function overviewOf(atlas: NetworkAtlas): Overview {
	return resolve(atlas, atlas.meta.overview ?? autoSpec(atlas));
}

/** An overview from the groups: a lane per top-level group, a cell per child group. */
export function autoSpec(atlas: NetworkAtlas): OverviewSpec & { columns: { id: string }[] } {
	const groups = atlas.nodes.filter(isGroup);
	const leaves = atlas.nodes.filter((n) => !isGroup(n));
	const byId = new Map(atlas.nodes.map((x) => [x.id, x]));
	const small = leaves.length <= SMALL_ATLAS;
	const childGroups = (g: string | null) =>
		groups.filter((x) => (x.kind === 'group' ? (x.parent ?? null) : null) === g);
	const directLeaves = (g: string | null) => leaves.filter((n) => parentOf(n) === g);
	const ends = new Set(atlas.relations.flatMap((r) => [r.from, r.to]));
	const lanes: OverviewSpec['lanes'] = [];
	const cells: OverviewSpec['cells'] = [];
	let width = 1;
	// a small atlas shows its leaves (and the groups relations end on); a large one, families
	const cellIds = (g: string): string[] => {
		if (!small) return [g];
		const below = (x: string): AtlasNode[] => [
			...directLeaves(x),
			...childGroups(x).flatMap((c) => below(c.id))
		];
		const ids = below(g).map((n) => n.id);
		return ends.has(g) || !ids.length ? [g, ...ids] : ids;
	};
	const tops = childGroups(null);
	for (const top of tops) {
		const kids = childGroups(top.id);
		const own = directLeaves(top.id);
		const laneCells: OverviewSpec['cells'] = [];
		for (const k of kids)
			laneCells.push({ lane: top.id, column: '', ids: cellIds(k.id), title: k.id });
		if (own.length || !kids.length)
			laneCells.push({
				lane: top.id,
				column: '',
				ids: small ? [...(ends.has(top.id) ? [top.id] : []), ...own.map((n) => n.id)] : [top.id]
			});
		const used = laneCells.filter((c) => c.ids.length);
		used.forEach((c, i) => cells.push({ ...c, column: `c${i + 1}` }));
		width = Math.max(width, used.length);
		const layer = [...own, ...kids.flatMap((k) => leaves.filter((l) => under(byId, l, k.id)))];
		lanes.push({
			id: top.id,
			label: top.label,
			layer: layer.length > 0 && layer.every((n) => n.kind === 'strategy' || n.kind === 'trial')
		});
	}
	const loose = leaves.filter((n) => !parentOf(n) || !groups.some((g) => g.id === parentOf(n)));
	if (loose.length) {
		lanes.push({ id: 'ungrouped', label: { en: 'Other', zh: '其他' } });
		cells.push({ lane: 'ungrouped', column: 'c1', ids: loose.map((n) => n.id) });
	}
	const columns = Array.from({ length: width }, (_, i) => ({
		id: `c${i + 1}`,
		label: { en: '', zh: '' }
	}));
	return { columns, lanes, cells };
}

/** Whether `n` is inside group `g`, at any depth. */
function under(byId: Map<string, AtlasNode>, n: AtlasNode, g: string): boolean {
	const seen = new Set<string>();
	for (let p = parentOf(n); p && !seen.has(p); p = parentOf(byId.get(p)!)) {
		if (p === g) return true;
		seen.add(p);
		if (!byId.has(p)) return false;
	}
	return false;
}

function resolve(atlas: NetworkAtlas, spec: OverviewSpec): Overview {
	const byId = new Map(atlas.nodes.map((n) => [n.id, n]));
	const cells: Cell[] = spec.cells.map((c) => ({
		lane: c.lane,
		column: c.column,
		ids: c.ids.filter((id) => byId.has(id)),
		perRow: c.per_row ?? 2,
		title: c.title ? byId.get(c.title)?.label : undefined
	}));
	const cellOf = new Map<string, Cell>();
	for (const c of cells) for (const id of c.ids) cellOf.set(id, c);
	// each leaf not placed folds into its nearest placed ancestor group
	const members = new Map<string, string[]>();
	const familyOf = new Map<string, string>();
	for (const c of cells) for (const id of c.ids) if (isGroup(byId.get(id)!)) members.set(id, []);
	const sorted = atlas.nodes
		.filter((n) => !isGroup(n) && !cellOf.has(n.id))
		.sort((a, b) => (a.label.en < b.label.en ? -1 : a.label.en > b.label.en ? 1 : 0));
	for (const n of sorted) {
		const seen = new Set<string>();
		for (let p = parentOf(n); p && !seen.has(p); p = parentOf(byId.get(p) ?? n)) {
			seen.add(p);
			const list = members.get(p);
			if (list) {
				list.push(n.id);
				familyOf.set(n.id, p);
				break;
			}
			if (!byId.has(p)) break;
		}
	}
	// an unplaced group that relations end on folds into its nearest placed ancestor too
	for (const n of atlas.nodes) {
		if (!isGroup(n) || cellOf.has(n.id)) continue;
		const seen = new Set<string>();
		for (let p = parentOf(n); p && !seen.has(p); p = parentOf(byId.get(p) ?? n)) {
			seen.add(p);
			if (members.has(p)) {
				familyOf.set(n.id, p);
				break;
			}
		}
	}
	const layerLanes = new Set(spec.lanes.filter((l) => l.layer).map((l) => l.id));
	const layer = new Set<string>();
	for (const c of cells)
		if (layerLanes.has(c.lane))
			for (const id of c.ids) {
				layer.add(id);
				for (const m of members.get(id) ?? []) layer.add(m);
			}
	return {
		columns: spec.columns.map((c) => ({ id: c.id, label: c.label.en ? c.label : null })),
		lanes: spec.lanes.map((l) => ({ id: l.id, label: l.label, layer: !!l.layer })),
		cells,
		cellOf,
		members,
		familyOf,
		layer
	};
}

/**
 * Problems of a curated overview, for validation: unknown ids, lanes or columns; ids placed twice;
 * leaves or relation ends that no placed id stands for (they could never be shown).
 */
export function overviewProblems(atlas: NetworkAtlas): { id: string; message: string }[] {
	const spec = atlas.meta.overview;
	if (!spec) return [];
	const out: { id: string; message: string }[] = [];
	const ids = new Set(atlas.nodes.map((n) => n.id));
	const lanes = new Set(spec.lanes.map((l) => l.id));
	const columns = new Set(spec.columns.map((c) => c.id));
	const placed = new Set<string>();
	for (const c of spec.cells) {
		if (!lanes.has(c.lane)) out.push({ id: c.lane, message: `overview: unknown lane "${c.lane}"` });
		if (!columns.has(c.column))
			out.push({ id: c.column, message: `overview: unknown column "${c.column}"` });
		if (c.title && !ids.has(c.title))
			out.push({ id: c.title, message: `overview: unknown title group "${c.title}"` });
		for (const id of c.ids) {
			if (!ids.has(id)) out.push({ id, message: `overview: unknown node "${id}"` });
			else if (placed.has(id)) out.push({ id, message: `overview: "${id}" placed twice` });
			placed.add(id);
		}
	}
	if (out.length) return out;
	const o = overviewOf(atlas);
	const shown = (id: string) => o.cellOf.has(id) || o.familyOf.has(id);
	for (const n of atlas.nodes)
		if (!isGroup(n) && !shown(n.id))
			out.push({ id: n.id, message: 'overview: no cell or family stands for this node' });
	for (const r of atlas.relations)
		for (const end of [r.from, r.to])
			if (!shown(end))
				out.push({
					id: r.id,
					message: `overview: relation end "${end}" is neither placed nor inside a placed family`
				});
	return out;
}
