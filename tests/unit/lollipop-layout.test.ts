/** Lollipop geometry: residue labels, dodging, and that every mark lands inside the chart. */
import { describe, expect, it } from 'vitest';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { lollipopModel, stripRows } from '../../src/lib/domain/lollipop';
import { sensitivityMatrix } from '../../src/lib/domain/charts';
import { dodge, lollipopLayout, residueLabel } from '../../src/lib/charts/lollipop-layout';

const atlas = loadAllAtlases().find((a) => a.meta.id === 'alk-nsclc')!;
const model = lollipopModel(atlas, 'en');

describe('lollipop layout', () => {
	it('names a residue once with its changes', () => {
		expect(residueLabel(['I1171N', 'I1171S', 'I1171T', 'I1171X'])).toBe('I1171N/S/T/X');
		expect(residueLabel(['G1202R'])).toBe('G1202R');
		expect(residueLabel(['1151Tins'])).toBe('1151Tins');
	});

	it('dodges close residues to a least gap, inside the bounds, keeping order', () => {
		expect(dodge([10, 12, 14, 100], 10, 0, 200)).toEqual([10, 20, 30, 100]);
		expect(dodge([195, 198], 10, 0, 200)).toEqual([190, 200]);
	});

	for (const width of [560, 960, 1400])
		it(`at width ${width}: heads ≥ 17 px apart per residue, all inside, compounds below needles`, () => {
			const L = lollipopLayout(model, width, [], (id) => id);
			const lx = L.residues.map((r) => r.lx);
			for (let i = 1; i < lx.length; i++) expect(lx[i] - lx[i - 1]).toBeGreaterThanOrEqual(16.99);
			for (const p of L.needles) {
				expect(p.lx).toBeGreaterThanOrEqual(L.m.left);
				expect(p.lx).toBeLessThanOrEqual(width - L.m.right);
				expect(p.y).toBeLessThan(L.height);
			}
			const lowest = Math.max(...L.needles.map((p) => p.y));
			expect(L.arcTop).toBeGreaterThan(lowest);
			const apexes = L.arcs.map((a) => a.apex.y);
			expect(new Set(apexes).size).toBe(apexes.length);
		});

	it('a higher frequency is a taller needle; "not reported" heads sit below 0 %', () => {
		const L = lollipopLayout(model, 960, [], (id) => id);
		const y = (id: string) => L.needles.find((p) => p.needle.id === id)!.y;
		// (both above the axis: after crizotinib)
		expect(y('alk-l1196m')).toBeLessThan(y('alk-g1269a'));
		expect(y('alk-i1171n')).toBeGreaterThan(L.y(0));
	});

	it('the strip wraps its chips inside the width and grows the chart', () => {
		const matrix = sensitivityMatrix(atlas, 'en');
		const rows = stripRows(matrix, ['alk-g1202r', 'alk-g1202r-l1196m']);
		const bare = lollipopLayout(model, 560, [], (id) => id);
		const L = lollipopLayout(model, 560, rows, (id) => id);
		expect(L.height).toBeGreaterThan(bare.height);
		for (const r of L.chips)
			for (const c of r.chips) expect(c.x + c.w).toBeLessThanOrEqual(560 - L.m.right + 0.01);
		expect(L.chips.flatMap((r) => r.chips.map((c) => c.status))).toContain('resistant');
	});
});
