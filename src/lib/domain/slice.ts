/**
 * The part of an atlas one evidence page needs: the element, its relations and their ends, every
 * evidence item shown (and what conflicts with it), and the sources they cite. Pure.
 */
import type { Atlas } from './types';

export function sliceFor(atlas: Atlas, id: string): Atlas {
	const rel = atlas.relations.filter((r) => r.id === id || r.from === id || r.to === id);
	const nodeIds = new Set([id, ...rel.flatMap((r) => [r.from, r.to])]);
	const node = atlas.nodes.find((n) => n.id === id);
	const evIds = new Set([...(node?.evidence ?? []), ...rel.flatMap((r) => r.evidence)]);
	for (const e of atlas.evidence)
		if (evIds.has(e.id)) e.conflicts_with.forEach((c) => evIds.add(c));
		else if (e.conflicts_with.some((c) => evIds.has(c))) evIds.add(e.id);
	const evidence = atlas.evidence.filter((e) => evIds.has(e.id));
	for (const e of evidence)
		e.figures.forEach((f) => [f.arm, f.versus].forEach((x) => x && nodeIds.add(x)));
	const srcIds = new Set(evidence.flatMap((e) => [e.source, ...e.cites]));
	return {
		meta: atlas.meta,
		nodes: atlas.nodes.filter((n) => nodeIds.has(n.id)),
		relations: rel,
		evidence,
		sources: atlas.sources.filter((s) => srcIds.has(s.id)),
		excluded: [],
		classShares: [],
		stories: [],
		fileOf: {}
	};
}
