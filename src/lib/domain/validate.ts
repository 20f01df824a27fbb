/**
 * Validate parsed graph-data files into an Atlas. Pure: callers read the files.
 * Every problem names the file and the id; all problems are collected, then thrown together.
 */
import * as v from 'valibot';
import * as s from './schema';
import { overviewProblems } from './overview';
import type {
	Atlas,
	AtlasNode,
	ClassShare,
	Evidence,
	Exclusion,
	Relation,
	Source,
	Story
} from './types';
import { checkMeaning } from './validate-meaning';
import { checkStructure } from './validate-structure';
import { checkStoryReferences } from './validate-stories';
import { byLabel } from './text';
import { vocabularyProblems } from './vocabulary';
import { ROUTE_WORDS } from './atlases';

export interface Problem {
	file: string;
	id: string;
	message: string;
}

export class AtlasDataError extends Error {
	constructor(
		readonly atlas: string,
		readonly problems: Problem[]
	) {
		super(
			`graph-data/${atlas}: ${problems.length} problem(s)\n` +
				problems.map((p) => `  ${p.file} [${p.id}]: ${p.message}`).join('\n')
		);
		this.name = 'AtlasDataError';
	}
}

/** A parsed YAML document and the path it came from (relative to graph-data/). */
export interface ParsedFile {
	file: string;
	data: unknown;
}

function issuesText(issues: v.BaseIssue<unknown>[]): string {
	return issues
		.map((i) => {
			const path = v.getDotPath(i);
			return path ? `${path}: ${i.message}` : i.message;
		})
		.join('; ');
}

function idOf(raw: unknown, index: number): string {
	if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
	return `#${index + 1}`;
}

/**
 * Build an atlas from its parsed files.
 * @example validateAtlas('alk-nsclc', [{ file: 'alk-nsclc/atlas.yaml', data: {...} }, ...])
 */
export function validateAtlas(atlasId: string, files: ParsedFile[]): Atlas {
	const problems: Problem[] = [];
	const add = (file: string, id: string, message: string) => problems.push({ file, id, message });
	const fileOf: Record<string, string> = {};
	const nodes: AtlasNode[] = [];
	const relations: Relation[] = [];
	const evidence: Evidence[] = [];
	const sources: Source[] = [];
	const excluded: Exclusion[] = [];
	const classShares: ClassShare[] = [];
	const stories: Story[] = [];
	let meta: Atlas['meta'] | undefined;

	function take<T>(file: string, schema: v.GenericSchema<unknown, T>, raw: unknown, i: number) {
		const r = v.safeParse(schema, raw);
		const id = idOf(raw, i);
		if (!r.success) {
			add(file, id, issuesText(r.issues));
			return undefined;
		}
		if (fileOf[id]) add(file, id, `duplicate id (also in ${fileOf[id]})`);
		else fileOf[id] = file;
		return r.output;
	}

	for (const { file, data } of files) {
		const base = file.split('/').pop();
		if (base === 'atlas.yaml') {
			const r = v.safeParse(s.AtlasMeta, data);
			if (r.success) meta = r.output;
			else add(file, atlasId, issuesText(r.issues));
			if (meta && (ROUTE_WORDS as readonly string[]).includes(meta.id))
				add(
					file,
					meta.id,
					`atlas id "${meta.id}" is a route (/embed/${meta.id}/…): choose another`
				);
			continue;
		}
		if (base?.startsWith('excluded')) {
			const r = v.safeParse(s.ExclusionFile, data);
			if (r.success) excluded.push(...r.output.excluded);
			else add(file, 'excluded', issuesText(r.issues));
			continue;
		}
		const r = v.safeParse(s.DataFile, data ?? {});
		if (!r.success) {
			add(file, '-', issuesText(r.issues));
			continue;
		}
		r.output.nodes.forEach((n, i) => {
			const x = take(file, s.Node, n, i);
			if (x) nodes.push(x);
		});
		r.output.relations.forEach((n, i) => {
			const x = take(file, s.Relation, n, i);
			if (x) relations.push(x);
		});
		r.output.evidence.forEach((n, i) => {
			const x = take(file, s.Evidence, n, i);
			if (x) evidence.push(x);
		});
		r.output.stories.forEach((n, i) => {
			const x = take(file, s.Story, n, i);
			if (x) stories.push(x);
		});
		r.output.class_shares.forEach((n, i) => {
			const x = take(file, s.ClassShare, n, i);
			if (x) classShares.push(x);
		});
		r.output.sources.forEach((n, i) => {
			const x = take(file, s.Source, n, i);
			if (x) sources.push(x);
		});
	}
	if (!meta) add(`${atlasId}/atlas.yaml`, atlasId, 'missing or invalid atlas.yaml');

	checkReferences({ nodes, relations, evidence, sources, fileOf, add });
	checkMeaning({ meta, nodes, relations, evidence, fileOf }, add);
	checkStructure({ nodes, relations, evidence, sources, stories, fileOf }, add);
	const evById = new Map(evidence.map((e) => [e.id, e]));
	for (const c of classShares) {
		const f = evById.get(c.evidence)?.figures[c.figure];
		if (!evById.has(c.evidence)) add(fileOf[c.id], c.id, `evidence "${c.evidence}" does not exist`);
		else if (!f) add(fileOf[c.id], c.id, `evidence "${c.evidence}" has no figure ${c.figure}`);
		else if (f.unit !== '%')
			add(fileOf[c.id], c.id, `figure ${c.figure} of "${c.evidence}" is not a percentage`);
	}

	// the groups and classes atlas.yaml names are nodes and classes of this atlas
	if (meta)
		for (const p of vocabularyProblems(
			{ meta, nodes, classShares, fileOf },
			`${atlasId}/atlas.yaml`
		))
			problems.push(p);

	if (meta)
		checkStoryReferences(
			stories,
			{ meta, nodes, relations, evidence, sources, excluded, classShares, stories, fileOf },
			add
		);

	// the curated overview must stand for every node and relation end (checked once the rest holds)
	if (meta && !problems.length)
		for (const p of overviewProblems({ meta, nodes, relations, evidence }))
			add(`${atlasId}/atlas.yaml`, p.id, p.message);

	if (problems.length || !meta) throw new AtlasDataError(atlasId, problems);
	// label order, once, at build: the browser lays the network out in this order with no collator
	nodes.sort(byLabel);
	return { meta, nodes, relations, evidence, sources, excluded, classShares, stories, fileOf };
}

