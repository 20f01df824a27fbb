/**
 * Geometry of the lollipop chart (pure, deterministic): D3 scales for residue and frequency,
 * needle heads dodged sideways so close residues stay readable, compound arcs, and the strip's
 * chips. The Svelte layers only draw what this returns.
 */
import { scaleLinear } from 'd3-scale';
import type { LollipopArc, LollipopModel, LollipopNeedle, StripRow } from '../domain/lollipop';
import { textWidth } from './palette';

export const HEAD = 8; // head radius (room for its 13 px level letter)
const GAP = 17; // least distance between two residues' heads and labels
const NR_BASE = 18; // first "not reported" head above the axis
const NR_STEP = 16;
const FREQ_H = 84;
const BAR = 18; // the residue track
const CHIP_H = 20;
const ARC_STEP = 15;

export interface Residue {
	position: number;
	/** exact x on the axis */
	x: number;
	/** dodged x of its heads and label */
	lx: number;
	label: string;
}
export interface PlacedNeedle {
	needle: LollipopNeedle;
	lx: number;
	x: number;
	/** y of the head */
	y: number;
	/** where the stem leaves the residue track */
	base: number;
}
export interface PlacedArc {
	arc: LollipopArc;
	paths: string[];
	apex: { x: number; y: number };
}
export interface Chip {
	x: number;
	y: number;
	w: number;
	drug: string;
	label: string;
	status: 'sensitive' | 'resistant' | 'conflicting' | 'none';
	level: string | null;
}

/** `I1171N`, `I1171S`… at one residue → `I1171N/S`. */
export function residueLabel(shorts: string[]): string {
	const m = shorts.map((s) => /^([A-Z]?\d+)([A-Z*]+)$/.exec(s));
	if (shorts.length > 1 && m.every((x) => x && x[1] === m[0]![1]))
		return `${m[0]![1]}${m.map((x) => x![2]).join('/')}`;
	return shorts.join(' · ');
}

/** Spread sorted xs to at least `gap` apart, within [lo, hi]. */
export function dodge(xs: number[], gap: number, lo: number, hi: number): number[] {
	const out = [...xs];
	for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i], lo, i ? out[i - 1] + gap : lo);
	for (let i = out.length - 1; i >= 0; i--)
		out[i] = Math.min(out[i], hi, i < out.length - 1 ? out[i + 1] - gap : hi);
	return out;
}

