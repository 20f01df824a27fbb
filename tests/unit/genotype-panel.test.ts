/** What the genotype panel shows: its candidates, the grouped answer, the drugs it rings. */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import {
	activeDrugs,
	answerTarget,
	genotypeAnswer,
	genotypeCandidates,
	GLYPH
} from '../../src/lib/domain/genotype-panel';
import { ACTIVITY_ORDER } from '../../src/lib/domain/activity';

const alk = loadAtlas('alk-nsclc');

describe('genotype panel', () => {
	it('offers the alterations and mechanisms that a sensitive_to / resistant_to relation speaks about', () => {
		const ids = genotypeCandidates(alk).map((n) => n.id);
		expect(ids).toContain('alk-g1202r');
		expect(ids).toContain('met-amplification');
		expect(ids).not.toContain('lorlatinib');
		for (const id of ids)
			expect(
				alk.relations.some(
					(r) => r.from === id && (r.type === 'sensitive_to' || r.type === 'resistant_to')
				)
			).toBe(true);
		// numeric order of the labels: G1202R before G1269A
		expect(ids.indexOf('alk-g1202r')).toBeLessThan(ids.indexOf('alk-g1269a'));
	});
	it('answers nothing without a genotype', () => {
		expect(genotypeAnswer(alk, [])).toEqual({ rows: [], groups: [] });
	});
	it('groups G1202R: lorlatinib active, in the panel order, every drug once', () => {
		const { rows, groups } = genotypeAnswer(alk, ['alk-g1202r']);
		expect(groups.map((g) => g.activity)).toEqual(
			ACTIVITY_ORDER.filter((a) => rows.some((r) => r.activity === a))
		);
		expect(groups.flatMap((g) => g.rows)).toHaveLength(rows.length);
		expect(activeDrugs(rows)).toContain('lorlatinib');
		expect(activeDrugs(rows)).not.toContain('crizotinib');
		const lorlatinib = rows.find((r) => r.drug === 'lorlatinib')!;
		expect(alk.relations.find((r) => r.id === answerTarget(lorlatinib))?.to).toBeDefined();
	});
	it('a drug with no evidence leads to the drug itself; every verdict has a glyph', () => {
		const none = genotypeAnswer(alk, ['alk-g1202r']).rows.find((r) => !r.relations.length)!;
		expect(answerTarget(none)).toBe(none.drug);
		expect(new Set(Object.values(GLYPH)).size).toBe(4);
	});
});
