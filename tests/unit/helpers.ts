/** A small in-memory atlas for model tests, validated by the real validator. */
import { validateAtlas } from '../../src/lib/domain/validate';
import { expect } from 'vitest';

const T = (en: string, zh = en) => ({ en, zh });
const doc = { id: 'doc', type: 'document', file: 'doc.txt', title: 'Doc' };
/** The study type whose ceiling is `level` (graph-data/README.md, "Evidence levels"). */
const STUDY: Record<string, string> = {
	A: 'phase-3',
	B: 'retrospective',
	C: 'case-report',
	D: 'preclinical',
	E: 'review'
};
const ev = (id: string, level: string, figures: unknown[] = []) => ({
	id,
	claim: T(id),
	// level A needs a figure and a cited report
	figures:
		level === 'A' && !figures.length ? [{ measure: 'count', value: 1, unit: 'count' }] : figures,
	source: 'doc',
	cites: level === 'A' ? ['doc'] : [],
	study_type: STUDY[level],
	level,
	// the quote names what the relations citing it join (label, alias or code)
	quote: `${id}: 1 G1202R L1196M MET crizotinib alectinib lorlatinib PROFILE 1014`
});

export function miniAtlas() {
	return validateAtlas('mini', [
		{
			file: 'mini/atlas.yaml',
			data: { id: 'mini', title: T('Mini'), description: T('d'), disease: T('d') }
		},
		{
			file: 'mini/all.yaml',
			data: {
				sources: [doc],
				nodes: [
					{ id: 'tkis', kind: 'group', label: T('TKIs') },
					{
						id: 'crizotinib',
						kind: 'drug',
						label: T('Crizotinib', '克唑替尼'),
						aliases: ['PF-02341066'],
						generation: 1,
						drug_class: 'alk-tki',
						status: 'approved',
						group: 'tkis'
					},
					{
						id: 'alectinib',
						kind: 'drug',
						label: T('Alectinib', '阿来替尼'),
						codes: ['CH5424802'],
						generation: 2,
						drug_class: 'alk-tki',
						status: 'approved',
						group: 'tkis'
					},
					{
						id: 'lorlatinib',
						kind: 'drug',
						label: T('Lorlatinib', '洛拉替尼'),
						generation: 3,
						drug_class: 'alk-tki',
						status: 'approved',
						group: 'tkis'
					},
					{
						id: 'alk-g1202r',
						kind: 'alteration',
						subtype: 'point',
						hgvs: 'p.Gly1202Arg',
						short: 'G1202R',
						label: T('ALK G1202R')
					},
					{
						id: 'alk-l1196m',
						kind: 'alteration',
						subtype: 'point',
						short: 'L1196M',
						label: T('ALK L1196M'),
						unlinked: T('only a component of the compound')
					},
					{
						id: 'alk-g1202r-l1196m',
						kind: 'alteration',
						subtype: 'compound',
						components: ['alk-g1202r', 'alk-l1196m'],
						label: T('ALK G1202R/L1196M')
					},
					{
						id: 'met-amp',
						kind: 'mechanism',
						mechanism_class: 'bypass',
						label: T('MET amplification', 'MET 扩增')
					},
					{
						id: 'profile-1014',
						kind: 'trial',
						phase: '3',
						drugs: ['crizotinib'],
						nct: 'NCT01154140',
						label: T('PROFILE 1014')
					}
				],
				evidence: [
					ev('e-freq', 'B', [
						{ measure: 'frequency', value: 29, unit: '%', arm: 'alectinib' },
						{ measure: 'frequency', value: 43, unit: '%', arm: 'lorlatinib' }
					]),
					ev('e-sens', 'D'),
					ev('e-res', 'B'),
					ev('e-met', 'B', [
						{ measure: 'frequency', value: 22, unit: '%', denominator: 23, arm: 'lorlatinib' }
					]),
					ev('e-trial', 'A')
				],
				relations: [
					{
						id: 'r1',
						type: 'emerges_after',
						from: 'alk-g1202r',
						to: 'alectinib',
						evidence: ['e-freq']
					},
					{
						id: 'r2',
						type: 'sensitive_to',
						from: 'alk-g1202r',
						to: 'lorlatinib',
						evidence: ['e-sens']
					},
					{
						id: 'r3',
						type: 'resistant_to',
						from: 'alk-g1202r',
						to: 'alectinib',
						evidence: ['e-res']
					},
					{
						id: 'r4',
						type: 'resistant_to',
						from: 'alk-g1202r-l1196m',
						to: 'lorlatinib',
						evidence: ['e-res']
					},
					{
						id: 'r5',
						type: 'emerges_after',
						from: 'met-amp',
						to: 'lorlatinib',
						evidence: ['e-met']
					},
					{
						id: 'r6',
						type: 'evaluated_in',
						from: 'crizotinib',
						to: 'profile-1014',
						evidence: ['e-trial']
					},
					{
						id: 'r7',
						type: 'component_of',
						from: 'alk-g1202r',
						to: 'alk-g1202r-l1196m',
						evidence: ['e-res']
					}
				]
			}
		}
	]);
}

/** The message of the atlas data error `run` throws (it must throw one). */
export function failure(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		expect((e as Error).name).toMatch(/^AtlasDataErrors?$/);
		return (e as Error).message;
	}
	throw new Error('loaded without error');
}
