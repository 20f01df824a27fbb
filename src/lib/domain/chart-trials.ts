/**
 * Trial efficacy and mechanism-class shares as chart rows. Pure.
 */
import type { Atlas } from './types';
import { compareNumeric, compareText, type Locale } from './text';
import { shortSource } from './charts';
import { generationOf } from './vocabulary';

export const TRIAL_MEASURES = ['mPFS', 'ORR', 'iORR'] as const;
export type TrialMeasure = (typeof TRIAL_MEASURES)[number];

export interface TrialRow {
	/** evidence id + figure index: two sources for one trial give two rows */
	key: string;
	trial: string;
	trialLabel: string;
	drug: string;
	drugLabel: string;
	generation: number | null;
	measure: TrialMeasure;
	value: number | null;
	notReached: boolean;
	/** a bound, not a value (e.g. > 60 months) */
	qualifier?: string;
	ciLow?: number;
	ciHigh?: number;
	unit: string;
	evidence: string;
	/** the relation the row stands for (drug evaluated_in trial) — what a click selects */
	relation: string;
}

/** Figures mPFS / ORR / iORR of the drug arm of each `evaluated_in` relation. */
export function trialRows(atlas: Atlas, locale: Locale): TrialRow[] {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const rows: TrialRow[] = [];
	const seen = new Set<string>();
	for (const r of atlas.relations) {
		if (r.type !== 'evaluated_in') continue;
		const drug = node.get(r.from);
		const trial = node.get(r.to);
		if (drug?.kind !== 'drug' || trial?.kind !== 'trial' || drug.generation === null) continue;
		for (const eid of r.evidence) {
			const e = ev.get(eid)!;
			e.figures.forEach((f, i) => {
				const measure = TRIAL_MEASURES.find((m) => m === f.measure);
				const key = `${e.id}#${i}`;
				if (!measure || f.arm !== drug.id || seen.has(key)) return;
				seen.add(key);
				rows.push({
					key,
					trial: trial.id,
					trialLabel: trial.label[locale],
					drug: drug.id,
					drugLabel: drug.label[locale],
					generation: generationOf(atlas.meta, drug),
					measure,
					value: f.not_reached ? null : (f.value ?? null),
					notReached: !!f.not_reached,
					qualifier: f.qualifier,
					ciLow: f.ci_low,
					ciHigh: f.ci_high,
					unit: f.unit,
					evidence: e.id,
					relation: r.id
				});
			});
		}
	}
	return rows.sort(
		(a, b) =>
			(a.generation ?? 9) - (b.generation ?? 9) ||
			compareText(a.drugLabel, b.drugLabel) ||
			compareNumeric(a.trialLabel, b.trialLabel) ||
			compareText(a.key, b.key)
	);
}

export interface ShareRow {
	key: string;
	class: string;
	of: string;
	setting: string;
	low: number;
	high: number;
	evidence: string;
	/** the relation (else the node) the evidence stands behind — what a click selects */
	id: string;
	source: string;
}

/** The curated class-share rows with their numbers resolved from the evidence. */
export function shareRows(atlas: Atlas, locale: Locale): ShareRow[] {
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const behind = (e: string) =>
		atlas.relations.find((r) => r.evidence.includes(e))?.id ??
		atlas.nodes.find((n) => n.evidence.includes(e))?.id ??
		'';
	return atlas.classShares.map((c) => {
		const e = ev.get(c.evidence)!;
		const f = e.figures[c.figure];
		return {
			key: c.id,
			id: behind(e.id),
			class: c.class,
			of: c.of[locale],
			setting: c.setting[locale],
			low: f.low ?? f.value ?? 0,
			high: f.high ?? f.value ?? 0,
			evidence: e.id,
			source: shortSource(atlas, e)
		};
	});
}
