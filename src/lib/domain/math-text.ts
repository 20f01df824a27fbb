/**
 * TeX-style inline math in source quotes (`$HR=0.33, 95\% CI: 0.23\sim 0.49$`) as plain text for
 * display. The stored quote stays verbatim (the provenance check matches it against its source);
 * only what the reader sees changes. Pure.
 */

const SYMBOLS: [RegExp, string][] = [
	[/\\%/g, '%'],
	[/\\sim\b/g, '–'],
	[/\\(?:leq?|leqslant)\b/g, '≤'],
	[/\\(?:geq?|geqslant)\b/g, '≥'],
	[/\\times\b/g, '×'],
	[/\\pm\b/g, '±'],
	[/\\cdot\b/g, '·'],
	[/\\[,;:!]/g, ' '],
	[/\\(?:text|mathrm|mathit|rm)\s*\{([^}]*)\}/g, '$1'],
	[/\\([a-zA-Z]+)/g, '$1'],
	[/[{}]/g, '']
];

/** One math span's content as text: symbols spelled out, relations and commas spaced. */
function mathSpan(tex: string): string {
	let s = tex;
	for (const [re, to] of SYMBOLS) s = s.replace(re, to);
	return s
		.replace(/\s*([=<>≤≥])\s*/g, ' $1 ')
		.replace(/\s*–\s*/g, '–')
		.replace(/\s*,\s*/g, ', ')
		.replace(/\s*:\s*/g, ': ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Inline math (`$…$`) shown as text; the spaces a typesetter puts between a bracket or a comma and
 * the math go too.
 * @example mathAsText('( $n=101$ )') // '(n = 101)'
 * @example mathAsText('$HR=0.33, 95\\% CI: 0.23\\sim 0.49$') // 'HR = 0.33, 95% CI: 0.23–0.49'
 */
export function mathAsText(text: string): string {
	if (!text.includes('$')) return text;
	return text.replace(
		/\s*\$([^$]+)\$\s*/g,
		(match: string, tex: string, at: number, all: string) => {
			const before = all[at - 1];
			const after = all[at + match.length];
			const lead = before === undefined || OPEN.test(before) || !/^\s/.test(match) ? '' : ' ';
			const trail = after === undefined || CLOSE.test(after) || !/\s$/.test(match) ? '' : ' ';
			return `${lead}${mathSpan(tex)}${trail}`;
		}
	);
}

const OPEN = /[([{(\uff08\u3010]/;
const CLOSE = /[)\]}),,;;.。::、\u3011]/;
