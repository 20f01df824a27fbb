/**
 * "Paste your variants": free text from a report → atlas entities, line by line. Pure; never throws.
 *
 * Accepts one variant per line or separated by , ; 、 ， ； +, any case, full-width characters,
 * `G1202R`, `ALK G1202R`, `p.G1202R`, `p.Gly1202Arg`, `EML4-ALK v3`, `V3`, `E6;A20`, `MET amp`,
 * `MET 扩增`, `KRAS G12C`, Chinese names, and tab- or comma-separated rows of a lab report.
 *
 * Default (documented in the UI): `/` joins a compound mutation (one allele, the atlas's notation,
 * `G1202R/L1196M`); every other separator, `+` included, lists co-occurring alterations, each
 * answered on its own. When co-occurring ones form a compound the atlas knows, the line says so.
 */
import type { Alteration, AtlasNode } from './types';
import { ALK_RESIDUES } from './residue';

export type VariantReason =
	| 'cdna' // c.-level change: not supported
	| 'unknown-residue' // residue or reference amino acid not in ALK as the atlas names it
	| 'not-in-atlas' // well-formed, but no such entity here
	| 'ambiguous' // several entities answer to the name
	| 'drug' // a drug, not a variant
	| 'ignored'; // a number, a header or a gene name alone

export interface VariantLine {
	input: string;
	/** atlas ids the line stands for (alterations or mechanisms; a drug for `drug`) */
	ids: string[];
	reason?: VariantReason;
	/** ids the reason talks about: the candidates of `ambiguous`, the compound co-occurring ones form */
	related?: string[];
}

export interface VariantResult {
	lines: VariantLine[];
	/** alteration and mechanism ids recognised, in order, without repeats */
	genotype: string[];
}

const AA: Record<string, string> = {
	ala: 'A',
	arg: 'R',
	asn: 'N',
	asp: 'D',
	cys: 'C',
	gln: 'Q',
	glu: 'E',
	gly: 'G',
	his: 'H',
	ile: 'I',
	leu: 'L',
	lys: 'K',
	met: 'M',
	phe: 'F',
	pro: 'P',
	ser: 'S',
	thr: 'T',
	trp: 'W',
	tyr: 'Y',
	val: 'V',
	ter: '*'
};
const PROTEIN =
	/^(?:([a-z][a-z0-9]{1,7})\s*[:\s]\s*)?(?:p\.)?\(?([a-z]{1,3})(\d{2,5})([a-z]{1,3}|\*)\)?$/i;
const AMP_WORD = '(?:基因)?(?:amp|amplification|amplified|gain|扩增|拷贝数增加)';
const AMP = new RegExp(`^([a-z][a-z0-9-]{1,9})\\s*${AMP_WORD}$`, 'i');
const FUSION_V = /^(?:eml4\s*-?\s*alk\s*)?(?:v|var\.?|variant|变异体|变体)\s*(\d{1,2}[ab]?)$/i;
const HEADER =
	/^(gene|genes|variant|variants|mutation|mutations|hgvs|protein|result|vaf|af|基因|突变|变异|检测结果|丰度|突变丰度|氨基酸改变|核苷酸改变)$/i;
const NUMBER = /^[<>≤≥~]?\s*\d+(?:\.\d+)?\s*%?$/;

/** NFKC (full-width → ASCII), `、` as a comma, one space. */
function normalise(s: string): string {
	return s
		.normalize('NFKC')
		.replace(/、/g, ',')
		.replace(/[ \t\u00a0]+/g, ' ')
		.trim();
}
const key = (s: string) =>
	normalise(s)
		.toLowerCase()
		.replace(/[\s_.\-–:()（）]/g, '');

interface Index {
	names: Map<string, string[]>;
	/** gene symbols the atlas names (a gene alone is not a variant) */
	genes: Set<string>;
	node: Map<string, AtlasNode>;
}

const INDEX = new WeakMap<AtlasNode[], Index>();

/** The name index of an atlas's nodes, built once per nodes array. */
function indexOf(nodes: AtlasNode[]): Index {
	const cached = INDEX.get(nodes);
	if (cached) return cached;
	const ix = buildIndex(nodes);
	INDEX.set(nodes, ix);
	return ix;
}

