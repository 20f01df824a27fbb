/**
 * Verbatim provenance: every evidence quote must stand in its source text, and every figure's
 * numbers in its quote. Comparison ignores whitespace only (sources wrap lines mid-sentence).
 */
import type { Evidence, Figure, Source } from './types';
import type { Problem } from './validate';

/** Remove all whitespace: the only normalisation allowed when matching quotes. */
export function squash(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The numbers a figure states, as they would be printed. */
export function figureNumbers(f: Figure): number[] {
	return [f.value, f.low, f.high, f.ci_low, f.ci_high, f.denominator, f.numerator].filter(
		(x): x is number => typeof x === 'number'
	);
}

/** True when `n` is printed in `text` as a number of its own (`0.760` and `93.0` count as 0.76 and 93). */
export function mentionsNumber(text: string, n: number): boolean {
	for (const tok of text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) {
		const plain = tok.replace(/,(?=\d{3}\b)/g, '');
		if (Number(plain) === n) return true;
		// a thousands separator misread as a list comma: try the parts too
		if (tok.includes(',') && tok.split(',').some((p) => p && Number(p) === n)) return true;
	}
	return false;
}

/**
 * Check one evidence item against the text of its source document.
 * @returns problems naming the evidence id (empty when the quote and its figures check out)
 */
export function checkEvidence(
	e: Evidence,
	sourceText: string,
	file: string,
	squashed = squash(sourceText)
): Problem[] {
	const problems: Problem[] = [];
	const q = squash(e.quote);
	if (!squashed.includes(q))
		problems.push({ file, id: e.id, message: `quote not found verbatim in source "${e.source}"` });
	// numbers are matched in the quote with whitespace kept (table cells are tab-separated)
	const spaced = e.quote.replace(/\s+/g, ' ');
	for (const f of e.figures)
		for (const n of figureNumbers(f))
			if (!mentionsNumber(spaced, n))
				problems.push({
					file,
					id: e.id,
					message: `figure ${f.measure} number ${n} does not appear in its quote`
				});
	if (e.misprint && !q.includes(squash(e.misprint.as_printed)))
		problems.push({ file, id: e.id, message: `misprint.as_printed is not in the quote` });
	return problems;
}

/** Check all evidence whose source document text is available. */
export function checkProvenance(
	evidence: Evidence[],
	sources: Source[],
	textOf: (s: Source) => string | undefined,
	fileOf: Record<string, string>
): { problems: Problem[]; checked: number; missing: string[] } {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const problems: Problem[] = [];
	const missing = new Set<string>();
	// each source read and squashed once, however many items quote it
	const texts = new Map<string, { text: string; squashed: string } | undefined>();
	const textFor = (id: string) => {
		if (!texts.has(id)) {
			const src = byId.get(id);
			const text = src ? textOf(src) : undefined;
			texts.set(id, text === undefined ? undefined : { text, squashed: squash(text) });
		}
		return texts.get(id);
	};
	let checked = 0;
	for (const e of evidence) {
		const t = textFor(e.source);
		if (t === undefined) {
			missing.add(e.source);
			continue;
		}
		checked++;
		problems.push(...checkEvidence(e, t.text, fileOf[e.id] ?? '?', t.squashed));
	}
	return { problems, checked, missing: [...missing] };
}
