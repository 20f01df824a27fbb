/**
 * Synthetic atlases for the scale benchmark, valid under src/lib/domain/schema.ts.
 *
 *   npx tsx scripts/bench/synthetic.ts --nodes 1000 --out /tmp/ra-synth-1000
 *
 * writes <out>/data/release.yaml, <out>/data/<atlas>/{atlas,nodes,relations,evidence,sources}.yaml
 * for the atlases `synthetic` (`--nodes`) and `synthetic-small` (100 nodes), and
 * <out>/sources/synthetic.txt (the one document every quote comes from); then validates both with
 * the app's loader (and the release file as the build does) and checks every quote against the
 * text, as `data:check` does.
 * Build against it with ATLAS_DATA=<out>/data ATLAS_SOURCES=<out>/sources.
 *
 * Shape (roughly the ALK atlas's proportions): the ALK atlas's 19 groups, so both arrangements
 * draw the same columns; leaves 4% drugs, 36% alterations (point, compound, amplification,
 * fusion), 30% mechanisms, 15% strategies, 15% trials; about 1.35 relations per node, each with
 * its own evidence item; a third of the evidence carries a frequency figure. Deterministic (seeded).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadAtlas, loadRelease, sourceText } from '../../src/lib/server/load-atlas';
import { checkProvenance } from '../../src/lib/domain/provenance';
import { LEVEL_CEILING } from '../../src/lib/domain/validate-meaning';

const GROUPS: { id: string; parent?: string; en: string; zh: string }[] = [
	{ id: 'alk-tkis', en: 'ALK inhibitors', zh: 'ALK 抑制剂' },
	{ id: 'tki-gen-1', parent: 'alk-tkis', en: '1st generation', zh: '第一代' },
	{ id: 'tki-gen-2', parent: 'alk-tkis', en: '2nd generation', zh: '第二代' },
	{ id: 'tki-gen-3', parent: 'alk-tkis', en: '3rd generation', zh: '第三代' },
	{ id: 'tki-gen-4', parent: 'alk-tkis', en: '4th generation', zh: '第四代' },
	{ id: 'other-drugs', en: 'Other drugs', zh: '其他药物' },
	{ id: 'alk-dependent', en: 'ALK-dependent (on-target)', zh: 'ALK 依赖性' },
	{
		id: 'kinase-domain-mutations',
		parent: 'alk-dependent',
		en: 'Kinase-domain mutations',
		zh: '激酶域突变'
	},
	{ id: 'compound-mutations', parent: 'alk-dependent', en: 'Compound mutations', zh: '复合突变' },
	{ id: 'alk-copy-gain', parent: 'alk-dependent', en: 'ALK amplification', zh: 'ALK 扩增' },
	{ id: 'fusion-variants', en: 'ALK fusion variants', zh: 'ALK 融合变异体' },
	{ id: 'alk-independent', en: 'ALK-independent (off-target)', zh: 'ALK 非依赖性' },
	{
		id: 'bypass-signalling',
		parent: 'alk-independent',
		en: 'Bypass signalling',
		zh: '旁路信号激活'
	},
	{
		id: 'histologic-transformation',
		parent: 'alk-independent',
		en: 'Histologic transformation',
		zh: '组织学表型转化'
	},
	{
		id: 'pharmacologic-resistance',
		parent: 'alk-independent',
		en: 'Pharmacologic',
		zh: '药理学耐药'
	},
	{
		id: 'tumour-microenvironment-group',
		parent: 'alk-independent',
		en: 'Tumour microenvironment',
		zh: '肿瘤微环境'
	},
	{ id: 'treatment-strategies', en: 'Strategies after resistance', zh: '耐药后治疗策略' },
	{ id: 'trials', en: 'Trials', zh: '临床试验' }
];

const MECH_GROUPS = [
	['bypass-signalling', 'bypass'],
	['histologic-transformation', 'histologic'],
	['pharmacologic-resistance', 'pharmacologic'],
	['tumour-microenvironment-group', 'microenvironment']
] as const;
const STUDY = [
	'phase-3',
	'phase-2',
	'retrospective',
	'real-world',
	'preclinical',
	'case-report'
] as const;
const AA = 'ACDEFGHIKLMNPQRSTVWY';
const GENES = [
	'MET',
	'EGFR',
	'KRAS',
	'BRAF',
	'HER2',
	'KIT',
	'SRC',
	'MEK',
	'IGF1R',
	'YAP1',
	'FGFR1',
	'PIK3CA'
];

/** The document every quote is taken from: a few dozen sentences, each quoted many times. */
const SENTENCES = Array.from(
	{ length: 40 },
	(_, i) =>
		`In the synthetic cohort ${i + 1}, resistance emerged in ${(i * 7) % 61}% of patients ` +
		`after a median of ${8 + (i % 17)} months of treatment, and the mechanism was confirmed by ` +
		`tissue or plasma next-generation sequencing in ${40 + (i % 50)} samples.`
);

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Synthetic {
	dataDir: string;
	sourcesDir: string;
	atlasId: string;
	nodes: number;
	relations: number;
	evidence: number;
}

