/**
 * The explorer's shareable view state and its URL form. Pure: parsing never throws; an unknown
 * value falls back to the default and yields a notice naming the parameter.
 *
 * ?sel=alk-g1202r&arr=generation&gen=2,3&drug=alectinib&cls=bypass&rel=resistant_to&lvl=A,B&geno=alk-g1202r
 * overview only: &exp=compound-mutations,fusion-variants (open families; `all` opens every one),
 * &next=1 (the "what was tried next" layer); any arrangement: &labels=both (English and Chinese)
 */
import { LEVELS, RELATIONS } from './constants';
import type { NetworkAtlas, RelationType } from './types';

/** The network's arrangements: the curated overview, by mechanism, by drug generation. */
export const ARRANGEMENTS = ['overview', 'mechanism', 'generation'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

export const NODE_CLASSES = [
	'point',
	'compound',
	'amplification',
	'fusion',
	'bypass',
	'histologic',
	'pharmacologic',
	'microenvironment',
	'other-mechanism',
	'strategy',
	'trial'
] as const;
export type NodeClass = (typeof NODE_CLASSES)[number];
export type Level = (typeof LEVELS)[number];

export interface ViewState {
	sel: string | null;
	arr: Arrangement;
	gen: number[];
	drug: string[];
	cls: NodeClass[];
	rel: RelationType[];
	lvl: Level[];
	geno: string[];
	/** open families of the overview (`all`: every one) */
	exp: string[];
	/** the overview's "what was tried next" layer */
	next: boolean;
	/** network labels in both languages */
	labels: 'both' | null;
}

export const DEFAULT_VIEW: ViewState = {
	sel: null,
	arr: 'overview',
	gen: [],
	drug: [],
	cls: [],
	rel: [],
	lvl: [],
	geno: [],
	exp: [],
	next: false,
	labels: null
};

export interface Notice {
	param: string;
	value: string;
}

const MAX_PARAM = 2000;

function list(raw: string | null): string[] {
	if (!raw) return [];
	return [
		...new Set(
			raw
				.slice(0, MAX_PARAM)
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
}

/** Keep the values that `ok` accepts; report the rest. */
function pick<T extends string | number>(
	param: string,
	raw: string | null,
	parse: (s: string) => T | undefined,
	notices: Notice[]
): T[] {
	const out: T[] = [];
	for (const s of list(raw)) {
		const v = parse(s);
		if (v === undefined) notices.push({ param, value: s.slice(0, 60) });
		else if (!out.includes(v)) out.push(v);
	}
	return out;
}

const member =
	<T extends string>(values: readonly T[]) =>
	(s: string) =>
		(values as readonly string[]).includes(s) ? (s as T) : undefined;

/** Parse a query string against an atlas. Never throws. */
export function parseView(
	params: URLSearchParams,
	atlas: NetworkAtlas
): { view: ViewState; notices: Notice[] } {
	const notices: Notice[] = [];
	// a group is selectable where it carries evidence of its own (a class's share of resistance)
	const nodeIds = new Set(
		atlas.nodes.filter((n) => n.kind !== 'group' || n.evidence.length).map((n) => n.id)
	);
	const relIds = new Set(atlas.relations.map((r) => r.id));
	const drugIds = new Set(atlas.nodes.filter((n) => n.kind === 'drug').map((n) => n.id));
	const alterationIds = new Set(
		atlas.nodes.filter((n) => n.kind === 'alteration' || n.kind === 'mechanism').map((n) => n.id)
	);
	const view: ViewState = { ...DEFAULT_VIEW };

	const sel = params.get('sel');
	if (sel !== null) {
		if (nodeIds.has(sel) || relIds.has(sel)) view.sel = sel;
		else notices.push({ param: 'sel', value: sel.slice(0, 60) });
	}
	const arr = params.get('arr');
	if (arr !== null) {
		const a = member(ARRANGEMENTS)(arr);
		if (a) view.arr = a;
		else notices.push({ param: 'arr', value: arr.slice(0, 60) });
	}
	view.gen = pick(
		'gen',
		params.get('gen'),
		(s) => (/^[1-4]$/.test(s) ? Number(s) : undefined),
		notices
	).sort();
	view.drug = pick('drug', params.get('drug'), (s) => (drugIds.has(s) ? s : undefined), notices);
	view.cls = pick('cls', params.get('cls'), member(NODE_CLASSES), notices);
	view.rel = pick('rel', params.get('rel'), member(RELATIONS), notices);
	view.lvl = pick('lvl', params.get('lvl'), member(LEVELS), notices);
	view.geno = pick(
		'geno',
		params.get('geno'),
		(s) => (alterationIds.has(s) ? s : undefined),
		notices
	);
	const families = new Set(
		atlas.nodes.filter((n) => n.kind === 'group').map((n) => n.id as string)
	);
	view.exp = pick(
		'exp',
		params.get('exp'),
		(s) => (s === 'all' || families.has(s) ? s : undefined),
		notices
	);
	if (view.exp.includes('all')) view.exp = ['all'];
	const next = params.get('next');
	if (next !== null) {
		if (next === '1') view.next = true;
		else if (next !== '0') notices.push({ param: 'next', value: next.slice(0, 60) });
	}
	const labels = params.get('labels');
	if (labels !== null) {
		if (labels === 'both') view.labels = 'both';
		else notices.push({ param: 'labels', value: labels.slice(0, 60) });
	}
	return { view, notices };
}

/** The query string of a view (defaults omitted, stable order). */
export function serializeView(view: ViewState): string {
	const p = new URLSearchParams();
	if (view.sel) p.set('sel', view.sel);
	if (view.arr !== DEFAULT_VIEW.arr) p.set('arr', view.arr);
	const lists: [string, (string | number)[]][] = [
		['gen', view.gen],
		['drug', view.drug],
		['cls', view.cls],
		['rel', view.rel],
		['lvl', view.lvl],
		['geno', view.geno],
		['exp', view.exp]
	];
	for (const [k, v] of lists) if (v.length) p.set(k, v.join(','));
	if (view.next) p.set('next', '1');
	if (view.labels) p.set('labels', view.labels);
	const s = p.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

/** Toggle one value in a list field. */
export function toggle<T>(list: T[], value: T): T[] {
	return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}
