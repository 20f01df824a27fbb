/**
 * Structural rules of an atlas that the schema cannot state: no self-loops, compound mutations
 * made of distinct other mutations, relation endpoints of the documented kinds (graph-data/README.md),
 * no group parent cycles, story ids clear of routes, story views with known parameters only, finite
 * numbers, http(s) source URLs. Pure: each problem names the file and the id, through `add`.
 */
import type { AtlasNode, Evidence, Relation, RelationType, Source, Story } from './types';
import { VIEW_PARAMS } from './story-view';

type Add = (file: string, id: string, message: string) => void;

export interface StructureInput {
	nodes: AtlasNode[];
	relations: Relation[];
	evidence: Evidence[];
	sources: Source[];
	stories: Story[];
	fileOf: Record<string, string>;
}

/** Story ids that would collide with a route under /stories/. */
export const RESERVED_STORY_IDS = ['mine'];

/** A node's kind for the direction rules: alterations carry their subtype. */
type KindKey = string;
const kindKey = (n: AtlasNode): KindKey =>
	n.kind === 'alteration' ? `alteration:${n.subtype}` : n.kind;

const isAlteration = (k: KindKey) => k.startsWith('alteration:');
const oneOf =
	(...ks: string[]) =>
	(k: KindKey) =>
		ks.includes(k) || (ks.includes('alteration') && isAlteration(k));

/** The documented directions (graph-data/README.md), as kinds allowed at each end. */
export const DIRECTIONS: Record<
	RelationType,
	{ from: (k: KindKey) => boolean; to: (k: KindKey) => boolean; text: string }
> = {
	emerges_after: {
		from: oneOf('alteration', 'mechanism'),
		to: oneOf('drug'),
		text: 'an alteration or mechanism emerges_after a drug'
	},
	resistant_to: {
		from: oneOf('alteration', 'mechanism'),
		to: oneOf('drug'),
		text: 'an alteration or mechanism is resistant_to a drug'
	},
	sensitive_to: {
		from: oneOf('alteration', 'mechanism'),
		to: oneOf('drug'),
		text: 'an alteration or mechanism is sensitive_to a drug'
	},
	component_of: {
		from: (k) => isAlteration(k) && k !== 'alteration:compound',
		to: (k) => k === 'alteration:compound',
		text: 'a single mutation is component_of a compound mutation'
	},
	associated_with: {
		from: (k) => k === 'alteration:fusion',
		to: (k) => isAlteration(k) && k !== 'alteration:fusion',
		text: 'a fusion is associated_with a mutation'
	},
	overcome_by: {
		from: oneOf('alteration', 'mechanism', 'drug'),
		to: oneOf('strategy', 'drug'),
		text: 'a mechanism, alteration or drug (resistance to it) is overcome_by a strategy or drug'
	},
	evaluated_in: {
		from: oneOf('drug'),
		to: oneOf('trial'),
		text: 'a drug is evaluated_in a trial'
	}
};

export function checkStructure(atlas: StructureInput, add: Add): void {
	const where = (id: string) => atlas.fileOf[id] ?? '?';
	const byId = new Map(atlas.nodes.map((n) => [n.id, n]));
	const groups = atlas.nodes.filter((n) => n.kind === 'group');

	// group parent cycles (members would be drawn nowhere)
	const inCycle = new Set<string>();
	for (const g of groups) {
		const seen: string[] = [];
		let cur: AtlasNode | undefined = g;
		while (cur?.kind === 'group' && cur.parent && !seen.includes(cur.id)) {
			seen.push(cur.id);
			cur = byId.get(cur.parent);
		}
		if (cur && seen.includes(cur.id) && cur.id === g.id && !inCycle.has(g.id)) {
			seen.forEach((id) => inCycle.add(id));
			add(where(g.id), g.id, `group parent cycle: ${[...seen, g.id].join(' → ')}`);
		}
	}

	// the kinds a node stands for: itself, or every member of a group (through nested groups)
	const members = new Map<string, Set<KindKey>>();
	const kindsOf = (id: string, depth = 0): Set<KindKey> => {
		const n = byId.get(id);
		if (!n) return new Set();
		if (n.kind !== 'group') return new Set([kindKey(n)]);
		if (members.has(id)) return members.get(id)!;
		const out = new Set<KindKey>();
		if (depth < 20)
			for (const m of atlas.nodes)
				if (m.group === id || (m.kind === 'group' && m.parent === id))
					kindsOf(m.id, depth + 1).forEach((k) => out.add(k));
		members.set(id, out);
		return out;
	};

	for (const n of atlas.nodes) {
		if (n.kind !== 'alteration' || !n.components.length) continue;
		if (n.components.includes(n.id))
			add(where(n.id), n.id, 'a compound lists itself as a component');
		const twice = n.components.filter((c, i) => n.components.indexOf(c) !== i);
		for (const c of new Set(twice)) add(where(n.id), n.id, `component "${c}" is listed twice`);
	}

	for (const r of atlas.relations) {
		if (r.from === r.to) add(where(r.id), r.id, `self-loop: "${r.from}" ${r.type} itself`);
		const rule = DIRECTIONS[r.type];
		if (!rule || !byId.has(r.from) || !byId.has(r.to)) continue;
		const bad = (ks: Set<KindKey>, ok: (k: KindKey) => boolean) => [...ks].filter((k) => !ok(k));
		const badFrom = bad(kindsOf(r.from), rule.from);
		const badTo = bad(kindsOf(r.to), rule.to);
		if (badFrom.length || badTo.length)
			add(
				where(r.id),
				r.id,
				`${r.from} (${[...kindsOf(r.from)].join('/') || 'empty group'}) ${r.type} ${r.to} (${[...kindsOf(r.to)].join('/') || 'empty group'}): ${rule.text}`
			);
	}

	for (const st of atlas.stories) {
		if (RESERVED_STORY_IDS.includes(st.id))
			add(
				where(st.id),
				st.id,
				`story id "${st.id}" is a route (/stories/${st.id}): choose another`
			);
		st.steps.forEach((step, i) => {
			for (const k of new Set(new URLSearchParams(step.view).keys()))
				if (!(VIEW_PARAMS as readonly string[]).includes(k))
					add(
						where(st.id),
						st.id,
						`step ${i + 1}: view parameter "${k}" is not a view parameter (${VIEW_PARAMS.join(', ')})`
					);
		});
	}

	for (const rec of [...atlas.nodes, ...atlas.relations, ...atlas.evidence, ...atlas.sources])
		for (const path of nonFinite(rec)) add(where(rec.id), rec.id, `${path}: not a finite number`);

	for (const s of atlas.sources)
		if (s.url && !/^https?:\/\//i.test(s.url))
			add(where(s.id), s.id, `url: only http(s) links are allowed ("${s.url.slice(0, 40)}")`);
}

/** Paths of every NaN or ±Infinity inside a record (YAML's `.inf` and `.nan` parse to them). */
function nonFinite(value: unknown, path = ''): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [path || '(value)'];
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => nonFinite(v, path ? `${path}.${k}` : k));
}
