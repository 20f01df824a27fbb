/**
 * A chart composed as a 16:9 slide (1920×1080): title, caption, the chart scaled to fill its area,
 * a compact legend of the codes it shows in a column of at most 12 % of the width, and the data
 * release, citation and a short link back to the view. Pure string building: text stays text and
 * every data string is escaped. File names carry the view and the locale.
 */
import { textWidth } from '$lib/charts/palette';
import { esc } from './slide';
import type { LegendItem, Swatch } from '$lib/charts/legend';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
/** the legend column's width: ≤ 12 % of the slide */
export const LEGEND_W = Math.floor(SLIDE_W * 0.12);
const PAD = 40;
const TOP = 150;
const BOTTOM = 96;
const LEGEND_FONT = 20;
const SW = 20;

export interface ChartSlideInput {
	title: string;
	caption: string;
	/** the chart's own SVG: inner markup and its layout size (SVG units) */
	chart: { markup: string; width: number; height: number };
	legend: LegendItem[];
	legendHeading: string;
	/** e.g. "Data release 2026.11.0 · Resistance Atlas (2026). …" */
	footer: string;
	/** a short link back to the view (origin + path) */
	link: string;
	font: string;
	/** chart and legend only: title, caption, footer and link are the deck's editable text */
	bare?: boolean;
}

/** Width / height of the area a chart is scaled into. */
export const CHART_AREA_RATIO = (SLIDE_W - 2 * PAD - LEGEND_W - 24) / (SLIDE_H - TOP - BOTTOM);

/** The box the chart is scaled into, and its scale (px per chart unit). */
export function chartBox(chart: { width: number; height: number }, bare = false) {
	const [top, bottom] = bare ? [PAD, PAD] : [TOP, BOTTOM];
	const w = SLIDE_W - 2 * PAD - LEGEND_W - 24;
	const h = SLIDE_H - top - bottom;
	const k = Math.min(w / chart.width, h / chart.height);
	return {
		k,
		x: PAD + (w - chart.width * k) / 2,
		y: top + (h - chart.height * k) / 2,
		width: chart.width * k,
		height: chart.height * k
	};
}

/** Words (or CJK characters) wrapped to lines no wider than `width` px at `font` px. */
export function wrap(text: string, width: number, font: number): string[] {
	const unit = font / 12;
	const parts =
		text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const p of parts) {
		if (line && textWidth((line + p).trimEnd()) * unit > width) {
			lines.push(line.trimEnd());
			line = p;
		} else line += p;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

function swatch(s: Swatch, x: number, y: number): string {
	const h = SW / 2;
	switch (s.shape) {
		case 'rect':
			return `<rect x="${x}" y="${y}" width="${SW}" height="${SW}" fill="${s.fill}"${s.opacity !== undefined ? ` opacity="${s.opacity}"` : ''}${s.stroke ? ` stroke="${s.stroke}" stroke-width="2"` : ''}/>`;
		case 'circle':
			return `<circle cx="${x + h}" cy="${y + h}" r="${h - 1}" fill="${s.fill}"/>`;
		case 'diamond':
			return `<path d="M${x + h} ${y} L${x + SW} ${y + h} L${x + h} ${y + SW} L${x} ${y + h}Z" fill="#fff" stroke="${s.stroke}" stroke-width="3"/>`;
		case 'line':
			return `<line x1="${x}" x2="${x + SW}" y1="${y + h}" y2="${y + h}" stroke="${s.stroke}" stroke-width="3"/>`;
		default:
			return `<rect x="${x}" y="${y}" width="${SW}" height="${SW}" fill="${s.fill}" stroke="#8c96a3"/><text x="${x + h}" y="${y + SW - 4}" text-anchor="middle" font-size="${LEGEND_FONT - 2}" font-weight="700">${esc(s.glyph)}</text>`;
	}
}

/** The legend column: heading, then each item (its label wrapped to the column). */
export function legendColumn(items: LegendItem[], heading: string, x: number, y: number): string {
	const out = [
		`<text x="${x}" y="${y}" font-size="${LEGEND_FONT + 2}" font-weight="700">${esc(heading)}</text>`
	];
	let yy = y + 18;
	const textW = LEGEND_W - SW - 8;
	for (const it of items) {
		out.push(swatch(it.swatch, x, yy));
		const lines = wrap(it.label, textW, LEGEND_FONT);
		lines.forEach((l, i) =>
			out.push(
				`<text x="${x + SW + 8}" y="${yy + SW - 3 + i * (LEGEND_FONT + 4)}" font-size="${LEGEND_FONT}">${esc(l)}</text>`
			)
		);
		yy += Math.max(SW, lines.length * (LEGEND_FONT + 4)) + 12;
	}
	return out.join('');
}

/** The slide as a standalone SVG document. */
export function chartSlideSvg(s: ChartSlideInput): string {
	const b = chartBox(s.chart, s.bare);
	const lx = SLIDE_W - PAD - LEGEND_W;
	const caption = s.bare ? [] : wrap(s.caption, SLIDE_W - 2 * PAD, 26).slice(0, 2);
	const text = (markup: string) => (s.bare ? '' : markup);
	return [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${esc(s.font)}" fill="#1a1a1a">`,
		`<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="#ffffff"/>`,
		text(`<text x="${PAD}" y="66" font-size="44" font-weight="700">${esc(s.title)}</text>`),
		...caption.map(
			(l, i) => `<text x="${PAD}" y="${108 + i * 32}" font-size="26" fill="#333">${esc(l)}</text>`
		),
		`<svg x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" viewBox="0 0 ${s.chart.width} ${s.chart.height}">${s.chart.markup}</svg>`,
		s.legend.length ? legendColumn(s.legend, s.legendHeading, lx, (s.bare ? PAD : TOP) + 24) : '',
		text(`<text x="${PAD}" y="${SLIDE_H - 52}" font-size="20" fill="#444">${esc(s.footer)}</text>`),
		text(
			`<text x="${PAD}" y="${SLIDE_H - 22}" font-size="20" fill="#0b5cad" class="view-link">${esc(s.link)}</text>`
		),
		`</svg>`,
		''
	].join('\n');
}

/** The slide's file name: view and locale, e.g. resistance-atlas-frequency-zh.svg */
export const chartSlideName = (chart: string, locale: string, ext: 'svg' | 'png' | '2x.png') =>
	`resistance-atlas-${chart}-${locale}${ext === '2x.png' ? '@2x.png' : `.${ext}`}`;
