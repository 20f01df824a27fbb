/**
 * Model → lollipop rows: one needle per ALK point mutation or insertion at its residue, one arc per
 * compound mutation, and the strip of drug activity for a selection. Pure and deterministic.
 *
 * Height is the highest frequency a source gives for the alteration at resistance (with the drug it
 * was measured after), or null: "frequency not reported". Nothing is estimated.
 */
import type { Atlas, AtlasMeta, AtlasNode, Evidence, Relation } from './types';
import { shortSource, type Matrix, type MatrixCell } from './charts';
import { generationOf } from './vocabulary';
import { ALK_RESIDUES, residuesOfNode } from './residue';
import { compareNumeric, type Locale } from './text';

export interface LollipopFrequency {
	value: number;
	/** the drug it was measured after */
	drug: string;
	drugLabel: string;
	evidence: string;
	source: string;
}

interface Mark {
	id: string;
	label: string;
	/** generation of the drugs it emerges after (latest), else of those it escapes; null: not stated */
	generation: number | null;
	basis: 'emerges' | 'escapes' | null;
	/** labels of the drugs or generations it emerges after */
	after: string[];
	/** strongest evidence level behind it (A best) */
	level: string | null;
	/** drawn above the axis (after 1st/2nd generation) or below (after 3rd/4th) */
	side: 'up' | 'down';
}

export interface LollipopNeedle extends Mark {
	short: string;
	position: number;
	/** index among the needles at the same residue (0 = nearest the axis) */
	stack: number;
	frequency: LollipopFrequency | null;
}

export interface LollipopArc extends Mark {
	positions: number[];
	components: string[];
}

export interface LollipopModel {
	needles: LollipopNeedle[];
	arcs: LollipopArc[];
	/** first and last residue drawn */
	span: [number, number];
	/** alterations whose residue lies outside ALK (as printed) */
	offScale: { id: string; label: string; position: number }[];
}

const TYPES = new Set(['emerges_after', 'sensitive_to', 'resistant_to', 'overcome_by']);

function mark(
	meta: AtlasMeta,
	n: AtlasNode,
	rels: Relation[],
	ev: Map<string, Evidence>,
	node: Map<string, AtlasNode>,
	locale: Locale
): Mark {
	const mine = rels.filter((r) => r.from === n.id);
	const gens = (type: string) =>
		mine
			.filter((r) => r.type === type)
			.map((r) => generationOf(meta, node.get(r.to)))
			.filter((g): g is number => g !== null);
	const emerges = gens('emerges_after');
	const escapes = gens('resistant_to');
	const generation = emerges.length
		? Math.max(...emerges)
		: escapes.length
			? Math.max(...escapes)
			: null;
	const levels = [...mine.flatMap((r) => r.evidence), ...n.evidence.filter((id) => ev.has(id))].map(
		(id) => ev.get(id)?.level ?? 'E'
	);
	return {
		id: n.id,
		label: n.label[locale],
		generation,
		basis: emerges.length ? 'emerges' : escapes.length ? 'escapes' : null,
		after: mine
			.filter((r) => r.type === 'emerges_after')
			.map((r) => node.get(r.to)?.label[locale] ?? r.to),
		level: levels.sort()[0] ?? null,
		side: (generation ?? 0) >= 3 ? 'down' : 'up'
	};
}

/**
 * The highest frequency a source gives for an alteration at resistance: figures `frequency` in % of
 * the evidence of its `emerges_after` relations, whose arm is the relation's drug, or a drug of the
 * relation's generation group (`tki-gen-2` → brigatinib; atlas.yaml `generation_groups`).
 */
export function highestFrequency(
	atlas: Atlas,
	id: string,
	locale: Locale
): LollipopFrequency | null {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	let best: LollipopFrequency | null = null;
	for (const r of atlas.relations) {
		if (r.type !== 'emerges_after' || r.from !== id) continue;
		const to = node.get(r.to);
		const armOk = (arm: string | undefined) => {
			if (!arm) return false;
			if (arm === r.to) return true;
			const d = node.get(arm);
			return (
				to?.kind === 'group' && d?.kind === 'drug' && generationOf(atlas.meta, to) === d.generation
			);
		};
		for (const eid of r.evidence) {
			const e = ev.get(eid);
			for (const f of e?.figures ?? []) {
				if (f.measure !== 'frequency' || f.unit !== '%' || !armOk(f.arm)) continue;
				const value = f.value ?? f.high;
				if (value === undefined || !e) continue;
				if (best && best.value >= value) continue;
				best = {
					value,
					drug: f.arm!,
					drugLabel: node.get(f.arm!)?.label[locale] ?? f.arm!,
					evidence: e.id,
					source: shortSource(atlas, e)
				};
			}
		}
	}
	return best;
}

