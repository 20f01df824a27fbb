/**
 * How much room a node's label takes, estimated without a browser so the overview can be laid out
 * anywhere (node, a worker, the first frame): Cytoscape's own wrapping (greedy, at spaces and U+200B;
 * a word wider than the line stays whole and overflows it) measured with DejaVu Sans's advance
 * widths. DejaVu is what `system-ui` is on Debian and the widest of the common faces (Segoe UI and
 * San Francisco set the same text narrower), so the estimate errs on the side of room. Pure.
 */

/** The node label's type (graph-style.ts): size, line height (Cytoscape's `line-height` 1) and measure. */
export const LABEL = { font: 19, line: 19, maxWidth: 140 } as const;

/** DejaVu Sans advance widths of ' ' (U+0020) to '~' (U+007E), in hundredths of an em. */
const ASCII = [
	32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
	64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
	60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
	63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 59, 82, 59, 59, 52, 64, 34, 64, 84
];

/** CJK ideographs, kana, hangul and full-width forms take a whole em. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

function charWidth(ch: string): number {
	const c = ch.codePointAt(0) ?? 0;
	if (c >= 32 && c <= 126) return ASCII[c - 32] / 100;
	if (c === 0x200b || c === 0x0a) return 0;
	if (c === 0xb7) return 0.32;
	return WIDE.test(ch) ? 1 : 0.64;
}

/** Width in px of one line of `text` at `font` px. */
export function textWidth(text: string, font: number = LABEL.font): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return Math.ceil(em * font);
}

/** The lines Cytoscape draws for `text` (`text-wrap: wrap`, `text-overflow-wrap: whitespace`). */
export function wrapLines(
	text: string,
	maxWidth: number = LABEL.maxWidth,
	font: number = LABEL.font
): string[] {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		if (textWidth(line, font) <= maxWidth) {
			out.push(line);
			continue;
		}
		let sub = '';
		const sep = /[\s\u200b]+|$/g;
		let from = 0;
		for (const m of line.matchAll(sep)) {
			const word = line.slice(from, m.index);
			from = m.index + m[0].length;
			const test = sub ? sub + word + m[0] : word;
			if (textWidth(test, font) <= maxWidth) sub += word + m[0];
			else {
				if (sub) out.push(sub);
				sub = word + m[0];
			}
			if (!m[0]) break;
		}
		if (!/^[\s\u200b]*$/.test(sub)) out.push(sub);
	}
	return out;
}

export interface LabelSize {
	lines: number;
	/** the widest line, px (more than the measure when one word is longer) */
	width: number;
}

/** DejaVu Sans Bold sets Latin text this much wider than Book (measured; Chinese alike, or less). */
export const BOLD = 1.13;

/** The lines and width of a node label as the network draws it (a family's is bold). */
export function labelSize(text: string, bold = false): LabelSize {
	if (!text) return { lines: 0, width: 0 };
	const scale = bold ? BOLD : 1;
	const lines = wrapLines(text, LABEL.maxWidth / scale);
	return {
		lines: lines.length,
		width: Math.ceil(
			scale * Math.max(...lines.map((l) => textWidth(l.replace(/[\s\u200b]+$/, ''))))
		)
	};
}

/** The larger of two sizes (a label that must fit in either language). */
export const largest = (a: LabelSize, b: LabelSize): LabelSize => ({
	lines: Math.max(a.lines, b.lines),
	width: Math.max(a.width, b.width)
});
