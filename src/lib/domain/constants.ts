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
