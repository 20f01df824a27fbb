// citation-js 0.7 ships no types: the little of it we use.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: { forceType?: string });
		/** the records as CSL-JSON */
		data: Record<string, unknown>[];
		format(
			format: 'bibtex' | 'ris' | 'data' | 'bibliography',
			options?: Record<string, unknown>
		): string;
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
