/**
 * The classes a network view gives its elements (filters, selection, neighbourhood, edge detail,
 * the genotype answer, open families) and which elements it must hold to draw them. Pure: no
 * Cytoscape; `network-view.ts` applies it to an instance, the benchmark's bare page reads it.
 */
import { areaMembers, type EdgeData, type ElementDef } from './elements';

export interface ClassState {
	/** ids drawn at all (filters) */
	visible: Set<string>;
	selected: string | null;
	/** the selection's neighbourhood (others fade) */
	focus: Set<string>;
	/** a large network zoomed out: edges in overview detail, except the neighbourhood's */
	overview: boolean;
	/** leaves inside each group area (`areaMembers`) */
	members: Map<string, string[]>;
	/** the genotype answer (genotype and active drugs), ringed */
	highlight?: Set<string>;
}

/**
 * The class state of a network model's view (`networkModel`): its filters and neighbourhood, with
 * `selected` and the edge detail (`overview`) as the caller has them.
 */
export const classState = (
	net: { elements: ElementDef[]; visible: Set<string>; focus: Set<string> },
	selected: string | null,
	overview: boolean
): ClassState => ({
	visible: net.visible,
	selected,
	focus: net.focus,
	overview,
	members: areaMembers(net.elements)
});

/** The areas of the overview's open families that the view shows (`open:<family>`). */
export const openAreas = (visible: Set<string>) =>
	[...visible].filter((id) => id.startsWith('open:'));

/**
 * Not drawn: not in the view's `visible` set; an area of a full arrangement, when nothing inside
 * it is shown (the overview's areas are in `visible` themselves).
 */
function hidden(id: string, s: ClassState): boolean {
	const inside = s.members.get(id);
	return inside?.length ? !inside.some((m) => s.visible.has(m)) : !s.visible.has(id);
}

/** What `applyClasses` decides for one element: each class it manages, on or off. */
export function classStates(
	id: string,
	edge: boolean,
	has: (cls: string) => boolean,
	s: ClassState
): [string, boolean][] {
	const area = has('area') || has('heading');
	const out: [string, boolean][] = [
		['hidden', hidden(id, s)],
		['selected', id === s.selected],
		['faded', !!s.selected && !s.focus.has(id) && !area]
	];
	if (edge) {
		out.push(['lod', s.overview && !(s.selected && s.focus.has(id))]);
		out.push(['near', !!s.selected && s.focus.has(id)]);
	} else out.push(['answer', !!s.highlight?.has(id)]);
	if (has('family')) out.push(['open', s.visible.has(`open:${id}`)]);
	return out;
}

/**
 * Elements with the classes `applyClasses` would give them, before they are added (their
 * positions are already the view's): a network created from these styles each element once for
 * its first frame, with no restyle after.
 */
export function settled(els: ElementDef[], s: ClassState): ElementDef[] {
	return els.map((e) => {
		const classes = new Set((e.classes ?? '').split(' ').filter(Boolean));
		const has = (c: string) => classes.has(c);
		for (const [cls, on] of classStates(e.data.id, e.group === 'edges', has, s)) {
			if (on) classes.add(cls);
			else classes.delete(cls);
		}
		return { ...e, classes: [...classes].join(' ') };
	});
}

/**
 * The elements of `els` a network must add to draw the class state, given what it holds (`held`),
 * each with its classes (`settled`): the nodes it shows and does not hold yet, and every edge
 * between held or added nodes, shown or not (a selection shows its neighbourhood's edges: classes
 * only). A network thus holds the nodes it has shown: the overview of a large atlas is a few dozen
 * of its thousands of nodes, and opening a family adds that family's nodes and their edges.
 */
export function toAdd(
	els: ElementDef[],
	s: ClassState,
	held: (id: string) => boolean
): ElementDef[] {
	const nodes = new Set<string>();
	for (const e of els)
		if (e.group === 'nodes' && !held(e.data.id) && !hidden(e.data.id, s)) nodes.add(e.data.id);
	const ends = (id: string) => nodes.has(id) || held(id);
	return settled(
		els.filter((e) => {
			if (e.group === 'nodes') return nodes.has(e.data.id);
			const d = e.data as EdgeData;
			return !held(d.id) && ends(d.source) && ends(d.target);
		}),
		s
	);
}
