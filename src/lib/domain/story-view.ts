/**
 * A story step's `view` (a query string): the parameters a step may set, and what in it cannot be
 * applied to an atlas. Used by the data validator (curated stories fail) and by my story (the
 * problem is dropped from the step, with a notice). Pure.
 */
import type { NetworkAtlas } from './types';
import { parseView, serializeView } from './view-state';

/** The view parameters a story step may carry (selection, arrangement, filters). */
export const VIEW_PARAMS = [
	'sel',
	'arr',
	'gen',
	'drug',
	'cls',
	'rel',
	'lvl',
	'geno',
	'exp',
	'next',
	'labels'
] as const;

export interface ViewProblem {
	param: string;
	value: string;
	/** an unknown parameter name, or a value the atlas does not have */
	kind: 'parameter' | 'value';
}

/** Unknown parameter names (`selx=`, `step=`, `theme=`) and values the atlas does not have. */
export function viewProblems(view: string, atlas: NetworkAtlas): ViewProblem[] {
	const params = new URLSearchParams(view);
	const unknown = [...new Set(params.keys())]
		.filter((k) => !(VIEW_PARAMS as readonly string[]).includes(k))
		.map((k) => ({
			param: k.slice(0, 60),
			value: (params.get(k) ?? '').slice(0, 60),
			kind: 'parameter' as const
		}));
	const values = parseView(params, atlas).notices.map((n) => ({ ...n, kind: 'value' as const }));
	return [...unknown, ...values];
}

/** One line for a problem: `unknown parameter "selx"` or `unknown sel "x"`. */
export function describeProblem(p: ViewProblem): string {
	return p.kind === 'parameter'
		? `unknown parameter "${p.param}"`
		: `unknown ${p.param} "${p.value}"`;
}

/** The view with its problems removed: what `parseView` applies, written back as a query. */
export function cleanView(view: string, atlas: NetworkAtlas): string {
	return serializeView(parseView(new URLSearchParams(view), atlas).view).slice(1);
}
