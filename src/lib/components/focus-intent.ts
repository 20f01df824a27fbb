/**
 * Where focus goes after a selection. Choosing an element takes focus to its evidence heading
 * (EvidencePanel), except when the list twin walks to a neighbour with the arrow keys and keeps focus
 * on the row it moved to: it says so here just before selecting.
 */
let keep = false;

/** The next selection keeps focus where it is. */
export function keepFocusOnce(): void {
	keep = true;
}

/** Whether the selection being handled should keep focus (and forget the request). */
export function takeKeepFocus(): boolean {
	const k = keep;
	keep = false;
	return k;
}
