/**
 * Deterministic preset positions for the two arrangements. Pure: the same atlas gives the same
 * picture on every load (and in exports). Nodes sit in grids inside their group's box; group boxes
 * are stacked in columns.
 */
import type { AtlasNode, NetworkAtlas } from '../domain/types';
import type { Arrangement } from '../domain/view-state';
import { GENERATIONS } from '../domain/constants';
import { generationGroup } from '../domain/vocabulary';

/** The arrangements that draw every node at once (`arrange`); the overview has its own layout. */
export type FullArrangement = Exclude<Arrangement, 'overview'>;

export interface Placement {
	/** centre of each leaf node */
	position: Record<string, { x: number; y: number }>;
	/** the group each node is drawn in (its area; not a Cytoscape compound parent), or null */
	parent: Record<string, string | null>;
	/** synthetic column groups this arrangement adds (id → label key) */
	columns: { id: string; generation: number | null }[];
	/**
	 * The area each group (or column) covers: the union of its members' cells and its child groups'
	 * areas, padded. Groups are drawn as plain background nodes of this size, not as Cytoscape
	 * compound nodes (whose style and bounds bookkeeping grows with every child: 5,000 nodes took
	 * seconds); the picture is the same and is fixed, since nodes are not draggable.
	 */
	boxes: Record<string, Box>;
}

export interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** nesting depth: 0 for a top-level group */
	depth: number;
}

const CELL_W = 130;
const CELL_H = 64;
const GAP = 70;
/** vertical room above a nested group: its padding and title, clear of the labels above it */
const CHILD_GAP = 60;

/**
 * `atlas.nodes` is in label order (sorted once at build, `domain/text.ts` `byLabel`), and every
 * list below is filtered from it, so it keeps that order without a string comparison.
 */
const byKind = (a: AtlasNode, b: AtlasNode) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

/** Lay `items` in a grid of `cols` columns starting at (x, y); returns the grid height. */
function grid(items: AtlasNode[], cols: number, x: number, y: number, pos: Placement['position']) {
	items.forEach((n, i) => {
		pos[n.id] = { x: x + (i % cols) * CELL_W, y: y + Math.floor(i / cols) * CELL_H };
	});
	return Math.ceil(items.length / cols) * CELL_H;
}

/**
 * Arrange by mechanism: the top-level groups in the columns the atlas lists (atlas.yaml
 * `mechanism_columns`; the ALK atlas: drugs | ALK-dependent | fusions + ALK-independent |
 * strategies + trials), the groups it does not list in a column after them.
 */
function byMechanism(atlas: NetworkAtlas): Placement {
	const position: Placement['position'] = {};
	const parent: Placement['parent'] = {};
	const groups = atlas.nodes.filter((n) => n.kind === 'group');
	const leaves = atlas.nodes.filter((n) => n.kind !== 'group');
	const childrenOf = (g: string | null) =>
		groups.filter((x) => (x.kind === 'group' ? (x.parent ?? null) : null) === g);
	const membersOf = (g: string) => leaves.filter((n) => n.group === g);
	for (const g of groups) parent[g.id] = (g.kind === 'group' && g.parent) || null;
	for (const n of leaves) parent[n.id] = n.group ?? null;

	const placed = new Set<string>();
	// height of a group box when laid out at (x, y); `cols` leaves per row
	function place(g: string, x: number, y: number, cols: number): number {
		placed.add(g);
		let h = 0;
		const members = membersOf(g);
		if (members.length) h += grid(members, Math.min(cols, members.length), x, y, position);
		for (const child of childrenOf(g)) {
			// room for the child area's title between it and what is above
			if (h) h += CHILD_GAP;
			h += place(child.id, x, y + h, cols);
		}
		return h;
	}
	let x = 0;
	const top = childrenOf(null).map((g) => g.id);
	const listed = atlas.meta.mechanism_columns;
	const columns = listed.map((c) => c.filter((g) => top.includes(g)));
	const rest = top.filter((g) => !listed.some((c) => c.includes(g)));
	if (rest.length) columns.push(rest);
	for (const col of columns) {
		if (!col.length) continue;
		let y = 0;
		const widest = Math.max(
			1,
			...col.map((g) => Math.ceil(Math.sqrt(countLeaves(g, groups, leaves) * 0.6)))
		);
		const cols = Math.min(maxCols(leaves.length), widest);
		for (const g of col) y += place(g, x, y, cols) + GAP + CHILD_GAP / 2;
		x += cols * CELL_W + GAP * 1.5;
	}
	// leaves without a (known) group go in a last column
	const loose = leaves.filter((n) => !n.group || !groups.some((g) => g.id === n.group));
	if (loose.length) grid(loose, 2, x, 0, position);
	for (const n of loose) parent[n.id] = null;
	return { position, parent, columns: [], boxes: {} };
}

/**
 * Leaves per row in a group: four for an atlas of the ALK atlas's size; wider for large atlases,
 * so that the whole picture stays roughly as wide as it is tall.
 */
function maxCols(leaves: number) {
	return leaves > 300 ? Math.max(4, Math.ceil(Math.sqrt(leaves) / 2)) : 4;
}

