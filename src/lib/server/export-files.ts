/** The open export files of an atlas: name suffix → content type and maker. */
import { edgesCsv, evidenceCsv, nodesCsv, toCyjs, toGraphML } from '../export/exports';
import { toBibtex, toCsl, toRis } from './citations';
import type { Atlas } from '../domain/types';

export const EXPORT_FORMATS: Record<
	string,
	{ type: string; make: (a: Atlas, release: string) => string }
> = {
	'.cyjs': { type: 'application/json', make: (a, r) => JSON.stringify(toCyjs(a, r), null, 1) },
	'.graphml': { type: 'application/xml', make: toGraphML },
	'-nodes.csv': { type: 'text/csv', make: nodesCsv },
	'-edges.csv': { type: 'text/csv', make: edgesCsv },
	'-evidence.csv': { type: 'text/csv', make: evidenceCsv },
	'.sources.json': {
		type: 'application/json',
		make: (a) => JSON.stringify(toCsl(a.sources), null, 1)
	},
	'.bib': { type: 'text/plain', make: (a) => toBibtex(a.sources) },
	'.ris': { type: 'text/plain', make: (a) => toRis(a.sources) }
};