function buildIndex(nodes: AtlasNode[]): Index {
	const names = new Map<string, string[]>();
	const add = (name: string | undefined, id: string) => {
		if (!name) return;
		const k = key(name);
		if (k.length < 2) return;
		const ids = names.get(k) ?? [];
		if (!ids.includes(id)) names.set(k, [...ids, id]);
	};
	for (const n of nodes) {
		if (n.kind !== 'alteration' && n.kind !== 'mechanism' && n.kind !== 'drug') continue;
		for (const s of [n.id, n.label.en, n.label.zh, ...n.aliases]) {
			add(s, n.id);
			if (n.kind === 'alteration') add(s.replace(/^ALK\s+/i, ''), n.id);
		}
		if (n.kind === 'alteration') [n.short, n.hgvs].forEach((s) => add(s, n.id));
		if (n.kind === 'drug') n.codes.forEach((s) => add(s, n.id));
	}
	const genes = new Set(['ALK', 'EML4']);
	for (const n of nodes) if ('gene' in n && n.gene) genes.add(n.gene.toUpperCase());
	return { names, genes, node: new Map(nodes.map((n) => [n.id, n])) };
}

/** `p.Gly1202Arg` → { gene: 'ALK', ref: 'G', pos: 1202, alt: 'R' } */
function protein(s: string) {
	const m = PROTEIN.exec(s);
	if (!m) return null;
	const one = (a: string) =>
		a === '*' ? '*' : a.length === 1 ? a.toUpperCase() : AA[a.toLowerCase()];
	const ref = one(m[2]);
	const alt = one(m[4]);
	if (!ref || !alt) return null;
	return { gene: (m[1] ?? 'ALK').toUpperCase(), ref, pos: Number(m[3]), alt };
}

function one(token: string, ix: Index, nodes: AtlasNode[]): VariantLine {
	const input = token;
	const pIn = /(?:^|\s)((?:[a-z0-9]+\s*[:\s]\s*)?p\.\S+)/i.exec(token);
	const t = pIn ? pIn[1] : token;
	const hit = (ids: string[]): VariantLine =>
		ids.length > 1
			? { input, ids: [], reason: 'ambiguous', related: ids }
			: ix.node.get(ids[0])?.kind === 'drug'
				? { input, ids, reason: 'drug' }
				: { input, ids };
	const named = ix.names.get(key(t));
	if (named) return hit(named);
	// `V3 (E6;A20)`: a name and its other name agree
	const par = /^(.+?)\s*\((.+)\)$/.exec(t);
	if (par && !/p\.\s*$/i.test(par[1])) {
		const [a, b] = [one(par[1], ix, nodes), one(par[2], ix, nodes)];
		if (!a.reason && (b.reason || a.ids.join() === b.ids.join())) return { ...a, input };
		if (!b.reason && a.reason) return { ...b, input };
		if (!a.reason && !b.reason)
			return { input, ids: [], reason: 'ambiguous', related: [...a.ids, ...b.ids] };
	}
	if (/(^|\s)c\.[-*]?\d/i.test(t)) return { input, ids: [], reason: 'cdna' };
	if (NUMBER.test(t) || HEADER.test(t) || ix.genes.has(t.toUpperCase()))
		return { input, ids: [], reason: 'ignored' };
	const amp = AMP.exec(t);
	if (amp) {
		const gene = amp[1].toUpperCase();
		const ids = nodes
			.filter((n) => n.id === `${gene.toLowerCase()}-amplification`)
			.map((n) => n.id);
		return ids.length ? hit(ids) : { input, ids: [], reason: 'not-in-atlas' };
	}
	const fv = FUSION_V.exec(t);
	if (fv) {
		const found = ix.names.get(key(`EML4-ALK V${fv[1]}`));
		return found ? hit(found) : { input, ids: [], reason: 'not-in-atlas' };
	}
	if (t.includes('/')) return compound(input, t, ix, nodes);
	const p = protein(t);
	if (!p) return { input, ids: [], reason: 'not-in-atlas' };
	if (p.gene !== 'ALK') {
		const ids = nodes
			.filter(
				(n) =>
					n.kind === 'mechanism' && n.gene?.toUpperCase() === p.gene && /mutation/i.test(n.label.en)
			)
			.map((n) => n.id);
		return ids.length ? hit(ids) : { input, ids: [], reason: 'not-in-atlas' };
	}
	const short = ix.names.get(key(`${p.ref}${p.pos}${p.alt}`));
	if (short) return hit(short);
	const atResidue = nodes.filter(
		(n): n is Alteration =>
			n.kind === 'alteration' &&
			(n.subtype === 'point' || n.subtype === 'insertion') &&
			/^[A-Z](\d+)/.exec(n.short ?? '')?.[1] === String(p.pos)
	);
	if (p.pos > ALK_RESIDUES || atResidue.some((n) => n.short?.[0] !== p.ref))
		return { input, ids: [], reason: 'unknown-residue', related: atResidue.map((n) => n.id) };
	return { input, ids: [], reason: 'not-in-atlas', related: atResidue.map((n) => n.id) };
}

