/**
 * String order of `Intl.Collator('en')` (optionally `{ numeric: true }`) without ICU, for strings
 * of printable ASCII and common typographic marks. A page's first collator costs 8–15 ms (ICU's
 * collation data), and the network boot sorts labels and ids while the page waits for its
 * network; so that order is computed here for the strings it sees (English labels, ids), and by a
 * collator, made on first need, for any other string. Both give the same order: the unit tests
 * compare the two on every label and id of the atlases and on random strings (CLDR root
 * collation, which `en` uses as is: whitespace, punctuation and symbols, then digits, then
 * letters; case only breaks ties, lower case first; with `numeric`, a run of digits compares by
 * its value, leading zeros ignored). Pure.
 */

/**
 * Printable ASCII other than digits and letters, and the typographic marks labels use (dashes,
 * ×, ±, ≤, ≥, arrows, …), in CLDR root primary order. Left out: marks that equal another
 * one but for their case-like (tertiary) weight, such as the no-break space or curly quotes.
 */
const PUNCTUATION = ' _-‒–—―,;:!?.·\'"()[]{}@*/\\&#%•`^°←→+±÷×<=>|~≤≥$';
const DIGITS = 100;
const LETTERS = 200;
/** primary weight per ASCII code; 0 for characters the fast path does not handle */
const WEIGHT = new Uint16Array(128);
/** the same for the typographic marks beyond ASCII */
const WEIGHT_MORE = new Map<number, number>();
for (const [i, ch] of [...PUNCTUATION].entries()) {
	const c = ch.charCodeAt(0);
	if (c < 128) WEIGHT[c] = 1 + i;
	else WEIGHT_MORE.set(c, 1 + i);
}
for (let d = 0; d <= 9; d++) WEIGHT[48 + d] = DIGITS + d;
for (let l = 0; l < 26; l++) WEIGHT[97 + l] = WEIGHT[65 + l] = LETTERS + l;
const weight = (c: number) => (c < 128 ? WEIGHT[c] : (WEIGHT_MORE.get(c) ?? 0));
/** digit runs longer than this go to ICU (its numeric collation splits very long runs) */
const MAX_RUN = 200;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** -1, 0 or 1; null when either string has a character outside the fast path. */
export function compareWithoutIcu(a: string, b: string, numeric: boolean): number | null {
	for (const s of [a, b])
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			if (weight(c) === 0) return null;
		}
	let i = 0;
	let j = 0;
	// primary level: the whole string
	while (i < a.length && j < b.length) {
		const ca = a.charCodeAt(i);
		const cb = b.charCodeAt(j);
		if (numeric && isDigit(ca) && isDigit(cb)) {
			let ea = i;
			while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
			let eb = j;
			while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
			if (ea - i > MAX_RUN || eb - j > MAX_RUN) return null;
			while (i < ea - 1 && a.charCodeAt(i) === 48) i++;
			while (j < eb - 1 && b.charCodeAt(j) === 48) j++;
			if (ea - i !== eb - j) return ea - i < eb - j ? -1 : 1;
			for (; i < ea; i++, j++)
				if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) < b.charCodeAt(j) ? -1 : 1;
			continue;
		}
		const wa = numeric && isDigit(ca) ? DIGITS : weight(ca);
		const wb = numeric && isDigit(cb) ? DIGITS : weight(cb);
		if (wa !== wb) return wa < wb ? -1 : 1;
		i++;
		j++;
	}
	if (i < a.length || j < b.length) return i < a.length ? 1 : -1;
	// tertiary level: lower case before upper case, at the first letter that differs in case
	for (let x = 0, y = 0; x < a.length && y < b.length; x++, y++) {
		if (numeric && isDigit(a.charCodeAt(x))) {
			while (x + 1 < a.length && isDigit(a.charCodeAt(x + 1))) x++;
			while (y + 1 < b.length && isDigit(b.charCodeAt(y + 1))) y++;
			continue;
		}
		const ua = a.charCodeAt(x) >= 65 && a.charCodeAt(x) <= 90;
		const ub = b.charCodeAt(y) >= 65 && b.charCodeAt(y) <= 90;
		if (ua !== ub) return ua ? 1 : -1;
	}
	return 0;
}

let numericCollator: Intl.Collator | undefined;
let plainCollator: Intl.Collator | undefined;

/** `a.localeCompare(b, 'en', { numeric: true })`. */
export function compareNumeric(a: string, b: string): number {
	return (
		compareWithoutIcu(a, b, true) ??
		(numericCollator ??= new Intl.Collator('en', { numeric: true })).compare(a, b)
	);
}

/** `a.localeCompare(b, 'en')`. */
export function compareText(a: string, b: string): number {
	return (
		compareWithoutIcu(a, b, false) ?? (plainCollator ??= new Intl.Collator('en')).compare(a, b)
	);
}