function countLeaves(g: string, groups: AtlasNode[], leaves: AtlasNode[]): number {
	const kids = groups.filter((x) => x.kind === 'group' && x.parent === g);
	return (
		leaves.filter((n) => n.group === g).length +
		kids.reduce((a, k) => a + countLeaves(k.id, groups, leaves), 0)
	);
}

/**
 * Arrange by drug generation: one column per ALK-TKI generation; each drug heads its column and each
 * mechanism sits under the earliest generation it is linked to (emerges after / resistant to /
 * sensitive to); everything else in a last column.
 */
function byGeneration(atlas: NetworkAtlas): Placement {
	const position: Placement['position'] = {};
	const parent: Placement['parent'] = {};
	const gen = new Map<string, number>();
	for (const n of atlas.nodes) if (n.kind === 'drug' && n.generation) gen.set(n.id, n.generation);
	const colOf = new Map<string, number | null>();
	const ends = new Set(atlas.relations.flatMap((r) => [r.from, r.to]));
	// earliest generation each node is linked to (one pass over the relations)
	const earliest = new Map<string, number>();
	for (const r of atlas.relations) {
		if (!['emerges_after', 'resistant_to', 'sensitive_to'].includes(r.type)) continue;
		const g = gen.get(r.to);
		const best = earliest.get(r.from);
		if (g && (best === undefined || g < best)) earliest.set(r.from, g);
	}
	for (const n of atlas.nodes) {
		if (n.kind === 'group') {
			// a group that a relation ends on is drawn as a node of its own here
			if (ends.has(n.id)) colOf.set(n.id, generationGroup(atlas.meta, n.id));
			continue;
		}
		if (n.kind === 'drug') {
			colOf.set(n.id, n.generation ?? null);
			continue;
		}
		colOf.set(n.id, earliest.get(n.id) ?? null);
	}
	const gens: (number | null)[] = [...GENERATIONS, null];
	const columns = gens.map((g) => ({ id: `column-gen-${g ?? 'other'}`, generation: g }));
	let x = 0;
	for (const g of gens) {
		const col = `column-gen-${g ?? 'other'}`;
		const members = atlas.nodes.filter((n) => colOf.has(n.id) && colOf.get(n.id) === g);
		const drugs = members.filter((n) => n.kind === 'drug');
		const others = members.filter((n) => n.kind !== 'drug').sort(byKind);
		const wide = maxCols(atlas.nodes.length) / 4;
		const cols = Math.round((g === null ? 4 : 2) * wide);
		const h = grid(drugs, cols, x, 0, position);
		grid(others, cols, x, h + GAP / 2, position);
		for (const n of members) parent[n.id] = col;
		x += cols * CELL_W + GAP * 1.5;
	}
	return { position, parent, columns, boxes: {} };
}

/** What a leaf takes up around its centre: the node and a label of up to three lines below it. */
const LEAF = { left: 58, right: 58, top: 16, bottom: 50 };
/** Padding inside an area, and the room its own title takes above it (inside its parent). */
const PAD = 14;
const TITLE = 22;

/** Areas of every group that has members, innermost first, from the leaves' positions. */
export function areaBoxes(
	position: Placement['position'],
	parent: Placement['parent']
): Record<string, Box> {
	const kids = new Map<string, string[]>();
	for (const [id, p] of Object.entries(parent))
		if (p) {
			const list = kids.get(p);
			if (list) list.push(id);
			else kids.set(p, [id]);
		}
	const boxes: Record<string, Box> = {};
	const depthOf = (g: string): number => {
		let d = 0;
		for (let p = parent[g]; p; p = parent[p]) d++;
		return d;
	};
	const visit = (g: string, seen: Set<string>): Box | undefined => {
		if (boxes[g]) return boxes[g];
		if (seen.has(g)) return undefined;
		seen.add(g);
		let b: Omit<Box, 'depth'> | undefined;
		const grow = (x1: number, y1: number, x2: number, y2: number) => {
			b = b
				? {
						x1: Math.min(b.x1, x1),
						y1: Math.min(b.y1, y1),
						x2: Math.max(b.x2, x2),
						y2: Math.max(b.y2, y2)
					}
				: { x1, y1, x2, y2 };
		};
		for (const k of kids.get(g) ?? []) {
			const p = position[k];
			if (p) grow(p.x - LEAF.left, p.y - LEAF.top, p.x + LEAF.right, p.y + LEAF.bottom);
			const inner = kids.has(k) ? visit(k, seen) : undefined;
			if (inner) grow(inner.x1, inner.y1 - TITLE, inner.x2, inner.y2);
		}
		if (!b) return undefined;
		const box = {
			x1: b.x1 - PAD,
			y1: b.y1 - PAD,
			x2: b.x2 + PAD,
			y2: b.y2 + PAD,
			depth: depthOf(g)
		};
		boxes[g] = box;
		return box;
	};
	for (const g of kids.keys()) visit(g, new Set());
	return boxes;
}

export function arrange(atlas: NetworkAtlas, how: FullArrangement): Placement {
	const p = how === 'generation' ? byGeneration(atlas) : byMechanism(atlas);
	return { ...p, boxes: areaBoxes(p.position, p.parent) };
}
