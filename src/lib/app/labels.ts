/** Message lookups keyed by data values (relation type, level, node class, study type). */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/domain/text';

type Msg = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;
const RELATION: Record<string, Msg> = {
	emerges_after: m.rel_emerges_after,
	resistant_to: m.rel_resistant_to,
	sensitive_to: m.rel_sensitive_to,
	component_of: m.rel_component_of,
	associated_with: m.rel_associated_with,
	overcome_by: m.rel_overcome_by,
	evaluated_in: m.rel_evaluated_in
};
const LEVEL: Record<string, Msg> = {
	A: m.level_A,
	B: m.level_B,
	C: m.level_C,
	D: m.level_D,
	E: m.level_E
};
const CLASS: Record<string, Msg> = {
	point: m.cls_point,
	compound: m.cls_compound,
	amplification: m.cls_amplification,
	fusion: m.cls_fusion,
	bypass: m.cls_bypass,
	histologic: m.cls_histologic,
	pharmacologic: m.cls_pharmacologic,
	microenvironment: m.cls_microenvironment,
	'other-mechanism': m.cls_other_mechanism,
	strategy: m.cls_strategy,
	trial: m.cls_trial
};
const KIND: Record<string, Msg> = {
	drug: m.kind_drug,
	alteration: m.kind_alteration,
	mechanism: m.kind_mechanism,
	strategy: m.kind_strategy,
	trial: m.kind_trial,
	group: m.kind_group
};
const STUDY: Record<string, Msg> = {
	'phase-3': m.study_phase_3,
	'phase-2': m.study_phase_2,
	'phase-1-2': m.study_phase_1_2,
	'phase-1': m.study_phase_1,
	prospective: m.study_prospective,
	retrospective: m.study_retrospective,
	'real-world': m.study_real_world,
	'case-report': m.study_case_report,
	preclinical: m.study_preclinical,
	review: m.study_review,
	consensus: m.study_consensus,
	'meta-analysis': m.study_meta_analysis
};
const ACTIVITY: Record<string, Msg> = {
	active: m.act_active,
	inactive: m.act_inactive,
	conflicting: m.act_conflicting,
	unknown: m.act_unknown
};

const get = (table: Record<string, Msg>, key: string, locale?: Locale) =>
	table[key] ? table[key]({}, locale ? { locale } : {}) : key;
export const relationLabel = (k: string) => get(RELATION, k);
/** A relation's name as drawn in words: a negative relation says "not found after" (or similar). */
export const relationText = (r: { type: string; negative?: boolean }) =>
	!r.negative
		? relationLabel(r.type)
		: r.type === 'emerges_after'
			? m.rel_negative_emerges_after()
			: m.rel_negative({ relation: relationLabel(r.type) });
export const levelLabel = (k: string) => get(LEVEL, k);
export const classLabel = (k: string) => get(CLASS, k);
export const kindLabel = (k: string) => get(KIND, k);
/**
 * A legend row's name: a node kind (drug, mechanism, trial, group) or an alteration/mechanism class.
 * `still`: for an exported picture, where nothing can be clicked.
 */
export const nodeKeyLabel = (k: string, still = false) =>
	k === 'family'
		? still
			? m.legend_family_still()
			: m.legend_family()
		: k === 'group'
			? m.legend_group()
			: k === 'drug' || k === 'mechanism' || k === 'trial'
				? kindLabel(k)
				: classLabel(k);
/** A study type's name, in the page's language or in `locale` (a deck in the other language). */
export const studyLabel = (k: string, locale?: Locale) => get(STUDY, k, locale);
export const activityLabel = (k: string) => get(ACTIVITY, k);