export function lollipopLayout(
	model: LollipopModel,
	width: number,
	strip: StripRow[],
	drugLabel: (id: string) => string,
	/** top of the plot (below title and key) */
	top = 100,
	/** room left of the plot for the track names */
	left = 150,
	/** lines of notes under the plot (mutations off the drawn span) */
	notes = 0
) {
	const m = { left, right: 24, top };
	const [a, b] = model.span;
	const x = scaleLinear()
		.domain([a - 4, b + 4])
		.range([m.left, width - m.right]);
	const positions = [...new Set(model.needles.map((n) => n.position))].sort((p, q) => p - q);
	const lxs = dodge(
		positions.map((p) => x(p)),
		GAP,
		m.left,
		width - m.right
	);
	const residues: Residue[] = positions.map((p, i) => ({
		position: p,
		x: x(p),
		lx: lxs[i],
		label: residueLabel(model.needles.filter((n) => n.position === p).map((n) => n.short))
	}));
	const lxOf = (p: number) => residues.find((r) => r.position === p)?.lx ?? x(p);
	const side = (s: 'up' | 'down') => model.needles.filter((n) => n.side === s);
	const maxStack = (ns: LollipopNeedle[]) =>
		ns.filter((n) => !n.frequency).reduce((k, n) => Math.max(k, n.stack), -1);
	// the frequency axis spans what is drawn on it: the needles above the axis
	const freqMax = Math.max(
		0,
		...model.needles.filter((n) => n.side === 'up').map((n) => n.frequency?.value ?? 0)
	);
	const fmax = freqMax ? Math.ceil(freqMax / 10) * 10 : 0;
	const up = side('up');
	const down = side('down');
	const nrUp = NR_BASE + (maxStack(up) + 1) * NR_STEP;
	const upFreq = up.some((n) => n.frequency) ? FREQ_H : 0;
	const axis = m.top + upFreq + nrUp + 6; // top of the residue track
	const y = scaleLinear()
		.domain([0, fmax || 1])
		.range([axis - nrUp, axis - nrUp - upFreq]);
	const labelBand = 20 + Math.max(0, ...residues.map((r) => textWidth(r.label) * (11 / 12)));
	const downTop = axis + BAR + labelBand;
	const nrDown = down.length ? NR_BASE + (maxStack(down) + 1) * NR_STEP : 0;
	// stacking among the needles without a frequency only
	const nrIndex = (n: LollipopNeedle) =>
		model.needles.filter(
			(o) => o.position === n.position && o.side === n.side && !o.frequency && o.stack < n.stack
		).length;
	const needles: PlacedNeedle[] = model.needles.map((n) => {
		const lx = lxOf(n.position);
		const k = nrIndex(n);
		if (n.side === 'up')
			return {
				needle: n,
				lx,
				x: x(n.position),
				base: axis,
				y: n.frequency ? y(n.frequency.value) : axis - NR_BASE - k * NR_STEP
			};
		return { needle: n, lx, x: x(n.position), base: downTop, y: downTop + NR_BASE + k * NR_STEP };
	});
	// compound arcs hang below the lower panel, joining component residues
	const arcTop = downTop + nrDown + 14;
	// nested by span: the shortest arc is the shallowest, each apex on its own line
	const spanOf = (a: LollipopArc) => Math.max(...a.positions) - Math.min(...a.positions);
	const rank = [...model.arcs].sort((p, q) => spanOf(p) - spanOf(q) || (p.id < q.id ? -1 : 1));
	let arcDepth = 0;
	const arcs: PlacedArc[] = model.arcs.map((arc) => {
		const ps = [...arc.positions].sort((p, q) => p - q);
		const depth = (22 + ARC_STEP * rank.indexOf(arc)) / 0.75;
		const paths: string[] = [];
		let apex = { x: 0, y: arcTop };
		for (let i = 1; i < ps.length; i++) {
			const [x1, x2] = [lxOf(ps[i - 1]), lxOf(ps[i])];
			// a short segment of a longer compound stays shallow
			const d = ps.length > 2 ? Math.min(depth, 30 + x2 - x1) : depth;
			paths.push(`M${x1},${arcTop}C${x1},${arcTop + d} ${x2},${arcTop + d} ${x2},${arcTop}`);
			const ay = arcTop + d * 0.75;
			if (ay >= apex.y) apex = { x: (x1 + x2) / 2, y: ay };
		}
		arcDepth = Math.max(arcDepth, apex.y - arcTop + 16);
		return { arc, paths, apex };
	});
	// the strip: chips of drug activity, wrapped
	const stripTop = arcTop + arcDepth + 24;
	const chips: { row: StripRow; y: number; chips: Chip[] }[] = [];
	let cy = stripTop + 24;
	for (const row of strip) {
		let cx = m.left;
		const rowY = cy;
		const list: Chip[] = [];
		for (const c of row.cells) {
			const label = drugLabel(c.col);
			const w = 30 + textWidth(label) + (c.level ? 12 : 0);
			if (cx + w > width - m.right && cx > m.left) {
				cx = m.left;
				cy += CHIP_H + 4;
			}
			list.push({ x: cx, y: cy, w, drug: c.col, label, status: c.status, level: c.level });
			cx += w + 6;
		}
		chips.push({ row, y: rowY, chips: list });
		cy += CHIP_H + 10;
	}
	// an empty strip is one line of hint (at stripTop + 14)
	const height = (strip.length ? cy + 10 : stripTop + 24) + 22 + notes * 14;
	return {
		m,
		x,
		y,
		fmax,
		axis,
		bar: BAR,
		downTop,
		nrUp,
		upFreq,
		nrDown,
		labelBand,
		residues,
		needles,
		arcTop,
		arcs,
		stripTop,
		chips,
		chipH: CHIP_H,
		height
	};
}
export type LollipopLayout = ReturnType<typeof lollipopLayout>;

/** The chart's words, in the page's language (built by specs.ts). */
export interface LollipopText {
	axis: string;
	freqAxis: string;
	nr: string;
	up: string;
	down: string;
	arcs: string;
	strip: (label: string) => string;
	stripEmpty: string;
	/** a selection the matrix has no row for */
	stripNone: string;
	gen: (g: number | null) => string;
	emerges: string;
	escapes: string;
	notStated: string;
	level: string;
	genotype: string;
	offScale: (label: string, position: number) => string;
	status: Record<'sensitive' | 'resistant' | 'conflicting' | 'none', string>;
}

/** Head shape by generation (colour is never the only code). */
export function headPath(g: number | null, cx: number, cy: number, r: number): string {
	if (g === 2) return `M${cx - r * 0.9},${cy - r * 0.9}h${r * 1.8}v${r * 1.8}h${-r * 1.8}Z`;
	if (g === 3)
		return `M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`;
	if (g === 4)
		return `M${cx},${cy - r * 1.2}L${cx + r * 1.15},${cy + r * 0.85}L${cx - r * 1.15},${cy + r * 0.85}Z`;
	return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}
