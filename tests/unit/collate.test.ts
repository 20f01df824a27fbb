/**
 * The ICU-free string order (`compareNumeric`, `compareText`) is `Intl.Collator('en')`'s order,
 * and drawing an explorer network makes no collator (8–15 ms of a page's first draw).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareWithoutIcu, compareNumeric, compareText } from '../../src/lib/domain/collate';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { networkSlice } from '../../src/lib/network/network-slice';

const icuNumeric = new Intl.Collator('en', { numeric: true }).compare;
const icuText = new Intl.Collator('en').compare;
const atlases = [loadAtlas('alk-nsclc'), loadAtlas('immuno-nsclc')];
const strings = [
	...new Set(atlases.flatMap((a) => a.nodes.flatMap((n) => [n.id, n.kind, n.label.en, n.label.zh])))
];

describe('compareNumeric and compareText', () => {
	it('sort every id, kind and label of the atlases as ICU does', () => {
		expect([...strings].sort(compareNumeric)).toEqual([...strings].sort(icuNumeric));
		expect([...strings].sort(compareText)).toEqual([...strings].sort(icuText));
	});

	it('agree with ICU on every pair of the English ones and ids', () => {
		const fast = strings.filter((s) => compareWithoutIcu(s, '', true) !== null);
		expect(fast.length).toBeGreaterThan(430);
		for (const a of fast)
			for (const b of fast) {
				if (compareWithoutIcu(a, b, true) !== Math.sign(icuNumeric(a, b)))
					expect([a, b]).toBe('same');
				if (compareWithoutIcu(a, b, false) !== Math.sign(icuText(a, b)))
					expect([a, b]).toBe('same');
			}
	});

	it('agree with ICU on random strings of punctuation, digits, letters and both cases', () => {
		const piece = fc.constantFrom(
			...' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBzZ–—×±≤≥→°·•←÷‒―',
			'00',
			'007',
			'10',
			'G1202R',
			'alk'
		);
		const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
		fc.assert(
			fc.property(text, text, (a, b) => {
				expect(compareNumeric(a, b)).toBe(Math.sign(icuNumeric(a, b)));
				expect(compareText(a, b)).toBe(Math.sign(icuText(a, b)));
			}),
			{ numRuns: 5000 }
		);
	});

	it('leave other strings to ICU', () => {
		expect(compareWithoutIcu('ALK 克唑替尼', 'ALK', true)).toBeNull();
		expect(compareWithoutIcu('“ALK”', 'ALK', true)).toBeNull();
		expect(compareNumeric('é', 'f')).toBe(icuNumeric('é', 'f'));
		expect(compareText('克唑替尼', '阿来替尼')).toBe(icuText('克唑替尼', '阿来替尼'));
	});
});

describe('drawing the explorer network', () => {
	afterEach(() => vi.restoreAllMocks());
	it('makes no collator, in either arrangement', async () => {
		const slice = networkSlice(atlases[0]);
		// fresh model modules: their collators, made on first need, not made yet
		vi.resetModules();
		const Collator = vi.spyOn(Intl, 'Collator');
		const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
		const { networkModel } = await import('../../src/lib/network/network-model');
		const { parseView } = await import('../../src/lib/domain/view-state');
		for (const q of ['', 'arr=generation&sel=alk-g1202r']) {
			const { view } = parseView(new URLSearchParams(q), slice);
			networkModel(slice, view, (g) => ({ en: `G${g}`, zh: `第${g}代` }));
		}
		expect(Collator).not.toHaveBeenCalled();
		expect(localeCompare).not.toHaveBeenCalled();
	});
});
