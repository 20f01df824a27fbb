/**
 * Sources as CSL-JSON, BibTeX and RIS. BibTeX and RIS are written by `citation-formats.ts`, which
 * escapes every field (citation-js left `}` and line breaks in titles unescaped, wrapped RIS lines
 * and dropped Chinese text); tests read both back with citation-js.
 */
import {
	toBibtex as bib,
	toRis as ris,
	type CslItem,
	type CslName
} from '../export/citation-formats';
import type { Source } from '../domain/types';

/** "SOLOMON B J" → family SOLOMON, given B J; CJK or single-token names stay literal. */
function name(a: string): CslName {
	const parts = a.trim().split(/\s+/);
	if (/[\u3400-\u9fff]/.test(a) || parts.length < 2) return { literal: a };
	if (parts[0] === parts[0].toUpperCase())
		return { family: parts[0], given: parts.slice(1).join(' ') };
	return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
}

/** One CSL-JSON item per source. */
export function toCsl(sources: Source[]): CslItem[] {
	return sources.map((s) => ({
		id: s.id,
		type: s.journal ? 'article-journal' : s.type === 'document' ? 'webpage' : 'article',
		title: s.title,
		...(s.authors ? { author: s.authors.map(name) } : {}),
		...(s.journal ? { 'container-title': s.journal } : {}),
		...(s.year ? { issued: { 'date-parts': [[s.year]] } } : {}),
		...(s.volume ? { volume: s.volume } : {}),
		...(s.issue ? { issue: s.issue } : {}),
		...(s.pages ? { page: s.pages } : {}),
		...(s.doi ? { DOI: s.doi } : {}),
		...(s.pmid ? { PMID: s.pmid } : {}),
		...(s.url ? { URL: s.url } : {}),
		...(s.cited_in ? { note: `Cited as [${s.ref_number}] in ${s.cited_in}` } : {})
	}));
}

export function toBibtex(sources: Source[]): string {
	return bib(toCsl(sources));
}

export function toRis(sources: Source[]): string {
	return ris(toCsl(sources));
}
