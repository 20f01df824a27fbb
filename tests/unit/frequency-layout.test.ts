import { describe, expect, it } from 'vitest';
import { frequencyLayout, valueText, X_MAX } from '../../src/lib/charts/frequency-layout';
import { textWidth } from '../../src/lib/charts/palette';
import { frequencyRows, type FrequencyRow } from '../../src/lib/domain/charts';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';

// loaded once, outside the tests' time limit (validating the data takes seconds on a busy machine)
const atlas = loadAllAtlases()[0];
const label = (r: FrequencyRow) => `${r.label} · ${r.generation}G`;
const layout = (rows: FrequencyRow[], width: number, axisLabel = 'Resistant patients (%)') =>
	frequencyLayout(rows, { width, top: 8, bottom: 56, label, axisLabel });

describe('frequency chart layout', () => {
	it('the charts page keeps its columns: labels from 160, values in 120, ticks every 10 %', () => {
		const rows = frequencyRows(atlas, 'en');
		for (const width of [480, 720, 960]) {
			const l = layout(rows, width);
			expect(l.m.left).toBe(16 + Math.max(160, ...rows.map((r) => textWidth(label(r)))));
			expect(l.m.right).toBe(120);
			expect(l.ticks).toBe(8);
		}
	});

	it('a header line per mechanism, then its bars', () => {
		const rows = frequencyRows(atlas, 'en');
		const l = layout(rows, 960);
		const heads = l.items.filter((i) => i.type === 'head');
		expect(heads.length).toBe(new Set(rows.map((r) => r.mechanism)).size);
		expect(l.items.filter((i) => i.type === 'bar').length).toBe(rows.length);
		expect(l.height).toBe(l.items.at(-1)!.y + 26 + 56);
	});

	for (const locale of ['en', 'zh'] as const)
		it(`in the drawer (260–380 units) every mechanism's labels and values fit (${locale})`, () => {
			const all = frequencyRows(atlas, locale);
			for (const mech of new Set(all.map((r) => r.mechanism))) {
				const rows = all.filter((r) => r.mechanism === mech);
				for (const width of [260, 300, 340, 380]) {
					const { m, ticks, axisX } = layout(rows, width);
					const plot = width - m.left - m.right;
					const x = (v: number) => m.left + (v / X_MAX) * plot;
					expect(plot).toBeGreaterThan(40);
					for (const r of rows) {
						expect(m.left - 8 - textWidth(label(r))).toBeGreaterThanOrEqual(0);
						expect(x(r.high ?? r.value) + 5 + textWidth(valueText(r))).toBeLessThanOrEqual(width);
					}
					// tick labels at least 23 units apart
					expect((plot * (X_MAX / ticks)) / X_MAX).toBeGreaterThanOrEqual(23);
					const half = textWidth('Resistant patients (%)') / 2;
					expect(axisX - half).toBeGreaterThanOrEqual(8);
					expect(axisX + half).toBeLessThanOrEqual(width - 8);
				}
			}
		});

	it('a value that would run out of a narrow chart widens the value column', () => {
		const wide: FrequencyRow = {
			key: 'k',
			id: 'k',
			mechanism: 'm',
			mechanismLabel: 'M',
			drug: 'd',
			label: 'Drug',
			value: 75,
			low: 70,
			high: 80,
			unit: '%',
			denominator: 1234,
			evidence: 'e',
			source: 's',
			generation: 2
		};
		const { m } = layout([wide], 300);
		expect(m.right).toBeGreaterThan(300 / 4);
		expect(m.right).toBeCloseTo(9 + textWidth(valueText(wide)), 6);
	});
});
