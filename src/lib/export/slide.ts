/**
 * A slide-size (16:9) SVG around a picture: title, caption, the picture scaled to fit, an optional
 * legend, and a footer with the data release and a citation line. Pure string building (text stays
 * text; every data string is escaped).
 */
import { EDGE_KEYS, NODE_KEYS, SHAPE_PATHS } from '../network/graph-style';

export const SLIDE = { width: 1920, height: 1080 } as const;

export const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SlideInput {
	title: string;
	caption: string;
	/** inner SVG markup of the picture and its own size */
	body: { markup: string; width: number; height: number };
	legend?: { nodes: Record<string, string>; edges: Record<string, string>; heading: string };
	footer: string;
	font: string;
	/** picture and legend only: title, caption and footer are the deck's editable text */
	bare?: boolean;
}

/** The arrowhead of a relation style at the end of a legend line (shape tells relations apart). */
function arrowHead(kind: string, x: number, y: number): string {
	switch (kind) {
		case 'triangle':
			return `<path d="M${x - 9} ${y - 7} L${x + 2} ${y} L${x - 9} ${y + 7}Z" fill="#333"/>`;
		case 'tee':
			return `<path d="M${x} ${y - 9} V${y + 9}" stroke="#333" stroke-width="4"/>`;
		case 'circle':
			return `<circle cx="${x}" cy="${y}" r="5" fill="#333"/>`;
		case 'vee':
			return `<path d="M${x - 10} ${y - 7} L${x + 2} ${y} L${x - 10} ${y + 7} L${x - 6} ${y}Z" fill="#333"/>`;
		case 'square':
			return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="#333"/>`;
		default:
			return '';
	}
}

/** Width in Latin characters: a CJK character (or full-width form) is two. */
const width = (s: string) =>
	[...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 2 : 1), 0);

/** Lines of at most `n` Latin characters wide (words kept whole where they fit; CJK breaks anywhere). */
export function wrapText(s: string, n: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of s.split(/(?<=\s)|(?=[\u3000-\u9fff])/)) {
		if (width((line + word).trim()) > n && line.trim()) {
			out.push(line.trim());
			line = '';
		}
		line += word;
	}
	if (line.trim()) out.push(line.trim());
	return out;
}

/** A legend text of one or two lines at (x, y), 18 px. */
const legendText = (s: string, x: number, y: number) =>
	wrapText(s, 17)
		.slice(0, 3)
		.map((t, i) => `<text x="${x}" y="${y + i * 20}" font-size="18">${esc(t)}</text>`)
		.join('');

/** The compact legend (12 % of the slide's width) of the kinds a legend record lists. */
function legendSvg(l: NonNullable<SlideInput['legend']>, x: number, y: number): string {
	const rows: string[] = [
		`<text x="${x}" y="${y}" font-size="22" font-weight="700">${esc(l.heading)}</text>`
	];
	let yy = y + 18;
	const lines = (s: string) => Math.min(3, wrapText(s, 17).length);
	for (const k of NODE_KEYS) {
		const name = l.nodes[k.key];
		if (name === undefined) continue;
		rows.push(
			`<g transform="translate(${x},${yy})"><path d="${SHAPE_PATHS[k.shape]}" fill="${k.color}" stroke="#1a1a1a"/></g>`,
			legendText(name, x + 32, yy + 18)
		);
		yy += 10 + 20 * Math.max(1.3, lines(name));
	}
	yy += 8;
	for (const e of EDGE_KEYS) {
		const name = l.edges[e.key];
		if (name === undefined) continue;
		rows.push(
			`<line x1="${x}" y1="${yy + 12}" x2="${x + 22}" y2="${yy + 12}" stroke="${e.color}" stroke-width="3"${e.dash ? ` stroke-dasharray="${e.dash}"` : ''}/>`,
			arrowHead(e.arrow, x + 24, yy + 12),
			legendText(name, x + 32, yy + 18)
		);
		yy += 10 + 20 * Math.max(1.3, lines(name));
	}
	return rows.join('');
}

/** The slide as a standalone SVG document. */
export function slideSvg(s: SlideInput): string {
	const { width: W, height: H } = SLIDE;
	const top = s.bare ? 30 : 150;
	const bottom = s.bare ? 30 : 70;
	// the legend takes at most 12 % of the width (230 of 1920 px)
	const legendW = s.legend ? 230 : 0;
	const boxW = W - 80 - legendW;
	const boxH = H - top - bottom;
	const k = Math.min(boxW / s.body.width, boxH / s.body.height);
	const bw = s.body.width * k;
	const bh = s.body.height * k;
	const bx = 40 + (boxW - bw) / 2;
	const by = top + (boxH - bh) / 2;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(s.font)}" fill="#1a1a1a">`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		s.bare ? '' : `<text x="40" y="70" font-size="44" font-weight="700">${esc(s.title)}</text>`,
		s.bare ? '' : `<text x="40" y="118" font-size="28" fill="#333">${esc(s.caption)}</text>`,
		`<svg x="${bx}" y="${by}" width="${bw}" height="${bh}" viewBox="0 0 ${s.body.width} ${s.body.height}">${s.body.markup}</svg>`,
		s.legend ? legendSvg(s.legend, W - legendW, top + 10) : '',
		s.bare ? '' : `<text x="40" y="${H - 28}" font-size="20" fill="#444">${esc(s.footer)}</text>`,
		`</svg>`
	].join('\n');
}

/** Inner markup and size of an SVG document (its root element's content). */
export function innerSvg(svg: string): { markup: string; width: number; height: number } {
	const open = /<svg\b[^>]*>/.exec(svg);
	if (!open) return { markup: '', width: 1, height: 1 };
	const attr = (n: string) => Number(new RegExp(`\\b${n}="([\\d.]+)`).exec(open[0])?.[1] ?? 0);
	const vb = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(open[0]);
	const width = attr('width') || Number(vb?.[1] ?? 1);
	const height = attr('height') || Number(vb?.[2] ?? 1);
	const markup = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
	return { markup, width, height };
}