interface RefInput {
	nodes: AtlasNode[];
	relations: Relation[];
	evidence: Evidence[];
	sources: Source[];
	fileOf: Record<string, string>;
	add: (file: string, id: string, message: string) => void;
}

function checkReferences({ nodes, relations, evidence, sources, fileOf, add }: RefInput) {
	const nodeIds = new Set(nodes.map((n) => n.id));
	const evIds = new Set(evidence.map((e) => e.id));
	const srcById = new Map(sources.map((x) => [x.id, x]));
	const groupIds = new Set(nodes.filter((n) => n.kind === 'group').map((n) => n.id));
	const where = (id: string) => fileOf[id] ?? '?';
	const needNode = (owner: string, ref: string, what: string) => {
		if (!nodeIds.has(ref)) add(where(owner), owner, `${what} "${ref}" is not a known node`);
	};

	for (const n of nodes) {
		if (n.group && !groupIds.has(n.group))
			add(where(n.id), n.id, `group "${n.group}" is not a group node`);
		for (const e of n.evidence)
			if (!evIds.has(e)) add(where(n.id), n.id, `evidence "${e}" does not exist`);
		if (n.kind === 'alteration') {
			for (const c of n.components) needNode(n.id, c, 'component');
			if (n.subtype === 'compound' && n.components.length < 2)
				add(where(n.id), n.id, 'a compound mutation needs at least two components');
		}
		if (n.kind === 'trial')
			for (const d of [...n.drugs, ...n.comparator]) needNode(n.id, d, 'drug');
		if (n.kind === 'strategy') for (const d of n.drugs) needNode(n.id, d, 'drug');
		if (n.kind === 'group' && n.parent && !groupIds.has(n.parent))
			add(where(n.id), n.id, `parent "${n.parent}" is not a group node`);
	}
	const triples = new Map<string, string>();
	for (const r of relations) {
		const key = `${r.from} ${r.type} ${r.to} ${r.context ?? ''}`;
		const twin = triples.get(key);
		if (twin)
			add(
				where(r.id),
				r.id,
				`same ${r.type} relation as "${twin}" (${where(twin)}): merge the evidence into one relation`
			);
		else triples.set(key, r.id);
		needNode(r.id, r.from, 'edge source');
		needNode(r.id, r.to, 'edge target');
		for (const e of r.evidence)
			if (!evIds.has(e)) add(where(r.id), r.id, `evidence "${e}" does not exist`);
	}
	for (const e of evidence) {
		const src = srcById.get(e.source);
		if (!src) add(where(e.id), e.id, `source "${e.source}" is not a known source`);
		else if (src.type !== 'document')
			add(where(e.id), e.id, `source "${e.source}" is a reference; quote a document`);
		for (const c of e.cites)
			if (!srcById.has(c)) add(where(e.id), e.id, `cited source "${c}" is not a known source`);
		for (const c of e.conflicts_with)
			if (!evIds.has(c))
				add(where(e.id), e.id, `conflicts_with "${c}" is not a known evidence item`);
		for (const f of e.figures) {
			if (f.arm) needNode(e.id, f.arm, 'figure arm');
			if (f.versus) needNode(e.id, f.versus, 'figure versus');
		}
	}
	for (const x of sources) {
		if (x.type === 'document' && !x.file) add(where(x.id), x.id, 'a document source needs `file`');
		if (x.cited_in && !srcById.has(x.cited_in))
			add(where(x.id), x.id, `cited_in "${x.cited_in}" is not a known source`);
	}
}
