/**
 * Where the overview draws everything, for one set of open families: a table of lanes (rows) and
 * columns; each cell lays its nodes out in rows of `perRow`; an open family takes the room of its
 * members' grid, which widens its column and deepens its lane. Deterministic and linear in the
 * number of nodes: the same view gives the same picture on every load and in every export. Pure.
 */
import type { Overview } from '../domain/overview';
import type { Box } from './layout';

/** One node's slot: its shape and a label of up to two lines below it. */
export const SLOT = { w: 150, h: 88 };
/**
 * A story step's compact table spaces its slots a little wider: with nothing folded between them,
 * neighbours' labels would otherwise touch where one word is longer than the label's width.
 */
const COMPACT_SLOT_W = 170;
let slotW = SLOT.w;
/** Room for a lane's title, a cell's title, and the padding inside an area. */
const LANE_TITLE = 36;
const CELL_TITLE = 32;
const PAD = 12;
/** Height of the row of column headings above the first lane. */
const HEADING = 40;

export interface OverviewPlacement {
	position: Record<string, { x: number; y: number }>;
	/** `lane:<id>`, `cell:<lane>:<column>` (titled cells), `open:<family>` (open families) */
	boxes: Record<string, Box>;
	/** column headings: `heading:<column>` → centre */
	headings: Record<string, { x: number; y: number }>;
}

/** Columns of an open family's member grid: roughly square, at most six. */
export const openColumns = (n: number) => Math.min(6, Math.max(2, Math.ceil(Math.sqrt(n))));

/** An open family's grid columns; in a compact table, one row of up to six. */
const gridColumns = (n: number) => (only ? Math.min(6, Math.max(1, n)) : openColumns(n));

/** Partly open families (a story step frames some of their members): family → members shown. */
export type Partial = Map<string, string[]>;
let partial: Partial = new Map();
/** A story step's compact table: only these ids take room (see `overviewLayout`). */
let only: Set<string> | undefined;

/** The members an open family draws: all, or those a story step frames (and shows). */
function drawnMembers(o: Overview, id: string) {
	const m = partial.get(id) ?? o.members.get(id);
	return only && m ? m.filter((x) => only!.has(x)) : m;
}

/** Size of one placed id: a slot, or an open family's header and member grid. */
function itemSize(o: Overview, id: string, open: Set<string>) {
	const m = drawnMembers(o, id);
	if (!m?.length || !open.has(id)) return { w: slotW, h: SLOT.h };
	const cols = gridColumns(m.length);
	return {
		w: Math.max(slotW, cols * slotW) + 2 * PAD,
		h: SLOT.h + Math.ceil(m.length / cols) * SLOT.h + 2 * PAD
	};
}

/**
 * The placement of the overview with `open` families open; lanes in `hiddenLanes` take no room.
 * `compact` (a story step): only the ids it holds take room, so lanes, columns and family boxes
 * with nothing shown close up and the step's subject sits together, large enough to project.
 * @example overviewLayout(overviewOf(atlas), new Set(['compound-mutations']), new Set(['next']))
 */
