/**
 * Search over names, aliases and codes in both languages (G1202R, p.Gly1202Arg, 洛拉替尼, LDK378,
 * NCT ids). Pure; case- and punctuation-insensitive for Latin text.
 */
import type { Atlas, AtlasNode } from './types';
import { compareNumeric, type Locale } from './text';
import type { AtlasIndex } from './queries';

export interface SearchHit {
	id: string;
	label: string;
	kind: AtlasNode['kind'];
	/** the term that matched, when it is not the label */
	matched?: string;
	score: number;
}

export interface SearchIndex {
	entries: { node: AtlasNode; terms: string[] }[];
}

/** Lower-case, drop spaces, dots, hyphens and slashes so `p.Gly1202Arg` ~ `pgly1202arg`. */
export function fold(s: string): string {
	return s.toLowerCase().replace(/[\s.\-_/()（）]+/g, '');
}

function termsOf(n: AtlasNode): string[] {
	const t = [n.label.en, n.label.zh, n.id, ...n.aliases];
	if (n.kind === 'alteration') {
		if (n.hgvs) t.push(n.hgvs);
		if (n.short) t.push(n.short);
	}
	if (n.kind === 'drug') t.push(...n.codes);
	if (n.kind === 'trial') {
		if (n.nct) t.push(n.nct);
		if (n.nct_as_printed) t.push(n.nct_as_printed);
	}
	return [...new Set(t)];
}

export function buildSearchIndex(atlas: Atlas): SearchIndex {
	return {
		entries: atlas.nodes
			.filter((n) => n.kind !== 'group')
			.map((node) => ({ node, terms: termsOf(node) }))
	};
}

/** Ranked hits: exact term, then prefix, then substring; ties by label. */
export function search(ix: SearchIndex, query: string, locale: Locale, limit = 12): SearchHit[] {
	const q = fold(query);
	if (!q) return [];
	const hits: SearchHit[] = [];
	for (const { node, terms } of ix.entries) {
		let best = 0;
		let matched: string | undefined;
		for (const term of terms) {
			const f = fold(term);
			const s = f === q ? 3 : f.startsWith(q) ? 2 : f.includes(q) ? 1 : 0;
			if (s > best) {
				best = s;
				matched = term;
			}
		}
		if (best) {
			const label = node.label[locale];
			hits.push({
				id: node.id,
				label,
				kind: node.kind,
				matched: matched === label ? undefined : matched,
				score: best
			});
		}
	}
	return hits.sort((a, b) => b.score - a.score || compareNumeric(a.label, b.label)).slice(0, limit);
}

/**
 * A few terms this atlas answers, for the search box's placeholder: its most connected alteration
 * (short form), drug (in both languages) and trial (NCT), else its most connected mechanism.
 */
export function searchExamples(ix: AtlasIndex, locale: Locale): string[] {
	const degree = (n: AtlasNode) => ix.relationsOf.get(n.id)?.length ?? 0;
	const top = (kind: AtlasNode['kind'], has: (n: AtlasNode) => boolean = () => true) =>
		ix.atlas.nodes
			.filter((n) => n.kind === kind && has(n))
			.sort((a, b) => degree(b) - degree(a))[0];
	/** the label without its parenthesis: "Immune escape (immune evasion)" → "Immune escape" */
	const name = (n: AtlasNode, l: Locale) => n.label[l].replace(/\s*[(（].*$/, '') || n.label[l];
	const out: string[] = [];
	const alteration = top('alteration');
	if (alteration?.kind === 'alteration') out.push(alteration.short ?? name(alteration, locale));
	const drug = top('drug');
	if (drug) out.push(name(drug, locale), name(drug, locale === 'en' ? 'zh' : 'en'));
	const trial = top('trial', (n) => n.kind === 'trial' && !!n.nct);
	if (trial?.kind === 'trial' && trial.nct) out.push(trial.nct);
	if (out.length < 3) {
		const mechanism = top('mechanism');
		if (mechanism) out.push(name(mechanism, locale));
	}
	return [...new Set(out)];
}
