/**
 * Value labels beside point marks that never overlap: in each row, a label goes above its mark,
 * else below, else further right past the labels already placed. Pure.
 */
export interface LabelMark {
	key: string;
	/** the row (marks of different rows never collide) */
	row: string;
	x: number;
	width: number;
	/** the centre of the mark itself: on a compact chart no label covers another mark of its row */
	at?: number;
}

export interface PlacedLabel {
	x: number;
	/** -1 above the mark, 1 below */
	side: -1 | 1;
}

const GAP = 4;
/** half the width of a point mark, with its outline */
const MARK_R = 7;

/**
 * Where each label goes; boxes of one row and side never overlap. With `sides` 1 (a compact chart)
 * every label stays on the mark's line, shifted right past the one before and past the marks
 * (`at`) of its row.
 */
export function placeLabels(
	marks: readonly LabelMark[],
	sides: 1 | 2 = 2
): Map<string, PlacedLabel> {
	const out = new Map<string, PlacedLabel>();
	const rows = new Map<string, LabelMark[]>();
	for (const mk of marks) rows.set(mk.row, [...(rows.get(mk.row) ?? []), mk]);
	for (const list of rows.values()) {
		// the right end of the last label on each side
		const end = { [-1]: -Infinity, [1]: -Infinity } as Record<-1 | 1, number>;
		for (const mk of [...list].sort(
			(a, b) => a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
		)) {
			const side: -1 | 1 =
				sides === 1 || mk.x >= end[-1] + GAP ? -1 : mk.x >= end[1] + GAP ? 1 : -1;
			let x = Math.max(mk.x, end[side] + GAP);
			if (sides === 1)
				for (const o of [...list].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)))
					if (o.at !== undefined && x < o.at + MARK_R && o.at - MARK_R < x + mk.width)
						x = o.at + MARK_R + GAP;
			end[side] = x + mk.width;
			out.set(mk.key, { x, side });
		}
	}
	return out;
}

/** Whether two placed labels of one row overlap (for tests). */
export const overlaps = (a: PlacedLabel & { width: number }, b: PlacedLabel & { width: number }) =>
	a.side === b.side && a.x < b.x + b.width && b.x < a.x + a.width;
