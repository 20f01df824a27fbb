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

/** Drug generations (a drug's `generation`, a generation group's in `atlas.yaml`), in axis order. */
export const GENERATIONS = [1, 2, 3, 4] as const;

/**
 * Colours an atlas may give a share class (`atlas.yaml` `share_classes`), by their Okabe–Ito
 * names; the charts' palette holds their values.
 */
export const CHART_COLOURS = [
	'vermilion',
	'orange',
	'bluish-green',
	'sky-blue',
	'blue',
	'reddish-purple',
	'yellow',
	'grey'
] as const;
export type ChartColour = (typeof CHART_COLOURS)[number];

/** Colour themes of the pages, embeds and the network (`theme=` in an embed URL). */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
