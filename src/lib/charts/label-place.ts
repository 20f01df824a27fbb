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
}

export interface PlacedLabel {
	x: number;
	/** -1 above the mark, 1 below */
	side: -1 | 1;
}

const GAP = 4;

/**
 * Where each label goes; boxes of one row and side never overlap. With `sides` 1 (a compact chart)
 * every label stays on the mark's line, shifted right past the one before.
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
			const x = Math.max(mk.x, end[side] + GAP);
			end[side] = x + mk.width;
			out.set(mk.key, { x, side });
		}
	}
	return out;
}

/** Whether two placed labels of one row overlap (for tests). */
export const overlaps = (a: PlacedLabel & { width: number }, b: PlacedLabel & { width: number }) =>
	a.side === b.side && a.x < b.x + b.width && b.x < a.x + a.width;