/**
 * The data folder: the big atlas `synthetic` (first, so it is the one at `/`) and a 100-node
 * `synthetic-small` (the site needs a second atlas: /atlas/<id> is only reached through links).
 */
export function generateSynthetic(total: number, out: string, seed = 1): Synthetic {
	const root = resolve(out);
	rmSync(root, { recursive: true, force: true });
	const dataDir = join(root, 'data');
	const sourcesDir = join(root, 'sources');
	mkdirSync(sourcesDir, { recursive: true });
	mkdirSync(dataDir, { recursive: true });
	writeFileSync(join(dataDir, 'release.yaml'), stringify({ version: '0.0.0', date: '2026-01-01' }));
	// each relation's evidence quotes a sentence that names its ends (validate-meaning.ts)
	const named = [
		...writeAtlas(dataDir, 'synthetic-small', 100, 1, seed + 1),
		...writeAtlas(dataDir, 'synthetic', total, 0, seed)
	];
	writeFileSync(join(sourcesDir, 'synthetic.txt'), [...SENTENCES, ...named].join('\n') + '\n');
	// the app's own checks: schema and references (loader), quotes (as data:check)
	loadRelease(dataDir);
	let big: Synthetic | undefined;
	for (const id of ['synthetic', 'synthetic-small']) {
		const atlas = loadAtlas(id, dataDir);
		const prov = checkProvenance(
			atlas.evidence,
			atlas.sources,
			(x) => sourceText(x.file, sourcesDir),
			atlas.fileOf
		);
		if (prov.problems.length || prov.missing.length)
			throw new Error(
				`synthetic atlas ${id} invalid: ${JSON.stringify(prov.problems.slice(0, 3))} ${prov.missing}`
			);
		big ??= {
			dataDir,
			sourcesDir,
			atlasId: id,
			nodes: atlas.nodes.length,
			relations: atlas.relations.length,
			evidence: atlas.evidence.length
		};
	}
	return big!;
}

