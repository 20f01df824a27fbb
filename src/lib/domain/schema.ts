/**
 * The atlas schema: one valibot schema per kind of record in graph-data/.
 * The inferred types are the app's types (see `types.ts`). Pure module: no DOM, no Svelte, no fs.
 */
import * as v from 'valibot';
import { CHART_COLOURS, GENERATIONS, LEVELS, RELATIONS, SHOW_KINDS } from './constants';

export { LEVELS, RELATIONS };

/** Stable lower-case kebab ASCII id, e.g. `alk-g1202r`. */
export const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab ASCII (a-z, 0-9, -)')
);

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Every display string exists in English and Simplified Chinese. */
export const Text = v.strictObject({ en: nonEmpty, zh: nonEmpty });

export const DOI = v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'malformed DOI'));
export const NCT = v.pipe(v.string(), v.regex(/^NCT\d{8}$/, 'malformed NCT id (NCT + 8 digits)'));
export const PMID = v.pipe(v.string(), v.regex(/^[1-9]\d{0,8}$/, 'malformed PMID'));

export const UNITS = [
	'%',
	'months',
	'weeks',
	'years',
	'patients',
	'samples',
	'cases',
	'cycles',
	'ratio',
	'p-value',
	'fold',
	'nM',
	'count',
	'reports'
] as const;

/** A number the source states. `value` or a `low`/`high` range, always with a unit. */
export const Figure = v.pipe(
	v.strictObject({
		measure: nonEmpty, // e.g. frequency, mPFS, ORR, iORR, OS-rate, HR, DCR, TTD, p
		label: v.optional(Text),
		value: v.optional(v.number()),
		low: v.optional(v.number()),
		high: v.optional(v.number()),
		/** confidence interval of `value` (as printed) */
		ci_low: v.optional(v.number()),
		ci_high: v.optional(v.number()),
		ci_level: v.optional(v.number()),
		/** the source states a bound, not a value: P < 0.001, > 60 months */
		qualifier: v.optional(v.picklist(['<', '>', '≤', '≥'])),
		/** `value` not reached (e.g. mPFS NR); then no value */
		not_reached: v.optional(v.boolean()),
		ci_high_not_reached: v.optional(v.boolean()),
		unit: v.picklist(UNITS, 'every number needs a unit from the list in schema.ts'),
		denominator: v.optional(v.number()),
		numerator: v.optional(v.number()),
		/** node id this figure refers to, e.g. the drug arm */
		arm: v.optional(Id),
		/** comparison arm for HR or comparative figures */
		versus: v.optional(Id)
	}),
	v.check(
		(f) =>
			f.value !== undefined || (f.low !== undefined && f.high !== undefined) || !!f.not_reached,
		'a figure needs value, low+high, or not_reached'
	)
);

export const STUDY_TYPES = [
	'phase-3',
	'phase-2',
	'phase-1-2',
	'phase-1',
	'prospective',
	'retrospective',
	'real-world',
	'case-report',
	'preclinical',
	'review',
	'consensus',
	'meta-analysis'
] as const;

export const Misprint = v.strictObject({
	as_printed: nonEmpty,
	corrected: v.nullable(nonEmpty),
	note: Text
});

export const Evidence = v.strictObject({
	id: Id,
	claim: Text,
	figures: v.optional(v.array(Figure), []),
	/** the source document whose text holds `quote` */
	source: Id,
	/** reference sources (the works the source cites for this claim) */
	cites: v.optional(v.array(Id), []),
	study_type: v.picklist(STUDY_TYPES),
	level: v.picklist(LEVELS),
	direction: v.optional(v.picklist(['supports', 'does-not-support']), 'supports'),
	conflicts_with: v.optional(v.array(Id), []),
	/** verbatim text of the source (whitespace may differ) */
	quote: nonEmpty,
	misprint: v.optional(Misprint),
	note: v.optional(Text)
});

export const Source = v.strictObject({
	id: Id,
	/** `document`: a seed text in ATLAS_SOURCES; `reference`: a work a document cites */
	type: v.picklist(['document', 'reference']),
	title: nonEmpty,
	/** document: file name in the sources folder */
	file: v.optional(nonEmpty),
	lang: v.optional(v.picklist(['en', 'zh', 'en+zh'])),
	/** reference: the document that cites it, and its number in that document's list */
	cited_in: v.optional(Id),
	ref_number: v.optional(v.number()),
	authors: v.optional(v.array(nonEmpty)),
	journal: v.optional(nonEmpty),
	year: v.optional(v.number()),
	volume: v.optional(v.string()),
	issue: v.optional(v.string()),
	pages: v.optional(v.string()),
	doi: v.optional(DOI),
	pmid: v.optional(PMID),
	nct: v.optional(NCT),
	url: v.optional(v.pipe(v.string(), v.url())),
	misprint: v.optional(Misprint)
});

