/**
 * Queries over a validated atlas. Pure.
 */
import type { Atlas, AtlasNode, Evidence, Relation, Source } from './types';

export interface AtlasIndex {
	atlas: Atlas;
	node: Map<string, AtlasNode>;
	relation: Map<string, Relation>;
	evidence: Map<string, Evidence>;
	source: Map<string, Source>;
	/** relations touching a node */
	relationsOf: Map<string, Relation[]>;
	/** conflicts_with made symmetric */
	conflicts: Map<string, string[]>;
}

export function indexAtlas(atlas: Atlas): AtlasIndex {
	const relationsOf = new Map<string, Relation[]>();
	for (const r of atlas.relations)
		for (const end of [r.from, r.to]) {
			const list = relationsOf.get(end) ?? [];
			list.push(r);
			relationsOf.set(end, list);
		}
	const conflicts = new Map<string, string[]>();
	const link = (a: string, b: string) => {
		const l = conflicts.get(a) ?? [];
		if (!l.includes(b)) l.push(b);
		conflicts.set(a, l);
	};
	for (const e of atlas.evidence)
		for (const c of e.conflicts_with) {
			link(e.id, c);
			link(c, e.id);
		}
	return {
		atlas,
		node: new Map(atlas.nodes.map((n) => [n.id, n])),
		relation: new Map(atlas.relations.map((r) => [r.id, r])),
		evidence: new Map(atlas.evidence.map((e) => [e.id, e])),
		source: new Map(atlas.sources.map((s) => [s.id, s])),
		relationsOf,
		conflicts
	};
}

/** Evidence ids for a node (its own, plus every relation touching it) or a relation. */
export function evidenceFor(ix: AtlasIndex, id: string): Evidence[] {
	const ids = new Set<string>();
	const rel = ix.relation.get(id);
	if (rel) rel.evidence.forEach((e) => ids.add(e));
	const node = ix.node.get(id);
	if (node) {
		node.evidence.forEach((e) => ids.add(e));
		for (const r of ix.relationsOf.get(id) ?? []) r.evidence.forEach((e) => ids.add(e));
	}
	return [...ids].map((e) => ix.evidence.get(e)).filter((e): e is Evidence => !!e);
}

/** DOI / PMID / NCT links of a source. */
export function sourceLinks(
	s: Source
): { kind: 'DOI' | 'PMID' | 'NCT'; id: string; href: string }[] {
	const out: { kind: 'DOI' | 'PMID' | 'NCT'; id: string; href: string }[] = [];
	if (s.doi) out.push({ kind: 'DOI', id: s.doi, href: `https://doi.org/${s.doi}` });
	if (s.pmid)
		out.push({ kind: 'PMID', id: s.pmid, href: `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/` });
	if (s.nct)
		out.push({ kind: 'NCT', id: s.nct, href: `https://clinicaltrials.gov/study/${s.nct}` });
	return out;
}