/** Writes one atlas; returns the sentences its quotes take (each names its relation's ends). */
function writeAtlas(
	dataDir: string,
	atlasId: string,
	total: number,
	order: number,
	seed: number
): string[] {
	const sentences: string[] = [];
	const rand = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	const atlasDir = join(dataDir, atlasId);
	mkdirSync(atlasDir, { recursive: true });

	type Rec = Record<string, unknown>;
	const nodes: Rec[] = GROUPS.map((g) => ({
		id: g.id,
		kind: 'group',
		...(g.parent ? { parent: g.parent } : {}),
		label: { en: g.en, zh: g.zh }
	}));
	const leaves = Math.max(50, total - nodes.length);
	const n = {
		drug: Math.max(8, Math.round(leaves * 0.04)),
		alteration: Math.round(leaves * 0.36),
		mechanism: Math.round(leaves * 0.3),
		strategy: Math.round(leaves * 0.15)
	};
	const nTrial = leaves - n.drug - n.alteration - n.mechanism - n.strategy;

	const drugs: string[] = [];
	const alkDrugs: string[] = [];
	for (let i = 0; i < n.drug; i++) {
		const id = `drug-${i + 1}`;
		const alk = i % 5 !== 4;
		const generation = alk ? (((i % 4) + 1) as 1 | 2 | 3 | 4) : null;
		drugs.push(id);
		if (alk) alkDrugs.push(id);
		nodes.push({
			id,
			kind: 'drug',
			label: { en: `Synthetinib ${i + 1}`, zh: `合成替尼 ${i + 1}` },
			aliases: [`SYN-${1000 + i}`],
			group: alk ? `tki-gen-${generation}` : 'other-drugs',
			generation,
			drug_class: alk ? 'alk-tki' : 'multi-kinase',
			status: pick(['approved', 'phase-3', 'phase-2', 'preclinical'] as const)
		});
	}
	const points: string[] = [];
	const alterations: string[] = [];
	for (let i = 0; i < n.alteration; i++) {
		const r = i % 10;
		const subtype =
			r < 6
				? 'point'
				: r < 8 && points.length >= 2
					? 'compound'
					: r < 9
						? 'amplification'
						: 'fusion';
		const id = `alt-${i + 1}`;
		const pos = 1100 + ((i * 37) % 400);
		const short = `${AA[i % 20]}${pos}${AA[(i * 7 + 3) % 20]}`;
		const node: Rec = { id, kind: 'alteration', subtype };
		if (subtype === 'point') {
			Object.assign(node, {
				label: { en: `ALK ${short} (${i + 1})`, zh: `ALK ${short} (${i + 1})` },
				short,
				group: 'kinase-domain-mutations'
			});
			points.push(id);
		} else if (subtype === 'compound') {
			const a = pick(points);
			let b = pick(points);
			if (b === a) b = points[(points.indexOf(a) + 1) % points.length];
			Object.assign(node, {
				label: { en: `Compound ${i + 1}`, zh: `复合突变 ${i + 1}` },
				components: [a, b],
				group: 'compound-mutations'
			});
		} else if (subtype === 'amplification') {
			Object.assign(node, {
				label: { en: `ALK amplification ${i + 1}`, zh: `ALK 扩增 ${i + 1}` },
				group: 'alk-copy-gain'
			});
		} else {
			Object.assign(node, {
				label: { en: `EML4-ALK variant ${i + 1}`, zh: `EML4-ALK 变异体 ${i + 1}` },
				group: 'fusion-variants'
			});
		}
		node.aliases = [short, `${short.toLowerCase()}-${i + 1}`];
		nodes.push(node);
		alterations.push(id);
	}
	const mechanisms: string[] = [];
	for (let i = 0; i < n.mechanism; i++) {
		const [group, cls] = MECH_GROUPS[i % MECH_GROUPS.length];
		const gene = GENES[i % GENES.length];
		const id = `mech-${i + 1}`;
		nodes.push({
			id,
			kind: 'mechanism',
			label: { en: `${gene} activation ${i + 1}`, zh: `${gene} 激活 ${i + 1}` },
			aliases: [`${gene}-${i + 1}`],
			description: {
				en: `Synthetic mechanism ${i + 1}: ${gene} signalling sustains tumour growth despite ALK inhibition.`,
				zh: `合成机制 ${i + 1}:${gene} 信号在 ALK 抑制下维持肿瘤生长。`
			},
			group,
			mechanism_class: cls,
			gene
		});
		mechanisms.push(id);
	}
	const strategies: string[] = [];
	for (let i = 0; i < n.strategy; i++) {
		const id = `strategy-${i + 1}`;
		nodes.push({
			id,
			kind: 'strategy',
			label: { en: `Strategy ${i + 1}`, zh: `策略 ${i + 1}` },
			group: 'treatment-strategies',
			category: pick(['next-line-tki', 'combination', 'chemotherapy', 'targeted-bypass'] as const),
			drugs: [pick(drugs)]
		});
		strategies.push(id);
	}
	const trials: string[] = [];
	for (let i = 0; i < nTrial; i++) {
		const id = `trial-${i + 1}`;
		nodes.push({
			id,
			kind: 'trial',
			label: { en: `SYNTH-${i + 1}`, zh: `SYNTH-${i + 1}` },
			group: 'trials',
			phase: pick(['1', '2', '3']),
			drugs: [pick(drugs)],
			nct: `NCT${String(10000000 + i * 13).padStart(8, '0')}`
		});
		trials.push(id);
	}

	const relations: Rec[] = [];
	const evidence: Rec[] = [];
	const labelOf = new Map(
		nodes.map((n) => [n.id as string, (n.label as { en: string }).en] as const)
	);
	const seen = new Set<string>();
	function relate(type: string, from: string, to: string, context?: 'acquired' | 'primary') {
		const key = `${from} ${type} ${to} ${context ?? ''}`;
		if (seen.has(key) || from === to) return;
		seen.add(key);
		const k = relations.length + 1;
		const id = `rel-${k}`;
		const evId = `ev-${k}`;
		const j = k % SENTENCES.length;
		// the figure is the sentence's own percentage (data:check finds every number in the quote)
		const pct = (j * 7) % 61;
		const s =
			`In ${atlasId} study ${k}, ${labelOf.get(from)} and ${labelOf.get(to)}: resistance emerged ` +
			`in ${pct}% of patients, and the mechanism was confirmed by sequencing.`;
		sentences.push(s);
		const withFigure =
			k % 3 === 0 && pct > 0 && ['emerges_after', 'resistant_to', 'associated_with'].includes(type);
		const figures = withFigure ? [{ measure: 'frequency', value: pct, unit: '%', arm: to }] : [];
		evidence.push({
			id: evId,
			claim: {
				en: `${from} is ${type.replace(/_/g, ' ')} ${to} in synthetic study ${k}, as the source reports.`,
				zh: `合成研究 ${k} 报告 ${from} 与 ${to} 的关系。`
			},
			figures,
			source: 'synthetic-doc',
			...(() => {
				const study = pick(STUDY);
				// level A needs a cited trial report and a figure: the synthetic data grade it B
				const ceiling = LEVEL_CEILING[study];
				return { study_type: study, level: ceiling === 'A' ? 'B' : ceiling };
			})(),
			// a whole sentence or its first half: both occur verbatim in the document
			quote: withFigure || k % 2 ? s : s.slice(0, s.indexOf(':') + 1)
		});
		relations.push({ id, type, from, to, ...(context ? { context } : {}), evidence: [evId] });
	}
	for (const a of alterations) {
		relate('resistant_to', a, pick(alkDrugs), 'acquired');
		if (rand() < 0.5) relate('emerges_after', a, pick(alkDrugs));
		if (rand() < 0.15) relate('sensitive_to', a, pick(alkDrugs));
	}
	for (const node of nodes)
		if (node.subtype === 'compound')
			for (const c of node.components as string[]) relate('component_of', c, node.id as string);
	for (const m of mechanisms) {
		relate('resistant_to', m, pick(alkDrugs), 'acquired');
		// (a mechanism is associated with nothing the documented directions allow; it emerges after a drug)
		if (rand() < 0.2) relate('emerges_after', m, pick(alkDrugs));
	}
	for (const s of strategies)
		relate('overcome_by', pick(rand() < 0.5 ? alterations : mechanisms), s);
	for (const t of trials) relate('evaluated_in', pick(drugs), t);
	// a node no relation joins says why (validate-meaning.ts)
	const linked = new Set(relations.flatMap((r) => [r.from as string, r.to as string]));
	for (const n of nodes)
		if (n.kind !== 'group' && !linked.has(n.id as string))
			n.unlinked = { en: 'Synthetic: drawn without a relation.', zh: '合成:无关系。' };

	const meta = {
		id: atlasId,
		order,
		title: {
			en: `Synthetic atlas (${nodes.length} nodes)`,
			zh: `合成图谱(${nodes.length} 个节点)`
		},
		description: { en: 'Generated for the scale benchmark.', zh: '为规模基准测试生成。' },
		disease: { en: 'Synthetic disease', zh: '合成疾病' },
		coverage_sources: ['synthetic-doc'],
		// the ALK atlas's columns and generation groups, so both arrangements draw the same picture
		mechanism_columns: [
			['alk-tkis', 'other-drugs'],
			['alk-dependent'],
			['fusion-variants', 'alk-independent'],
			['treatment-strategies', 'trials']
		],
		generation_groups: [1, 2, 3, 4].map((generation) => ({
			group: `tki-gen-${generation}`,
			generation
		}))
	};
	const sources = [
		{
			id: 'synthetic-doc',
			type: 'document',
			title: 'Synthetic review',
			file: 'synthetic.txt',
			lang: 'en'
		}
	];
	const w = (f: string, data: unknown) => writeFileSync(join(atlasDir, f), stringify(data));
	w('atlas.yaml', meta);
	w('nodes.yaml', { nodes });
	w('relations.yaml', { relations });
	w('evidence.yaml', { evidence });
	w('sources.yaml', { sources });
	// one story, so the story routes are prerendered as they are for the real atlases
	const first = relations[0] as { id: string; from: string; to: string; evidence: string[] };
	const story = {
		id: `${atlasId}-tour`,
		title: { en: 'A synthetic tour', zh: '合成导览' },
		summary: { en: 'Two steps over the synthetic atlas.', zh: '合成图谱的两步导览。' },
		steps: [
			{
				caption: { en: 'The whole atlas.', zh: '整个图谱。' },
				cites: first.evidence
			},
			{
				caption: { en: 'One relation and its ends.', zh: '一个关系及其两端。' },
				view: `sel=${first.from}`,
				fit: [first.from, first.to],
				cites: first.evidence
			}
		]
	};
	w('stories.yaml', { stories: [story] });
	return sentences;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, dflt: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : dflt;
	};
	const total = Number(arg('nodes', '1000'));
	const r = generateSynthetic(
		total,
		arg('out', `/tmp/ra-synth-${total}`),
		Number(arg('seed', '1'))
	);
	console.log(JSON.stringify(r, null, 2));
}
