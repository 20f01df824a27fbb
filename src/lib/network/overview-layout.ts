/**
 * Where the overview draws everything, for one set of open families: a table of lanes (rows) and
 * columns; each cell lays its nodes out in rows of `perRow`; an open family takes the room of its
 * members' grid, which widens its column and deepens its lane. Deterministic and linear in the
 * number of nodes: the same view gives the same picture on every load and in every export. Pure.
 */
import type { Overview } from '../domain/overview';
import type { Box } from './layout';
import { LABEL, type LabelSize } from './label-metrics';

/**
 * One node's slot: its shape and a label of two lines below it, with room for a third before the
 * next row's node. A longer label deepens the slot by a line's height for each line more, where
 * another row follows it (the last row's labels run into the padding below); a word wider than the
 * label's measure widens the slot.
 */
export const SLOT = { w: 150, h: 88 };
/** Room between two labels side by side: the slot's width less the label's measure. */
const GAP = SLOT.w - LABEL.maxWidth;
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
/**
 * An area's title's centre below the area's top edge: a lane's in the middle of its title band
 * (clear of a long label reaching down from the lane above), a cell's above its first row.
 */
const TITLE_Y = { lane: 19, cell: 16 };
/** The areas that carry a title: lanes and titled cells. */
export const isTitled = (area: string) => area.startsWith('lane:') || area.startsWith('cell:');
/** The id of an area's title (a node of its own, drawn above the edges). */
export const titleOf = (area: string) => `title:${area}`;
/** Height of the row of column headings above the first lane. */
const HEADING = 40;

export interface OverviewPlacement {
	position: Record<string, { x: number; y: number }>;
	/** `lane:<id>`, `cell:<lane>:<column>` (titled cells), `open:<family>` (open families) */
	boxes: Record<string, Box>;
	/** column headings (`heading:<column>`) and areas' titles (`title:<area>`) → centre */
	headings: Record<string, { x: number; y: number }>;
}

/**
 * Where the placement puts node `id`: its centre, and for an area its box's size; undefined for a
 * node it does not place.
 */
export function placeOf(
	p: OverviewPlacement,
	id: string
): { at: { x: number; y: number }; size?: { w: number; h: number } } | undefined {
	const box = p.boxes[id];
	if (box)
		return {
			at: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
			size: { w: Math.round(box.x2 - box.x1), h: Math.round(box.y2 - box.y1) }
		};
	const at = p.position[id] ?? p.headings[id];
	return at && { at };
}

/** Columns of an open family's member grid: roughly square, at most six. */
export const openColumns = (n: number) => Math.min(6, Math.max(2, Math.ceil(Math.sqrt(n))));

/** An open family's grid columns; in a compact table, one row of up to six. */
const gridColumns = (n: number) => (only ? Math.min(6, Math.max(1, n)) : openColumns(n));

/** The room each id's label takes (`labelSize`); by default two lines that fit the measure. */
export type LabelSizes = (id: string) => LabelSize | undefined;
let sizeOf: LabelSizes = () => undefined;
/** A slot's width, for a label of `s` (wider where a word is wider than the measure). */
const slotWidth = (s: LabelSize | undefined) => Math.max(slotW, (s?.width ?? 0) + GAP);
/** How far a label wider than its slot reaches past each side of it. */
const overflow = (s: LabelSize | undefined) => (slotWidth(s) - slotW) / 2;
/** The depth a label of `s` adds below its slot: a line's height for each line past three. */
const extraLines = (s: LabelSize | undefined) => Math.max(0, (s?.lines ?? 0) - 3) * LABEL.line;

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

/** An open family's member grid: columns, and each cell's width and depth (the widest, deepest label). */
function grid(m: string[]) {
	const cols = gridColumns(m.length);
	const sizes = m.map(sizeOf);
	return {
		cols,
		w: Math.max(...sizes.map(slotWidth)),
		h: SLOT.h + Math.max(...sizes.map(extraLines))
	};
}

/**
 * Size of one placed id: a slot, or an open family's header and member grid. `deep`: the depth its
 * label takes below it (what the row after it must clear).
 */
function itemSize(o: Overview, id: string, open: Set<string>) {
	const m = drawnMembers(o, id);
	const own = sizeOf(id);
	if (!m?.length || !open.has(id))
		return { w: slotW, h: SLOT.h, deep: SLOT.h + extraLines(own), over: overflow(own) };
	const g = grid(m);
	const rows = Math.ceil(m.length / g.cols);
	// the grid's last row, like a cell's, keeps SLOT.h: its label overflows into the padding
	const h = SLOT.h + extraLines(own) + (rows - 1) * g.h + SLOT.h + 2 * PAD;
	return { w: Math.max(slotWidth(own), g.cols * g.w) + 2 * PAD, h, deep: h, over: 0 };
}

/** A row of a cell: its items (`rowItems`), its width and its depth. */
type Row = { items: ReturnType<typeof rowItems>; w: number; h: number };

/**
 * A row's items, each with its room: a label wider than its slot takes more on the sides that
 * face a neighbour in the row (at a row's end it runs into the cell's margin, as it always did).
 */
