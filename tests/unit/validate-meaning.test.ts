/** The meaning rules (validate-meaning.ts): each bad fixture fails naming the file and the id. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { AtlasDataError } from '../../src/lib/domain/validate';
import { printedBounds } from '../../src/lib/domain/validate-meaning';
import { activityFor } from '../../src/lib/domain/activity';
import { frequencyRows, sensitivityMatrix } from '../../src/lib/domain/charts';
import type { Atlas } from '../../src/lib/domain/types';
import { edgesCsv } from '../../src/lib/export/exports';
import { csvParse } from 'd3-dsv';

const fx = (name: string) => resolve(__dirname, 'fixtures', name);

function problemsOf(name: string): string {
	try {
		loadAtlas('t', fx(name));
	} catch (e) {
		expect(e).toBeInstanceOf(AtlasDataError);
		return (e as Error).message;
	}
	throw new Error(`fixture ${name} loaded without error`);
}

describe('meaning rules name file and id', () => {
	it('the valid fixture passes every meaning rule', () => {
		expect(loadAtlas('t', fx('valid')).relations).toHaveLength(1);
	});
	it.each([
		[
			'meaning-negative',
			't/relations.yaml [rel-1]: supported only by does-not-support evidence (ev-1): mark it `negative: true`'
		],
		[
			'meaning-unnamed',
			't/relations.yaml [rel-1]: the quote of ev-1 names neither "alk-c1156y" nor "crizotinib"'
		],
		[
			'meaning-residue',
			't/nodes.yaml [alk-g3709r]: point mutation at residue 3709 is outside ALK (1620 aa)'
		],
		[
			'meaning-level',
			't/evidence.yaml [ev-1]: level B is above the ceiling E for study type review'
		],
		[
			'meaning-unlinked',
			't/nodes.yaml [alectinib]: joins no relation: connect it, or say why in `unlinked`'
		],
		[
			'meaning-bound',
			"t/evidence.yaml [ev-1]: 7 is printed as a lower bound but stored without a qualifier ('>' or '≥')"
		]
	])('%s', (name, message) => {
		const problems = problemsOf(name);
		expect(problems).toContain(message);
		// one fixture, one kind of defect
		expect(problems.match(/\n {2}t\//g)).toHaveLength(1);
	});
});

describe('printed bounds', () => {
	it.each([
		['TPX-0131 的抑制效力是洛拉替尼的 100 倍以上', [100, 'lower']],
		['发现了 20 多种 ALK 融合变异体', [20, 'lower']],
		['中位持续治疗时间至少14个月', [14, 'lower']],
		['颅内 PFS 无显著差异( $P>0.05$ )<sup>[61]</sup>', [0.05, 'lower']],
		['over 70% of cases', [70, 'lower']],
		['( $P<0.001$ )', [0.001, 'upper']],
		['并在治疗开始后 3 个月内出现疾病进展', [3, 'upper']],
		['大部分患者在治疗1年内耐药', [1, 'upper']]
	])('%s', (quote, [value, dir]) => {
		expect(printedBounds(quote)).toContainEqual({ value, dir });
	});
	it('ignores markup and plain numbers', () => {
		expect(printedBounds('PROFILE-1014 <sup>[5]</sup> 10.9 74')).toEqual([]);
	});
});

/** A tiny atlas: one mutation, one drug, one generation group with a second drug in it. */
function atlasWith(relations: Atlas['relations']): Atlas {
	const drug = (id: string, generation: 1 | 2) => ({
		id,
		kind: 'drug' as const,
		label: { en: id, zh: id },
		aliases: [],
		evidence: [],
		generation,
		drug_class: 'alk-tki' as const,
		codes: [],
		status: 'approved' as const,
		targets: [],
		cns_penetration: 'unknown' as const,
		pgp_substrate: null
	});
	return {
		meta: {
			id: 't',
			title: { en: 'T', zh: 'T' },
			description: { en: 'T', zh: 'T' },
			disease: { en: 'T', zh: 'T' },
			coverage_sources: [],
			order: 0,
			proteins: [],
			mechanism_columns: [],
			// what makes tki-gen-2 a generation group (atlas.yaml)
			generation_groups: [{ group: 'tki-gen-2', generation: 2 as const }],
			share_classes: []
		},
		nodes: [
			drug('crizotinib', 1),
			drug('alectinib', 2),
			drug('brigatinib', 2),
			{
				id: 'tki-gen-2',
				kind: 'group',
				label: { en: 'Gen 2', zh: '二代' },
				aliases: [],
				evidence: []
			},
			{
				id: 'met-amp',
				kind: 'alteration',
				subtype: 'amplification',
				gene: 'MET',
				label: { en: 'MET amp', zh: 'MET 扩增' },
				aliases: [],
				evidence: [],
				components: []
			}
		],
		relations,
		evidence: [
			{
				id: 'ev-1',
				claim: { en: 'x', zh: 'x' },
				figures: [{ measure: 'frequency', value: 0, unit: '%', arm: 'crizotinib' }],
				source: 'doc',
				cites: [],
				study_type: 'review',
				level: 'E',
				direction: 'does-not-support',
				conflicts_with: [],
				quote: 'x'
			}
		],
		sources: [],
		excluded: [],
		classShares: [],
		stories: [],
		fileOf: {}
	};
}

