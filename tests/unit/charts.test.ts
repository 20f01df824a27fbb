import { describe, expect, it } from 'vitest';
import { miniAtlas } from './helpers';
import { frequencyRows, sensitivityMatrix } from '../../src/lib/domain/charts';
import { generationOf } from '../../src/lib/domain/vocabulary';
import { shareRows, trialRows } from '../../src/lib/domain/chart-trials';

const atlas = miniAtlas();

describe('chart transforms', () => {
	it('frequency rows: one per emerges_after with a frequency for its drug end', () => {
		expect(
			frequencyRows(atlas, 'en').map((r) => [r.mechanismLabel, r.label, r.value, r.denominator])
		).toEqual([
			['ALK G1202R', 'Alectinib', 29, undefined],
			['MET amplification', 'Lorlatinib', 22, 23]
		]);
		expect(frequencyRows(atlas, 'zh').map((r) => r.label)).toEqual(['阿来替尼', '洛拉替尼']);
	});

	it.each([
		['alk-g1202r', 'alectinib', 'resistant', 'B'],
		['alk-g1202r', 'lorlatinib', 'sensitive', 'D'],
		['alk-g1202r-l1196m', 'lorlatinib', 'resistant', 'B'],
		['alk-g1202r-l1196m', 'alectinib', 'none', null]
	])('matrix cell %s × %s is %s (level %s)', (row, col, status, level) => {
		const cell = sensitivityMatrix(atlas, 'en').cells.find((c) => c.row === row && c.col === col);
		expect(cell?.status).toBe(status);
		expect(cell?.level).toBe(level);
	});

	it('matrix rows: single mutations before compound; columns by generation', () => {
		const mx = sensitivityMatrix(atlas, 'en');
		expect(mx.rows.map((r) => r.id)).toEqual(['alk-g1202r', 'alk-g1202r-l1196m']);
		expect(mx.cols.map((c) => c.id)).toEqual(['alectinib', 'lorlatinib']);
	});

	it('trial rows come from evaluated_in relations with an arm figure (none in the mini atlas)', () => {
		expect(trialRows(atlas, 'en')).toEqual([]);
	});

	it('share rows resolve curated rows (none in the mini atlas)', () => {
		expect(shareRows(atlas, 'en')).toEqual([]);
	});

	it.each([
		[{ id: 'x', kind: 'drug', generation: 3 }, 3],
		[{ id: 'tki-gen-2', kind: 'group' }, 2],
		[{ id: 'other', kind: 'group' }, null],
		[{ id: 'tki-gen-2', kind: 'alteration' }, null]
	])('generation of %o is %s (a group from atlas.yaml generation_groups)', (n, g) => {
		const meta = { generation_groups: [{ group: 'tki-gen-2', generation: 2 as const }] };
		expect(generationOf({ ...atlas.meta, ...meta }, n as never)).toBe(g);
	});
});
