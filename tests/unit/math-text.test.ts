import { describe, expect, it } from 'vitest';
import { mathAsText } from '../../src/lib/domain/math-text';
import { readableQuote } from '../../src/lib/domain/text';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';

// loaded once, outside the tests' time limit (validating the data takes seconds on a busy machine)
const atlases = loadAllAtlases();

describe('mathAsText: TeX-style inline math in quotes, shown as text', () => {
	it('spells out the symbols and spaces relations', () => {
		expect(mathAsText('( $HR=0.33, 95\\% CI: 0.23\\sim 0.49$ )')).toBe(
			'(HR = 0.33, 95% CI: 0.23–0.49)'
		);
		expect(mathAsText('$HR=0.344, P<0.0001$')).toBe('HR = 0.344, P < 0.0001');
		expect(mathAsText('a $P>0.05$ b')).toBe('a P > 0.05 b');
	});
	it('drops the space between a bracket (ASCII or full width) and the math', () => {
		expect(mathAsText('( $n=101$ )')).toBe('(n = 101)');
		expect(mathAsText('组织( $n=101$ )或')).toBe('组织(n = 101)或');
		expect(mathAsText('( $HR=0.45$ , 95% CI')).toBe('(HR = 0.45, 95% CI');
	});
	it('leaves text without math, and a lone dollar, alone', () => {
		expect(mathAsText('US$ 5 and more')).toBe('US$ 5 and more');
		expect(mathAsText('no math here')).toBe('no math here');
	});
	it('leaves no TeX in any quote of the bundled atlases, and keeps every figure of the quote', () => {
		const quotes = atlases.flatMap((a) => a.evidence.map((e) => e.quote));
		const withMath = quotes.filter((q) => /\$[^$]+\$/.test(q));
		expect(withMath.length).toBeGreaterThan(5);
		for (const q of withMath) {
			const shown = mathAsText(readableQuote(q));
			expect(shown).not.toMatch(/\$|\\[a-z%]/);
			for (const n of q.match(/\d+(\.\d+)?/g) ?? []) expect(shown).toContain(n);
		}
	});
});