describe('negative relations are never counted', () => {
	const neg = {
		id: 'r-neg',
		from: 'met-amp',
		to: 'crizotinib',
		negative: true as const,
		evidence: ['ev-1']
	};
	it('the genotype answer ignores a negative resistant_to', () => {
		const a = atlasWith([{ ...neg, type: 'resistant_to' }]);
		expect(activityFor(a, ['met-amp']).find((x) => x.drug === 'crizotinib')?.activity).toBe(
			'unknown'
		);
	});
	it('the matrix says "not found" and never resistant', () => {
		const a = atlasWith([{ ...neg, type: 'resistant_to' }]);
		expect(sensitivityMatrix(a, 'en').cells.find((c) => c.col === 'crizotinib')?.status).toBe(
			'not-found'
		);
	});
	it('the frequency chart drops a negative emerges_after', () => {
		const a = atlasWith([{ ...neg, type: 'emerges_after' }]);
		expect(frequencyRows(a, 'en')).toEqual([]);
	});
	it('an edge to a generation group speaks for each drug of that generation', () => {
		const a = atlasWith([
			{ id: 'r-g', type: 'resistant_to', from: 'met-amp', to: 'tki-gen-2', evidence: ['ev-1'] }
		]);
		const act = Object.fromEntries(activityFor(a, ['met-amp']).map((x) => [x.drug, x.activity]));
		expect(act).toEqual({ alectinib: 'inactive', brigatinib: 'inactive', crizotinib: 'unknown' });
	});
});

describe('the audited ALK atlas (release 2026.12.0)', () => {
	const atlas = loadAtlas('alk-nsclc', resolve(__dirname, '../../graph-data'));
	const activity = (geno: string[], drug: string) =>
		activityFor(atlas, geno).find((x) => x.drug === drug)?.activity;
	it('MET amplification after crizotinib is negative evidence, exported as such', () => {
		const r = atlas.relations.find(
			(x) => x.id === 'rel-met-amplification-emerges-after-crizotinib'
		);
		expect(r?.negative).toBe(true);
		const row = csvParse(edgesCsv(atlas)).find((x) => x.id === r?.id);
		expect(row?.negative).toBe('true');
	});
	it('"ceritinib or alectinib" does not make C1156Y inactive against alectinib', () => {
		expect(activity(['alk-c1156y'], 'alectinib')).toBe('unknown');
		expect(activity(['alk-c1156y'], 'ensartinib')).toBe('active');
	});
	it('a second-generation group edge reaches each second-generation drug', () => {
		expect(activity(['alk-g1202r-l1196m'], 'alectinib')).toBe('inactive');
		expect(activity(['alk-v1185l-l1196m'], 'brigatinib')).toBe('active');
	});
	it('G1202RL1198F after lorlatinib reads as two single mutations', () => {
		const after = atlas.relations
			.filter((r) => r.type === 'emerges_after' && r.to === 'lorlatinib')
			.filter((r) => r.evidence.includes('ev-002-lorlatinib-resistance-mutations'))
			.map((r) => r.from)
			.sort();
		expect(after).toEqual(['alk-g1202r', 'alk-l1198f']);
	});
	it('no node carries a residue ALK does not have', () => {
		expect(atlas.nodes.find((n) => n.id === 'alk-g3709r')).toBeUndefined();
		expect(atlas.meta.proteins).toContainEqual({
			gene: 'ALK',
			length: 1620,
			evidence: 'ev-003-alk-protein-length'
		});
	});
});
