/**
 * Vocabularies the views need without the schema (and its validator library) loaded with them.
 * schema.ts re-exports these.
 */

/** CIViC evidence levels: A validated, B clinical, C case study, D preclinical, E inferential. */
export const LEVELS = ['A', 'B', 'C', 'D', 'E'] as const;

export const RELATIONS = [
	'emerges_after',
	'resistant_to',
	'sensitive_to',
	'component_of',
	'associated_with',
	'overcome_by',
	'evaluated_in'
] as const;

/**
 * The charts by name: their order on `/charts`, their URLs (`/embed/chart/<name>`,
 * `/svg/<name>-<locale>.svg`) and a story step's `show`.
 */
export const CHART_NAMES = ['frequency', 'sensitivity', 'trials', 'shares', 'lollipop'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** What a story step shows: the network or one chart. */
export const SHOW_KINDS = ['network', ...CHART_NAMES] as const;

/** Colour themes of the pages, embeds and the network (`theme=` in an embed URL). */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