const nodeBase = {
	id: Id,
	label: Text,
	/** names, codes and spellings to search by (any language) */
	aliases: v.optional(v.array(nonEmpty), []),
	description: v.optional(Text),
	/** the group (compound area) this node is drawn in */
	group: v.optional(Id),
	/** evidence that defines or describes the node itself */
	evidence: v.optional(v.array(Id), []),
	/** why a node joins no relation (a non-group node without one must say) */
	unlinked: v.optional(Text)
};

export const Drug = v.strictObject({
	...nodeBase,
	kind: v.literal('drug'),
	/** ALK-TKI generation; null for non-ALK drugs */
	generation: v.nullable(v.picklist(GENERATIONS)),
	drug_class: v.picklist([
		'alk-tki',
		'multi-kinase',
		'chemotherapy',
		'immunotherapy',
		'anti-angiogenic',
		'cdk4-6',
		'hsp90',
		'other'
	]),
	codes: v.optional(v.array(nonEmpty), []),
	status: v.picklist([
		'approved',
		'approved-cn',
		'phase-3',
		'phase-2',
		'phase-1-2',
		'phase-1',
		'preclinical',
		'discontinued',
		'other-indication'
	]),
	targets: v.optional(v.array(nonEmpty), []),
	originator: v.optional(Text),
	cns_penetration: v.optional(v.picklist(['high', 'moderate', 'low', 'unknown']), 'unknown'),
	pgp_substrate: v.optional(v.nullable(v.boolean()), null)
});

export const Alteration = v.strictObject({
	...nodeBase,
	kind: v.literal('alteration'),
	subtype: v.picklist(['point', 'insertion', 'compound', 'amplification', 'fusion']),
	gene: v.optional(nonEmpty, 'ALK'),
	/** HGVS-style protein notation, e.g. p.Gly1202Arg */
	hgvs: v.optional(nonEmpty),
	/** one-letter shorthand, e.g. G1202R */
	short: v.optional(nonEmpty),
	/** compound mutations: the ids of their single mutations */
	components: v.optional(v.array(Id), [])
});

export const Mechanism = v.strictObject({
	...nodeBase,
	kind: v.literal('mechanism'),
	mechanism_class: v.picklist([
		'bypass',
		'histologic',
		'pharmacologic',
		'microenvironment',
		'co-alteration',
		'tumour-intrinsic',
		'tumour-extrinsic',
		'host'
	]),
	gene: v.optional(nonEmpty)
});

export const Strategy = v.strictObject({
	...nodeBase,
	kind: v.literal('strategy'),
	category: v.picklist([
		'next-line-tki',
		'combination',
		'chemotherapy',
		'immunotherapy',
		'anti-angiogenic',
		'targeted-bypass',
		'local-therapy',
		'testing',
		'other'
	]),
	drugs: v.optional(v.array(Id), [])
});

export const Trial = v.strictObject({
	...nodeBase,
	kind: v.literal('trial'),
	phase: nonEmpty,
	drugs: v.array(Id),
	comparator: v.optional(v.array(Id), []),
	line: v.optional(Text),
	population: v.optional(Text),
	nct: v.optional(NCT),
	nct_as_printed: v.optional(nonEmpty),
	adverse_events: v.optional(Text)
});

/** A mechanism class drawn as a labelled compound area (primary/acquired, ALK-dependent/-independent…). */
export const Group = v.strictObject({
	...nodeBase,
	kind: v.literal('group'),
	parent: v.optional(Id)
});

export const Node = v.variant('kind', [Drug, Alteration, Mechanism, Strategy, Trial, Group]);

export const Relation = v.strictObject({
	id: Id,
	type: v.picklist(RELATIONS),
	from: Id,
	to: Id,
	/** primary vs acquired resistance, where the source says */
	context: v.optional(v.picklist(['primary', 'acquired'])),
	/**
	 * Negative evidence: the source looked for this relation and did not find it (e.g. MET
	 * amplification not found after crizotinib). Its evidence is `does-not-support`; the genotype
	 * answer, the matrix and the frequency chart never count it.
	 */
	negative: v.optional(v.literal(true)),
	evidence: v.pipe(v.array(Id), v.minLength(1, 'every relation needs at least one evidence item'))
});

/**
 * A curated row of the "mechanism class shares" chart: which figure of which evidence item gives
 * the share of resistance a class of mechanism accounts for, in which setting.
 */
export const ClassShare = v.strictObject({
	id: Id,
	evidence: Id,
	/** index of the figure in the evidence's `figures` */
	figure: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** one of the atlas's `share_classes` (atlas.yaml) */
	class: Id,
	/** of what: all resistance, ALK-dependent resistance… */
	of: Text,
	/** setting, e.g. after crizotinib */
	setting: Text
});

/** One answer option of a question step; `entity` names the node the option stands for. */
export const QuestionOption = v.strictObject({
	/** short id, unique within the question (e.g. `a`) */
	id: Id,
	label: Text,
	/** the node this option names: a correct option's must be an end of a relation (or the node) that a cited evidence item states */
	entity: v.optional(Id)
});