export function overviewLayout(
	o: Overview,
	open: Set<string>,
	hiddenLanes: Set<string>,
	part: Partial = new Map(),
	compact?: Set<string>
): OverviewPlacement {
	partial = part;
	only = compact;
	slotW = compact ? COMPACT_SLOT_W : SLOT.w;
	const idsOf = (c: Overview['cells'][number]) =>
		only ? c.ids.filter((id) => only!.has(id)) : c.ids;
	const lanes = o.lanes.filter(
		(l) =>
			!hiddenLanes.has(l.id) && (!only || o.cells.some((c) => c.lane === l.id && idsOf(c).length))
	);
	const cellAt = new Map(o.cells.map((c) => [`${c.lane}|${c.column}`, c]));
	// each cell's rows of items and its size
	const layoutOf = new Map<
		string,
		{ rows: { ids: string[]; w: number; h: number }[]; w: number; h: number }
	>();
	for (const c of o.cells) {
		const rows: { ids: string[]; w: number; h: number }[] = [];
		const cellIds = idsOf(c);
		if (!cellIds.length && only) continue;
		// a compact table spends width rather than height (a slide is wider than tall)
		const perRow = only ? Math.max(c.perRow, Math.min(4, cellIds.length)) : c.perRow;
		for (let i = 0; i < cellIds.length; i += perRow) {
			const ids = cellIds.slice(i, i + perRow);
			const sizes = ids.map((id) => itemSize(o, id, open));
			rows.push({
				ids,
				w: sizes.reduce((a, s) => a + s.w, 0),
				h: Math.max(...sizes.map((s) => s.h))
			});
		}
		const title = c.title ? CELL_TITLE : 0;
		layoutOf.set(`${c.lane}|${c.column}`, {
			rows,
			w: Math.max(...rows.map((r) => r.w)) + (c.title ? 2 * PAD : 0),
			h: rows.reduce((a, r) => a + r.h, 0) + title + (c.title ? 2 * PAD : 0)
		});
	}
	const colW = o.columns.map((col) =>
		Math.max(
			// a compact table's column with nothing in it closes up
			only && !lanes.some((l) => layoutOf.has(`${l.id}|${col.id}`)) ? 0 : slotW,
			...lanes.map((l) => layoutOf.get(`${l.id}|${col.id}`)?.w ?? 0)
		)
	);
	const laneH = lanes.map((l) =>
		Math.max(SLOT.h, ...o.columns.map((col) => layoutOf.get(`${l.id}|${col.id}`)?.h ?? 0))
	);
	const position: OverviewPlacement['position'] = {};
	const boxes: OverviewPlacement['boxes'] = {};
	const headings: OverviewPlacement['headings'] = {};
	const colX: number[] = [];
	let x = PAD;
	for (const w of colW) {
		colX.push(x);
		x += w;
	}
	const right = x + PAD;
	o.columns.forEach((col, i) => {
		if (col.label) headings[`heading:${col.id}`] = { x: colX[i] + colW[i] / 2, y: HEADING / 2 };
	});
	let y = HEADING;
	lanes.forEach((lane, li) => {
		const top = y;
		y += LANE_TITLE;
		o.columns.forEach((col, ci) => {
			const c = cellAt.get(`${lane.id}|${col.id}`);
			const lay = layoutOf.get(`${lane.id}|${col.id}`);
			if (!c || !lay) return;
			// a cell is centred in its column, its rows centred in the cell
			const cx = colX[ci] + colW[ci] / 2;
			let ry = y + (c.title ? CELL_TITLE + PAD : 0);
			for (const row of lay.rows) {
				let rx = cx - row.w / 2;
				for (const id of row.ids) {
					const s = itemSize(o, id, open);
					placeItem(o, id, open, rx, ry, s, position, boxes);
					rx += s.w;
				}
				ry += row.h;
			}
			if (c.title)
				boxes[`cell:${lane.id}:${col.id}`] = {
					x1: cx - lay.w / 2,
					y1: y + CELL_TITLE - 8,
					x2: cx + lay.w / 2,
					y2: y + lay.h,
					depth: 1
				};
		});
		y += laneH[li];
		boxes[`lane:${lane.id}`] = { x1: 0, y1: top, x2: right, y2: y + PAD, depth: 0 };
		y += 2 * PAD;
	});
	return { position, boxes, headings };
}

function placeItem(
	o: Overview,
	id: string,
	open: Set<string>,
	x: number,
	y: number,
	s: { w: number; h: number },
	position: OverviewPlacement['position'],
	boxes: OverviewPlacement['boxes']
) {
	const all = o.members.get(id);
	const m = drawnMembers(o, id);
	const home = (at: { x: number; y: number }) => {
		// folded members wait (hidden) where their family is, and open from there
		for (const leaf of all ?? [])
			if (!m?.includes(leaf) || !open.has(id)) position[leaf] = { ...at };
	};
	if (!m?.length || !open.has(id)) {
		position[id] = { x: x + s.w / 2, y: y + 22 };
		home(position[id]);
		return;
	}
	// an open family: its own node heads the box, its members in a grid below
	position[id] = { x: x + s.w / 2, y: y + PAD + 22 };
	home(position[id]);
	const cols = gridColumns(m.length);
	const gx = x + PAD + (s.w - 2 * PAD - cols * slotW) / 2;
	m.forEach((leaf, i) => {
		position[leaf] = {
			x: gx + (i % cols) * slotW + slotW / 2,
			y: y + PAD + SLOT.h + Math.floor(i / cols) * SLOT.h + 22
		};
	});
	boxes[`open:${id}`] = { x1: x + 4, y1: y + 4, x2: x + s.w - 4, y2: y + s.h - 4, depth: 2 };
}
