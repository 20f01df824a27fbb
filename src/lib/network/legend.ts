/**
 * Which encodings a legend must explain: those of the elements on screen. Pure; the explorer's
 * legend and the exported slide's legend both read it.
 */
import type { EdgeData, ElementDef, NodeData } from './elements';

export interface LegendKeys {
	nodes: Set<string>;
	edges: Set<string>;
	/** an edge of negative evidence is drawn */
	negative: boolean;
	/** an aggregate edge (a family's relations in one line) is drawn */
	aggregate: boolean;
}

/** The legend row a node is explained by, or null for areas and headings. */
export function nodeKey(d: NodeData, classes = ''): string | null {
	if (d.kind === 'group') {
		if (d.sub === 'area' || d.sub === 'heading' || classes.includes('area')) return null;
		return d.count ? 'family' : 'group';
	}
	if (d.kind === 'alteration') return d.sub === 'insertion' ? 'point' : d.sub;
	return d.kind;
}

/** The node and edge keys of the elements in `visible`. */
export function legendKeys(elements: ElementDef[], visible: Set<string>): LegendKeys {
	const keys: LegendKeys = {
		nodes: new Set(),
		edges: new Set(),
		negative: false,
		aggregate: false
	};
	for (const e of elements) {
		if (!visible.has(e.data.id)) continue;
		if (e.group === 'nodes') {
			const k = nodeKey(e.data as NodeData, e.classes);
			if (k) keys.nodes.add(k);
			continue;
		}
		const d = e.data as EdgeData;
		if (d.negative) keys.negative = true;
		else keys.edges.add(d.relation);
		if (d.count) keys.aggregate = true;
	}
	return keys;
}