/**
 * A question asked on a story step (the caption is the question): single or multiple choice, the
 * correct option id(s), and an explanation resting on the step's `cites`.
 */
export const Question = v.strictObject({
	kind: v.picklist(['single', 'multiple']),
	options: v.pipe(v.array(QuestionOption), v.minLength(2), v.maxLength(6)),
	correct: v.pipe(v.array(Id), v.minLength(1)),
	explanation: Text
});

/** One step of a story: the view it sets (an explorer query string), what it shows, its caption and citations. */
export const StoryStep = v.strictObject({
	caption: Text,
	/** explorer view as a query string, e.g. `sel=alk-g1202r&gen=2` (validated against the atlas) */
	view: v.optional(v.string(), ''),
	/** `network` or a chart name */
	show: v.optional(v.picklist(SHOW_KINDS), 'network'),
	/** camera: the elements to fit in view (default: the selection's neighbourhood, else all) */
	fit: v.optional(v.array(Id), []),
	/** evidence ids the caption rests on */
	cites: v.pipe(v.array(Id), v.minLength(1, 'every step cites at least one evidence item')),
	/** a question step: the caption asks, the answer is revealed on a key or a click */
	question: v.optional(Question)
});

export const Story = v.strictObject({
	id: Id,
	title: Text,
	summary: Text,
	steps: v.pipe(v.array(StoryStep), v.minLength(1))
});

/** One YAML file: any of these sections. */
export const DataFile = v.strictObject({
	stories: v.optional(v.array(v.unknown()), []),
	class_shares: v.optional(v.array(v.unknown()), []),
	nodes: v.optional(v.array(v.unknown()), []),
	relations: v.optional(v.array(v.unknown()), []),
	evidence: v.optional(v.array(v.unknown()), []),
	sources: v.optional(v.array(v.unknown()), [])
});

/**
 * The overview: the figure the network opens on (lanes × columns of a table, each cell a few
 * nodes or families). A group id placed in a cell is a family: one node standing for the group and
 * for every leaf under it not placed on its own (expanded on demand). A lane marked `layer` is
 * drawn only when the user asks for it ("What was tried next").
 */
export const OverviewCell = v.strictObject({
	lane: Id,
	column: Id,
	ids: v.pipe(v.array(Id), v.minLength(1)),
	/** nodes per row inside the cell (default 2) */
	per_row: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
	/** a group whose label titles the cell */
	title: v.optional(Id)
});
export const Overview = v.strictObject({
	columns: v.pipe(v.array(v.strictObject({ id: Id, label: Text })), v.minLength(1)),
	lanes: v.pipe(
		v.array(v.strictObject({ id: Id, label: Text, layer: v.optional(v.boolean()) })),
		v.minLength(1)
	),
	cells: v.array(OverviewCell)
});

/** A class of the share chart: its id (what `class_shares` rows name), label and colour. */
export const ShareClassDef = v.strictObject({
	id: Id,
	label: Text,
	/** a colour of the charts' palette; by default the next one in the list's order */
	colour: v.optional(v.picklist(CHART_COLOURS))
});

export const AtlasMeta = v.strictObject({
	id: Id,
	title: Text,
	description: Text,
	disease: Text,
	/** document source ids whose number-bearing sentences the coverage report measures */
	coverage_sources: v.optional(v.array(Id), []),
	order: v.optional(v.number(), 0),
	overview: v.optional(Overview),
	/**
	 * The "by mechanism" arrangement: top-level group ids, column by column, left to right; groups
	 * not listed follow in a last column.
	 */
	mechanism_columns: v.optional(v.array(v.pipe(v.array(Id), v.minLength(1))), []),
	/** groups that stand for one drug generation: a relation to one speaks for each drug of it */
	generation_groups: v.optional(
		v.array(v.strictObject({ group: Id, generation: v.picklist(GENERATIONS) })),
		[]
	),
	/** the classes the share chart's rows (`class_shares`) may name */
	share_classes: v.optional(v.array(ShareClassDef), []),
	/** protein lengths (amino acids) by gene, with the evidence that states each: bounds point mutations */
	proteins: v.optional(
		v.array(
			v.strictObject({
				gene: nonEmpty,
				length: v.pipe(v.number(), v.integer(), v.minValue(1)),
				evidence: Id
			})
		),
		[]
	)
});

export const Exclusion = v.strictObject({
	source: Id,
	/** verbatim text (whitespace-insensitive) found in the sentence or table row left out */
	text: nonEmpty,
	/** `unit`: the sentences containing `text`; `rest`: everything from `text` to the end */
	scope: v.optional(v.picklist(['unit', 'rest']), 'unit'),
	reason: nonEmpty
});
export const ExclusionFile = v.strictObject({ excluded: v.array(Exclusion) });
