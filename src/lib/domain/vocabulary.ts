/**
 * What an atlas's `atlas.yaml` says about its own groups and classes, so that no atlas's ids live
 * in code: the columns of the "by mechanism" arrangement (`mechanism_columns`), the groups that
 * stand for a drug generation (`generation_groups`) and the classes of the share chart
 * (`share_classes`). Lookups, and the build's check of them. Pure.
 */
import { CHART_COLOURS, type ChartColour } from './constants';
import type { AtlasMeta, AtlasNode, ClassShare, ShareClassDef } from './types';
import type { Problem } from './validate';

type Meta = Pick<AtlasMeta, 'generation_groups' | 'share_classes' | 'mechanism_columns'>;

/**
 * The generation a group stands for, or null (`tki-gen-2` → 2 in the ALK atlas).
 * @example generationGroup(atlas.meta, 'tki-gen-2') // 2
 */
export function generationGroup(meta: Meta, id: string): number | null {
	return meta.generation_groups.find((g) => g.group === id)?.generation ?? null;
}

/** Generation of a drug node, or of a generation group; null for anything else. */
export function generationOf(meta: Meta, n: AtlasNode | undefined): number | null {
	if (!n) return null;
	if (n.kind === 'drug') return n.generation;
	return n.kind === 'group' ? generationGroup(meta, n.id) : null;
}

/** A share class as the charts draw it: its label and its colour's name. */
export interface ShareClassStyle extends ShareClassDef {
	colour: ChartColour;
}

/**
 * The share classes in their declared order, each with a colour: its own, or the palette's next
 * one (so an atlas that names none still gets distinct colours).
 */
export function shareClasses(meta: Meta): ShareClassStyle[] {
	return meta.share_classes.map((c, i) => ({
		...c,
		colour: c.colour ?? CHART_COLOURS[i % CHART_COLOURS.length]
	}));
}

interface VocabularyInput {
	meta: Meta;
	nodes: AtlasNode[];
	classShares: ClassShare[];
	fileOf: Record<string, string>;
}

/**
 * Every id the vocabulary names must be what it claims: a column a top-level group, placed once;
 * a generation group a group, each group and generation once; a share row's class one of the
 * declared classes, each declared once. `atlasFile` is where the problem is reported.
 */
export function vocabularyProblems(
	{ meta, nodes, classShares, fileOf }: VocabularyInput,
	atlasFile: string
): Problem[] {
	const problems: Problem[] = [];
	const add = (id: string, message: string, file = atlasFile) =>
		problems.push({ file, id, message });
	const group = new Map(nodes.filter((n) => n.kind === 'group').map((n) => [n.id, n]));
	const placed = new Set<string>();
	for (const id of meta.mechanism_columns.flat()) {
		const g = group.get(id);
		if (!g) add(id, `mechanism_columns: "${id}" is not a group node`);
		else if (g.kind === 'group' && g.parent)
			add(id, `mechanism_columns: "${id}" is inside "${g.parent}"; list top-level groups only`);
		if (placed.has(id)) add(id, `mechanism_columns: "${id}" is placed twice`);
		placed.add(id);
	}
	const gens = new Set<number>();
	const gGroups = new Set<string>();
	for (const { group: id, generation } of meta.generation_groups) {
		if (!group.has(id)) add(id, `generation_groups: "${id}" is not a group node`);
		if (gGroups.has(id)) add(id, `generation_groups: "${id}" is listed twice`);
		if (gens.has(generation))
			add(id, `generation_groups: generation ${generation} has more than one group`);
		gGroups.add(id);
		gens.add(generation);
	}
	const classes = new Set<string>();
	for (const c of meta.share_classes) {
		if (classes.has(c.id)) add(c.id, `share_classes: "${c.id}" is declared twice`);
		classes.add(c.id);
	}
	const known = [...classes].join(', ') || 'none declared';
	for (const row of classShares)
		if (!classes.has(row.class))
			add(
				row.id,
				`class "${row.class}" is not one of atlas.yaml's share_classes (${known})`,
				fileOf[row.id] ?? atlasFile
			);
	return problems;
}
