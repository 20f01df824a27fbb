/**
 * "What is active against this genotype": for chosen alterations, each drug's activity according to
 * the evidence (sensitive_to = active, resistant_to = inactive, both = conflicting, none = unknown).
 * A relation to a drug-generation group (atlas.yaml `generation_groups`) speaks for every drug of
 * that generation; a negative relation (looked for and not found) never counts. Pure.
 */
import type { Atlas, AtlasMeta, AtlasNode, Relation } from './types';
import { compareText } from './text';
import { generationGroup } from './vocabulary';

export type Activity = 'active' | 'inactive' | 'conflicting' | 'unknown';

export interface DrugActivity {
	drug: string;
	activity: Activity;
	/** per alteration: relation ids that speak */
	relations: string[];
	evidence: string[];
	generation: number | null;
}

export function activityFor(atlas: Atlas, chosen: string[]): DrugActivity[] {
	const drugs = atlas.nodes.filter((n) => n.kind === 'drug');
	const speaks = (a: string) =>
		atlas.relations.some(
			(r) => r.from === a && (r.type === 'sensitive_to' || r.type === 'resistant_to')
		);
	// what the evidence says nothing about for any drug (a pasted fusion variant) cannot veto the answer
	const alterations = chosen.filter(speaks);
	return drugs
		.map((d) => {
			const rels = atlas.relations.filter(
				(r) =>
					alterations.includes(r.from) &&
					!r.negative &&
					speaksFor(atlas.meta, r, d) &&
					(r.type === 'sensitive_to' || r.type === 'resistant_to')
			);
			const verdicts = alterations.map((a) => {
				const mine = rels.filter((r) => r.from === a);
				const s = mine.some((r) => r.type === 'sensitive_to');
				const x = mine.some((r) => r.type === 'resistant_to');
				return s && x ? 'conflicting' : s ? 'active' : x ? 'inactive' : 'unknown';
			});
			// a drug is active against the genotype only if active against every chosen alteration
			const activity: Activity = verdicts.includes('conflicting')
				? 'conflicting'
				: verdicts.includes('inactive')
					? 'inactive'
					: verdicts.length && verdicts.every((v) => v === 'active')
						? 'active'
						: 'unknown';
			return {
				drug: d.id,
				activity,
				relations: rels.map((r) => r.id),
				evidence: [...new Set(rels.flatMap((r) => r.evidence))],
				generation: d.kind === 'drug' ? d.generation : null
			};
		})
		.sort(
			(a, b) =>
				order(a.activity) - order(b.activity) ||
				(a.generation ?? 9) - (b.generation ?? 9) ||
				compareText(a.drug, b.drug)
		);
}

/** The relation ends at this drug, or at the generation group the drug belongs to. */
function speaksFor(meta: AtlasMeta, r: Relation, d: AtlasNode): boolean {
	if (r.to === d.id) return true;
	const gen = generationGroup(meta, r.to);
	return gen !== null && d.kind === 'drug' && d.generation === gen;
}

function order(a: Activity) {
	return ['active', 'conflicting', 'inactive', 'unknown'].indexOf(a);
}

export const ACTIVITY_ORDER: readonly Activity[] = ['active', 'inactive', 'conflicting', 'unknown'];

/**
 * The answer grouped as the panel shows it: active, inactive, conflicting, no evidence (each in
 * `activityFor`'s order; empty groups left out).
 */
export function groupActivity(
	rows: readonly DrugActivity[]
): { activity: Activity; rows: DrugActivity[] }[] {
	return ACTIVITY_ORDER.map((activity) => ({
		activity,
		rows: rows.filter((r) => r.activity === activity)
	})).filter((g) => g.rows.length > 0);
}
