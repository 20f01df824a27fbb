import { describe, expect, it } from 'vitest';
import { chartScale, layoutWidth, TEXT } from '../../src/lib/charts/type-scale';
import { placeLabels, overlaps } from '../../src/lib/charts/label-place';
import { matrixGeometry } from '../../src/lib/charts/matrix-geometry';
import { legendLayout } from '../../src/lib/charts/legend';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { trialRows } from '../../src/lib/domain/chart-trials';
import { textWidth } from '../../src/lib/charts/palette';

// loaded once, outside the tests' time limit (validating the data takes seconds on a busy machine)
const atlases = loadAllAtlases();

describe('type scale', () => {
	it('holds text ≥ 18 px presenting and embedded on a 1920 screen, ≥ 12 px in the page', () => {
		expect(TEXT.small * chartScale('present', 1856)).toBeGreaterThanOrEqual(18);
		expect(TEXT.small * chartScale('embed', 1900)).toBeGreaterThanOrEqual(18);
		expect(TEXT.small * chartScale('embed', 960)).toBeGreaterThanOrEqual(12);
		for (const box of [300, 800, 1100, 2000])
			expect(TEXT.small * chartScale('page', box)).toBeGreaterThanOrEqual(12);
		expect(layoutWidth(1856, chartScale('present', 1856))).toBe(1000);
	});
});

describe('trial value labels', () => {
	it('never overlap, for the real trial rows at any width', () => {
		const rows = trialRows(atlases[0], 'en').filter(
			(r) => r.measure === 'mPFS' && r.value !== null
		);
		for (const panel of [200, 300, 500, 800]) {
			const max = Math.max(...rows.map((r) => r.ciHigh ?? r.value!));
			const marks = rows.map((r) => ({
				key: r.key,
				row: `${r.drug}|${r.trial}`,
				x: (r.value! / max) * panel,
				width: textWidth(String(r.value))
			}));
			const placed = placeLabels(marks);
			for (const a of marks)
				for (const b of marks) {
					if (a === b || a.row !== b.row) continue;
					const pa = { ...placed.get(a.key)!, width: a.width };
					const pb = { ...placed.get(b.key)!, width: b.width };
					expect(overlaps(pa, pb), `${a.key} / ${b.key}`).toBe(false);
				}
		}
	});
	it('puts a second label of the same place below, a third further right', () => {
		const p = placeLabels([
			{ key: 'a', row: 'r', x: 10, width: 20 },
			{ key: 'b', row: 'r', x: 12, width: 20 },
			{ key: 'c', row: 'r', x: 14, width: 20 }
		]);
		expect(p.get('a')).toEqual({ x: 10, side: -1 });
		expect(p.get('b')).toEqual({ x: 12, side: 1 });
		expect(p.get('c')!.x).toBeGreaterThanOrEqual(34);
	});
});

describe('heatmap geometry', () => {
	const alts = Array.from({ length: 37 }, () => 120);
	const drugs = Array.from({ length: 9 }, () => 70);
	it('runs the alterations across on a slide and on a wide projector, down in the page', () => {
		expect(matrixGeometry(alts, drugs, 'export', 1600, 1).across).toBe(true);
		expect(matrixGeometry(alts, drugs, 'page', 1100, 1).across).toBe(false);
		const wide = matrixGeometry(alts, drugs, 'embed', 1900, chartScale('embed', 1900));
		expect(wide.across).toBe(true);
		expect(TEXT.small * wide.scale).toBeGreaterThanOrEqual(17.4);
		expect(matrixGeometry(alts, drugs, 'embed', 960, 1).across).toBe(false);
	});
	it('keeps every label inside the chart (the grid and its margins fit the width)', () => {
		for (const [out, box] of [
			['page', 700],
			['page', 1100],
			['embed', 960],
			['export', 1400]
		] as const) {
			const g = matrixGeometry(alts, drugs, out, box, chartScale(out, box));
			expect(g.gridRight).toBeLessThanOrEqual(g.width);
			expect(g.top).toBeGreaterThan(Math.max(...(g.across ? alts : drugs)) * (g.across ? 1 : 0.7));
		}
	});
});

describe('legend layout', () => {
	it('wraps rows to the width', () => {
		const items = Array.from({ length: 6 }, (_, i) => ({
			label: `Generation ${i}`,
			swatch: { shape: 'rect', fill: '#000' } as const
		}));
		const l = legendLayout(items, 300);
		expect(l.height).toBeGreaterThan(22);
		for (const p of l.placed) expect(p.x).toBeLessThan(300);
	});
});
