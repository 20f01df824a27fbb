import { describe, expect, it } from 'vitest';
import {
	chartScale,
	fitHeight,
	fitLayout,
	layoutWidth,
	scaleFloor,
	TEXT
} from '../../src/lib/charts/type-scale';
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
	it('fits a chart shown whole to its frame, never below 18 px text on a projector', () => {
		const hd = { width: 1920, height: 1046 };
		// short enough: drawn no taller than the frame, text 12 × 1046 / 634 ≈ 19.8 px
		expect(fitHeight('embed', 634, hd, 1000)).toBe(1046);
		expect((TEXT.small * 1046) / 634).toBeGreaterThan(18);
		// too tall for 18 px in the frame: 18 px text, the frame scrolls (814 × 1.5)
		expect(fitHeight('embed', 814, hd, 1000)).toBe(1221);
		expect(fitHeight('present', 814, hd, 1000)).toBe(1221);
		// a small frame: 12 px at 960 and 1280
		expect(fitHeight('embed', 814, { width: 960, height: 510 }, 960)).toBe(814);
		expect(fitHeight('present', 814, { width: 1280, height: 600 }, 1000)).toBe(814);
		// the page and slides are laid out, not fitted
		expect(fitHeight('page', 814, hd, 1000)).toBeNull();
		expect(fitHeight('export', 814, hd, 1000)).toBeNull();
		// never more than filling the width allows
		expect(scaleFloor(1920, 1.2)).toBe(1.2);
		expect(scaleFloor(1920, 1.92)).toBe(1.5);
		// in between, text grows with the box: 15.6 px in a 1600-wide frame
		expect(scaleFloor(1600, 1.6)).toBeCloseTo(1.3, 6);
		expect(scaleFloor(1856, 1.856)).toBe(1.5);
		expect(scaleFloor(1280, 1.28)).toBe(1);
	});
	it('lays a chart too tall for its frame out wider, at smaller type down to the floor', () => {
		const rows = (w: number) => 600 + (w < 1100 ? 40 : 0); // a legend that wraps when narrow
		// fits: the width's scale
		expect(fitLayout('embed', { width: 1920, height: 1300 }, rows)).toEqual({
			scale: 1.92,
			width: 1000
		});
		// too tall: 1046 / 640 px per unit, laid out 1175 wide (fills 1920 px)
		const f = fitLayout('embed', { width: 1920, height: 1046 }, rows);
		expect(f.scale).toBeCloseTo(1046 / 640, 6);
		expect(f.width).toBe(Math.round(1920 / f.scale));
		expect(rows(f.width) * f.scale).toBeLessThanOrEqual(1046);
		// far too tall: the floor (18 px), the frame scrolls
		expect(fitLayout('present', { width: 1854, height: 500 }, rows).scale).toBe(1.5);
		// the page is never fitted
		expect(fitLayout('page', { width: 1280, height: 300 }, rows).scale).toBe(
			chartScale('page', 1280)
		);
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
	it('on a compact chart, stay on the line and cover neither another label nor a mark of the row', () => {
		const rows = trialRows(atlases[0], 'en').filter(
			(r) => r.measure === 'mPFS' && r.value !== null
		);
		const max = Math.max(...rows.map((r) => r.ciHigh ?? r.value!));
		for (const panel of [200, 300, 500]) {
			const marks = rows.map((r) => {
				const at = (r.value! / max) * panel;
				return {
					key: r.key,
					row: `${r.drug}|${r.trial}`,
					x: at + 7,
					at,
					width: textWidth(String(r.value))
				};
			});
			const placed = placeLabels(marks, 1);
			for (const a of marks) {
				const pa = placed.get(a.key)!;
				expect(pa.side).toBe(-1);
				for (const b of marks) {
					if (a.row !== b.row) continue;
					// no mark (radius 7) under the label
					expect(pa.x < b.at + 7 && b.at - 7 < pa.x + a.width, `${a.key} covers ${b.key}`).toBe(
						false
					);
					if (a !== b)
						expect(
							overlaps({ ...pa, width: a.width }, { ...placed.get(b.key)!, width: b.width })
						).toBe(false);
				}
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