/** Needles and arcs of every ALK kinase-domain alteration whose name gives a residue. */
export function lollipopModel(atlas: Atlas, locale: Locale): LollipopModel {
	const node = new Map(atlas.nodes.map((n) => [n.id, n]));
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	const rels = atlas.relations.filter((r) => TYPES.has(r.type));
	const byId = (id: string) => node.get(id);
	const needles: LollipopNeedle[] = [];
	const arcs: LollipopArc[] = [];
	const offScale: LollipopModel['offScale'] = [];
	for (const n of atlas.nodes) {
		if (n.kind !== 'alteration' || (n.gene ?? 'ALK') !== 'ALK') continue;
		const pos = residuesOfNode(n, byId);
		if (!pos.length) continue;
		if (pos.some((p) => p > ALK_RESIDUES)) {
			offScale.push({ id: n.id, label: n.label[locale], position: Math.max(...pos) });
			continue;
		}
		const m = mark(atlas.meta, n, rels, ev, node, locale);
		if (n.subtype === 'compound')
			arcs.push({ ...m, positions: pos, components: n.components.filter((c) => node.has(c)) });
		else
			needles.push({
				...m,
				short: n.short ?? n.label.en.replace(/^ALK\s+/, ''),
				position: pos[0],
				stack: 0,
				frequency: highestFrequency(atlas, n.id, locale)
			});
	}
	needles.sort((a, b) => a.position - b.position || compareNumeric(a.short, b.short));
	for (let i = 1; i < needles.length; i++)
		if (needles[i].position === needles[i - 1].position)
			needles[i].stack = needles[i - 1].stack + 1;
	arcs.sort(
		(a, b) => Math.min(...a.positions) - Math.min(...b.positions) || compareNumeric(a.id, b.id)
	);
	const all = [...needles.map((n) => n.position), ...arcs.flatMap((a) => a.positions)];
	return {
		needles,
		arcs,
		span: all.length ? [Math.min(...all), Math.max(...all)] : [0, 1],
		offScale
	};
}

/**
 * The alterations a selection points at: a needle → every needle at its residue; a compound → the
 * compound; a relation → what its alteration end points at. Empty when the chart has none.
 */
export function selectedAlterations(
	model: LollipopModel,
	atlas: Atlas,
	sel: string | null
): string[] {
	if (!sel) return [];
	const needle = model.needles.find((n) => n.id === sel);
	if (needle) return model.needles.filter((n) => n.position === needle.position).map((n) => n.id);
	if (model.arcs.some((a) => a.id === sel)) return [sel];
	const r = atlas.relations.find((x) => x.id === sel);
	if (!r) return [];
	const end = [r.from, r.to].find(
		(id) => model.needles.some((n) => n.id === id) || model.arcs.some((a) => a.id === id)
	);
	return end ? selectedAlterations(model, atlas, end) : [];
}

export interface StripRow {
	id: string;
	label: string;
	cells: (MatrixCell & { status: 'sensitive' | 'resistant' | 'conflicting' })[];
}

/** The sensitivity matrix's rows for the selected alterations, with only the cells that speak. */
export function stripRows(matrix: Matrix, ids: string[]): StripRow[] {
	return matrix.rows
		.filter((r) => ids.includes(r.id))
		.map((r) => ({
			id: r.id,
			label: r.label,
			// activity only: negative evidence ("looked for, not found") is no verdict on a drug
			cells: matrix.cells.filter(
				(c): c is MatrixCell & { status: 'sensitive' | 'resistant' | 'conflicting' } =>
					c.row === r.id && c.status !== 'none' && c.status !== 'not-found'
			)
		}));
}
