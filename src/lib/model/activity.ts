/**
 * "What is active against this genotype": for chosen alterations, each drug's activity according to
 * the evidence (sensitive_to = active, resistant_to = inactive, both = conflicting, none = unknown). Pure.
 */
import type { Atlas } from './types';
import { compareText } from './text';

export type Activity = 'active' | 'inactive' | 'conflicting' | 'unknown';

export interface DrugActivity {
	drug: string;
	activity: Activity;
	/** per alteration: relation ids that speak */
	relations: string[];
	evidence: string[];
	generation: number | null;
}

export function activityFor(atlas: Atlas, alterations: string[]): DrugActivity[] {
	const drugs = atlas.nodes.filter((n) => n.kind === 'drug');
	return drugs
		.map((d) => {
			const rels = atlas.relations.filter(
				(r) =>
					alterations.includes(r.from) &&
					r.to === d.id &&
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
