/**
 * What the genotype panel shows, apart from how: the alterations one can pick, the answer's groups
 * and the drugs to ring in the network. Pure (the panel and its parts only render this).
 */
import { activityFor, groupActivity, type Activity, type DrugActivity } from './activity';
import { compareNumeric } from './text';
import type { Atlas, AtlasNode } from './types';

/** A glyph per verdict, so the answer does not rest on colour alone. */
export const GLYPH: Record<Activity, string> = {
	active: '✓',
	inactive: '✗',
	conflicting: '!',
	unknown: '?'
};

/**
 * The alterations and mechanisms some sensitive_to / resistant_to relation speaks about, by label
 * in numeric order (`L1152R` before `L1196M`, `G1202R` before `G1269A`).
 */
export function genotypeCandidates(atlas: Atlas): AtlasNode[] {
	const speaks = new Set(
		atlas.relations
			.filter((r) => r.type === 'sensitive_to' || r.type === 'resistant_to')
			.map((r) => r.from)
	);
	return atlas.nodes
		.filter((n) => (n.kind === 'alteration' || n.kind === 'mechanism') && speaks.has(n.id))
		.sort((a, b) => compareNumeric(a.label.en, b.label.en));
}

/** The answer for a genotype: each drug's activity, grouped (nothing without a genotype). */
export function genotypeAnswer(atlas: Atlas, geno: string[]) {
	const rows: DrugActivity[] = geno.length ? activityFor(atlas, geno) : [];
	return { rows, groups: groupActivity(rows) };
}

/** The drugs active against the genotype: the network rings them. */
export const activeDrugs = (rows: DrugActivity[]) =>
	rows.filter((r) => r.activity === 'active').map((r) => r.drug);

/** Where a drug of the answer leads: the relation that speaks for it, else the drug. */
export const answerTarget = (r: DrugActivity) => r.relations[0] ?? r.drug;