/** `G1202R/L1196M`: the compound whose components are exactly these. */
function compound(input: string, t: string, ix: Index, nodes: AtlasNode[]): VariantLine {
	const gene = /^alk\s+/i.test(t) ? 'ALK ' : '';
	const parts = t
		.replace(/^alk\s+/i, '')
		.split('/')
		.map((s) => one(gene + s.trim(), ix, nodes));
	if (parts.some((p) => p.ids.length !== 1 || p.reason))
		return { input, ids: [], reason: parts.find((p) => p.reason)?.reason ?? 'not-in-atlas' };
	const want = parts.map((p) => p.ids[0]).sort();
	const c = nodes.find(
		(n) =>
			n.kind === 'alteration' &&
			n.subtype === 'compound' &&
			[...n.components].sort().join() === want.join()
	);
	return c ? { input, ids: [c.id] } : { input, ids: [], reason: 'not-in-atlas', related: want };
}

/** Split a paste into tokens: lines; tab-separated cells; , ; + (but not `E6;A20`). */
export function tokens(text: string): { row: number; text: string }[] {
	const out: { row: number; text: string }[] = [];
	const lines = String(text ?? '')
		.normalize('NFKC')
		.replace(/、/g, ',')
		.split(/\r?\n|\r/);
	lines.forEach((line, row) => {
		const guarded = line.replace(/\b([A-Z]{1,5}\d{1,2})\s*;\s*(A\d{1,2})\b/gi, '$1\uE000$2');
		for (const cell of guarded.split(/\t|[,;+]/)) {
			const t = cell
				.replace(/\uE000/g, ';')
				.replace(/\s+/g, ' ')
				.trim();
			if (t) out.push({ row, text: t });
		}
	});
	return out.slice(0, 500);
}

/**
 * Parse pasted variants against an atlas's nodes.
 *
 * @example parseVariants('EML4-ALK v3 + G1202R/L1196M', atlas.nodes).genotype
 *   // ['eml4-alk-v3', 'alk-g1202r-l1196m']
 */
export function parseVariants(text: string, nodes: AtlasNode[]): VariantResult {
	const ix = indexOf(nodes);
	const raw = tokens(text);
	// a gene cell followed by its change on the same row (`ALK<TAB>p.G1202R`, `MET<TAB>扩增`) is one variant
	const merged: { row: number; text: string }[] = [];
	for (let i = 0; i < raw.length; i++) {
		const [t, next] = [raw[i], raw[i + 1]];
		const gene = /^[a-z]{2}[a-z0-9]{0,6}$/i.test(t.text) && !ix.names.has(key(t.text));
		const change =
			next &&
			(protein(next.text)?.gene === 'ALK' || new RegExp(`^${AMP_WORD}$`, 'i').test(next.text));
		if (gene && change && next.row === t.row)
			merged.push({ row: t.row, text: `${t.text} ${raw[++i].text}` });
		else merged.push(t);
	}
	const lines = merged.map((t) => one(t.text, ix, nodes));
	// a report row that names the protein change: its c. cell is not a second variant
	merged.forEach((t, i) => {
		const p = (j: number) =>
			merged[j].row === t.row && (!lines[j].reason || !!protein(merged[j].text));
		if (lines[i].reason === 'cdna' && merged.some((_, j) => p(j))) lines[i].reason = 'ignored';
		// `EML4-ALK<TAB>V3`: the fusion column is said more exactly by its variant
		const fusion = (j: number) => {
			const n = ix.node.get(lines[j].ids[0] ?? '');
			return n?.kind === 'alteration' && n.subtype === 'fusion' && !lines[j].reason ? n : null;
		};
		const f = fusion(i);
		if (f && !f.short && merged.some((o, j) => o.row === t.row && fusion(j)?.short))
			lines[i].reason = 'ignored';
	});
	const genotype = [...new Set(lines.filter((l) => !l.reason).flatMap((l) => l.ids))];
	// co-occurring alterations that the atlas also knows as one compound mutation
	for (const c of nodes)
		if (
			c.kind === 'alteration' &&
			c.subtype === 'compound' &&
			c.components.length > 1 &&
			c.components.every((x) => genotype.includes(x))
		)
			for (const l of lines) if (c.components.includes(l.ids[0])) l.related = [c.id];
	return { lines, genotype };
}