function rowItems(o: Overview, ids: string[], open: Set<string>) {
	return ids.map((id, k) => {
		const s = itemSize(o, id, open);
		const left = k > 0 ? s.over : 0;
		return { id, s, left, w: s.w + left + (k < ids.length - 1 ? s.over : 0) };
	});
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
	compact?: Set<string>,
	sizes: LabelSizes = () => undefined
): OverviewPlacement {
	sizeOf = sizes;
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
	const layoutOf = new Map<string, { rows: Row[]; w: number; h: number }>();
	for (const c of o.cells) {
		const rows: Row[] = [];
		const cellIds = idsOf(c);
		if (!cellIds.length && only) continue;
		// a compact table spends width rather than height (a slide is wider than tall)
		const perRow = only ? Math.max(c.perRow, Math.min(4, cellIds.length)) : c.perRow;
		const spans: { x1: number; x2: number; s: ReturnType<typeof itemSize> }[][] = [];
		for (let i = 0; i < cellIds.length; i += perRow) {
			const ids = cellIds.slice(i, i + perRow);
			const items = rowItems(o, ids, open);
			const w = items.reduce((a, it) => a + it.w, 0);
			// where each item's label reaches, across the row (rows are centred in their cell)
			let x = -w / 2;
			spans.push(
				items.map((it) => {
					const c = x + it.left + it.s.w / 2;
					x += it.w;
					const half = (it.s.w - GAP) / 2 + it.s.over;
					return { x1: c - half, x2: c + half, s: it.s };
				})
			);
			rows.push({ items, w, h: 0 });
		}
		// a row's depth clears each label that has an item below it in the next row; the last
		// row keeps its slots' depth
		rows.forEach((row, r) => {
			const below = spans[r + 1] ?? [];
			row.h = Math.max(
				...spans[r].map(({ x1, x2, s }) =>
					below.some((b) => b.x1 < x2 && x1 < b.x2) ? s.deep : s.h
				)
			);
		});
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
		// the nodes placed in this lane (an open family's members too), for the next lane's title
		const placed: string[] = [];
		o.columns.forEach((col, ci) => {
			const c = cellAt.get(`${lane.id}|${col.id}`);
			const lay = layoutOf.get(`${lane.id}|${col.id}`);
			if (!c || !lay) return;
			// a cell is centred in its column, its rows centred in the cell
			const cx = colX[ci] + colW[ci] / 2;
			let ry = y + (c.title ? CELL_TITLE + PAD : 0);
			for (const row of lay.rows) {
				let rx = cx - row.w / 2;
				for (const it of row.items) {
					placeItem(o, it.id, open, rx + it.left, ry, it.s, position, boxes);
					placed.push(it.id, ...(open.has(it.id) ? (drawnMembers(o, it.id) ?? []) : []));
					rx += it.w;
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
		const next = lanes[li + 1];
		if (next) y += clearTitle(placed, position, sizeOf(titleOf(`lane:${next.id}`)), right / 2, y);
	});
	// each lane's and titled cell's title, centred at the top of its box
	for (const [id, b] of Object.entries(boxes))
		if (isTitled(id))
			headings[titleOf(id)] = {
				x: (b.x1 + b.x2) / 2,
				y: b.y1 + TITLE_Y[id.startsWith('lane:') ? 'lane' : 'cell']
			};
	return { position, boxes, headings };
}

/**
 * How far the next lane must move down so that its title (centred at `cx`, `title` wide) clears
 * the labels reaching down from the nodes `placed` above it: a label of five lines or more in a
 * lane's last row (both languages) runs past the padding into the title.
 */
function clearTitle(
	placed: string[],
	position: OverviewPlacement['position'],
	title: LabelSize | undefined,
	cx: number,
	top: number
): number {
	if (!title) return 0;
	const half = title.width / 2 + 4;
	// the title's box starts half a line (and its veil) above its centre
	const titleTop = top + TITLE_Y.lane - LABEL.line / 2 - 4;
	let need = 0;
	for (const id of placed) {
		const at = position[id];
		const s = sizeOf(id);
		if (!at || !s) continue;
		const w = Math.max(s.width, 26) / 2;
		// a label hangs from below its node (13 px), a line per line and its veil's padding
		const bottom = at.y + 21 + s.lines * LABEL.line;
		if (at.x - w < cx + half && cx - half < at.x + w) need = Math.max(need, bottom - titleTop);
	}
	return Math.max(0, need);
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
	const g = grid(m);
	const gx = x + PAD + (s.w - 2 * PAD - g.cols * g.w) / 2;
	const gy = y + PAD + SLOT.h + extraLines(sizeOf(id));
	m.forEach((leaf, i) => {
		position[leaf] = {
			x: gx + (i % g.cols) * g.w + g.w / 2,
			y: gy + Math.floor(i / g.cols) * g.h + 22
		};
	});
	boxes[`open:${id}`] = { x1: x + 4, y1: y + 4, x2: x + s.w - 4, y2: y + s.h - 4, depth: 2 };
}
