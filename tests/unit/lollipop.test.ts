/** Residue positions from the atlas's own names, and the lollipop rows built on them (real atlas). */
import { describe, expect, it } from 'vitest';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { compoundResidues, residueOf, residuesOfNode } from '../../src/lib/domain/residue';
import {
	highestFrequency,
	lollipopModel,
	selectedAlterations,
	stripRows
} from '../../src/lib/domain/lollipop';
import { sensitivityMatrix } from '../../src/lib/domain/charts';

const atlas = loadAllAtlases().find((a) => a.meta.id === 'alk-nsclc')!;
const node = new Map(atlas.nodes.map((n) => [n.id, n]));

describe('residue positions', () => {
	it.each([
		['G1202R', 1202],
		['ALK G1202R', 1202],
		['p.Gly1202Arg', 1202],
		['p.G1202R', 1202],
		['1151Tins', 1151],
		['p.Thr1151dup', 1151],
		['I1171X', 1171],
		['G1202*', 1202],
		['1206Y', 1206],
		['E6;A20', null],
		['V3', null],
		['MET amplification', null],
		['', null]
	])('%s → %s', (name, pos) => expect(residueOf(name)).toBe(pos));

	it('compounds give their components, in order', () => {
		expect(compoundResidues('G1202R/L1196M')).toEqual([1202, 1196]);
		expect(compoundResidues('G1202R/G1269A/L1204V')).toEqual([1202, 1269, 1204]);
		expect(compoundResidues('G1202R')).toBeNull();
		expect(residuesOfNode(node.get('alk-g1202r-l1196m')!, (id) => node.get(id))).toEqual([
			1202, 1196
		]);
		expect(residuesOfNode(node.get('eml4-alk-v3')!, (id) => node.get(id))).toEqual([]);
		expect(residuesOfNode(node.get('met-amplification')!, (id) => node.get(id))).toEqual([]);
	});

	it('every point mutation and insertion of the atlas has a residue', () => {
		const missing = atlas.nodes.filter(
			(n) =>
				n.kind === 'alteration' &&
				(n.subtype === 'point' || n.subtype === 'insertion') &&
				residuesOfNode(n, (id) => node.get(id)).length === 0
		);
		expect(missing.map((n) => n.id)).toEqual([]);
	});
});

describe('lollipop rows', () => {
	const model = lollipopModel(atlas, 'en');
	const needle = (id: string) => model.needles.find((n) => n.id === id)!;

	it('one needle per point mutation or insertion; compounds are arcs', () => {
		expect(needle('alk-g1202r').position).toBe(1202);
		expect(needle('alk-i1151tins').position).toBe(1151);
		expect(model.needles.some((n) => n.id === 'alk-g1202r-l1196m')).toBe(false);
		const arc = model.arcs.find((a) => a.id === 'alk-g1202r-l1196m')!;
		expect(arc.positions).toEqual([1202, 1196]);
		expect(arc.components).toEqual(['alk-g1202r', 'alk-l1196m']);
	});

	it('alterations at one residue are stacked', () => {
		const at1171 = model.needles.filter((n) => n.position === 1171);
		expect(at1171.map((n) => [n.short, n.stack])).toEqual([
			['I1171N', 0],
			['I1171S', 1],
			['I1171T', 2],
			['I1171X', 3]
		]);
	});

	it('height is the highest frequency a source gives, with its setting; else not reported', () => {
		expect(highestFrequency(atlas, 'alk-g1202r', 'en')).toMatchObject({
			value: 43,
			drug: 'brigatinib',
			evidence: 'ev-g1202r-freq-after-2g'
		});
		expect(needle('alk-l1196m').frequency?.value).toBe(7);
		expect(needle('alk-l1196m').frequency?.drugLabel).toBe('Crizotinib');
		expect(needle('alk-i1171n').frequency).toBeNull();
		expect(needle('alk-l1198f').frequency).toBeNull();
	});

	it('generation: latest it emerges after, else the latest it escapes; side by generation', () => {
		// data release 2026.12.0: G1202R is also reported after lorlatinib (seed 002, read as a list)
		expect(needle('alk-g1202r')).toMatchObject({ generation: 3, basis: 'emerges', side: 'down' });
		expect(needle('alk-l1198f')).toMatchObject({ generation: 3, basis: 'emerges', side: 'down' });
		expect(needle('alk-l1196m')).toMatchObject({ generation: 1, basis: 'emerges', side: 'up' });
		// "ceritinib or alectinib" is no longer read as both: I1171X has no generation stated
		expect(needle('alk-i1171x')).toMatchObject({ generation: null, basis: null });
		expect(needle('alk-r1275q')).toMatchObject({ generation: null, basis: null, side: 'up' });
	});

	it('evidence level: the strongest behind the needle', () => {
		expect(needle('alk-g1202r').level).toBe('C');
		expect(needle('alk-l1198f').level).toBe('D');
	});

	it('no residue past ALK is drawn (the misprinted G3709R is kept on its evidence only); the span is the data', () => {
		expect(model.offScale).toEqual([]);
		expect(model.needles.every((n) => n.position >= 1 && n.position <= 1620)).toBe(true);
		expect(model.span).toEqual([1128, 1275]);
	});

	it('selection: a needle → its residue; a compound → itself; a relation → its alteration', () => {
		expect(selectedAlterations(model, atlas, 'alk-i1171t')).toEqual([
			'alk-i1171n',
			'alk-i1171s',
			'alk-i1171t',
			'alk-i1171x'
		]);
		expect(selectedAlterations(model, atlas, 'alk-g1202r-l1196m')).toEqual(['alk-g1202r-l1196m']);
		const rel = atlas.relations.find((r) => r.from === 'alk-g1202r' && r.to === 'lorlatinib')!;
		expect(selectedAlterations(model, atlas, rel.id)).toEqual(['alk-g1202r']);
		expect(selectedAlterations(model, atlas, 'lorlatinib')).toEqual([]);
		expect(selectedAlterations(model, atlas, null)).toEqual([]);
	});

	it('the strip is the sensitivity matrix row: same statuses as the matrix', () => {
		const matrix = sensitivityMatrix(atlas, 'en');
		const [row] = stripRows(matrix, ['alk-g1202r-l1196m']);
		const status = Object.fromEntries(row.cells.map((c) => [c.col, c.status]));
		expect(status).toMatchObject({
			lorlatinib: 'resistant',
			'nvl-655': 'sensitive',
			'tpx-0131': 'sensitive'
		});
		for (const c of row.cells)
			expect(matrix.cells.find((x) => x.row === c.row && x.col === c.col)).toEqual(c);
		expect(stripRows(matrix, [])).toEqual([]);
	});

	it('is deterministic and bilingual', () => {
		expect(lollipopModel(atlas, 'en')).toEqual(model);
		expect(lollipopModel(atlas, 'zh').needles.map((n) => n.id)).toEqual(
			model.needles.map((n) => n.id)
		);
	});
});

describe('story step', () => {
	it('a story step may show the lollipop; an unknown chart is refused', async () => {
		const v = await import('valibot');
		const { StoryStep } = await import('../../src/lib/domain/schema');
		const step = { caption: { en: 'x', zh: 'x' }, show: 'lollipop', cites: ['e'] };
		expect(v.parse(StoryStep, step).show).toBe('lollipop');
		expect(v.safeParse(StoryStep, { ...step, show: 'lolipop' }).success).toBe(false);
	});
});
