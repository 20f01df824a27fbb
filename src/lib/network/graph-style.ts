/**
 * The network stylesheet as data: keyed on classes and data fields, no style functions.
 * Okabe–Ito colours (colour-blind safe), and shape / line style carry every encoding too.
 */
import { THEMES, type Theme } from '../domain/constants';
export const PALETTE = {
	drug: '#0072B2',
	alteration: '#D55E00',
	compound: '#CC79A7',
	fusion: '#E69F00',
	mechanism: '#009E73',
	strategy: '#56B4E9',
	trial: '#999999',
	group: '#7a8494',
	ink: '#1a1a1a',
	muted: '#5c5c5c'
} as const;

/** 24×24 SVG paths of the node shapes, for legends and slide exports (same shapes as the canvas). */
export const SHAPE_PATHS: Record<string, string> = {
	'round-rectangle':
		'M3 6 h18 a3 3 0 0 1 3 3 v6 a3 3 0 0 1 -3 3 h-18 a3 3 0 0 1 -3 -3 v-6 a3 3 0 0 1 3 -3z',
	ellipse: 'M12 4 a8 8 0 1 0 0.01 0z',
	diamond: 'M12 2 L22 12 L12 22 L2 12z',
	hexagon: 'M6 4 h12 l5 8 l-5 8 h-12 l-5 -8z',
	barrel: 'M4 5 h16 q3 7 0 14 h-16 q-3 -7 0 -14z',
	rectangle: 'M4 4 h16 v16 h-16z',
	tag: 'M2 5 h14 l7 7 l-7 7 h-14z',
	'cut-rectangle': 'M7 4 h10 l5 5 v6 l-5 5 h-10 l-5 -5 v-6z'
};

/** Legend rows: one per node encoding and per edge encoding (label keys are message ids). */
export const NODE_KEYS = [
	{ key: 'drug', shape: 'round-rectangle', color: PALETTE.drug },
	{ key: 'point', shape: 'ellipse', color: PALETTE.alteration },
	{ key: 'compound', shape: 'diamond', color: PALETTE.compound },
	{ key: 'amplification', shape: 'hexagon', color: PALETTE.alteration },
	{ key: 'fusion', shape: 'barrel', color: PALETTE.fusion },
	{ key: 'mechanism', shape: 'rectangle', color: PALETTE.mechanism },
	{ key: 'strategy', shape: 'tag', color: PALETTE.strategy },
	{ key: 'trial', shape: 'cut-rectangle', color: PALETTE.trial },
	{ key: 'family', shape: 'round-rectangle', color: '#e6e9ee' },
	{ key: 'group', shape: 'round-rectangle', color: PALETTE.group }
] as const;

/**
 * Relations: the contrast that matters (resistant vs sensitive) in colour *and* line style *and*
 * end shape, so it survives a projector and greyscale print; the rest subdued.
 */
export const EDGE_KEYS = [
	{ key: 'resistant_to', dash: '', arrow: 'tee', color: '#D55E00', width: 3.5 },
	{ key: 'sensitive_to', dash: '', arrow: 'triangle', color: '#0072B2', width: 3.5 },
	{ key: 'emerges_after', dash: '8 5', arrow: 'vee', color: '#333333', width: 2.5 },
	{ key: 'overcome_by', dash: '10 3 2 3', arrow: 'vee', color: '#8a9099', width: 1.5 },
	{ key: 'component_of', dash: '2 3', arrow: 'circle', color: '#8a9099', width: 1.5 },
	{ key: 'associated_with', dash: '2 3', arrow: 'none', color: '#8a9099', width: 1.5 },
	{ key: 'evaluated_in', dash: '1 4', arrow: 'square', color: '#8a9099', width: 1.5 }
] as const;

/** Negative evidence ("looked for, not found"): grey, dotted, a crossed end. */
export const NEGATIVE_KEY = {
	key: 'negative',
	dash: '1 5',
	arrow: 'triangle-cross',
	color: '#8a9099',
	width: 2
} as const;

type Style = { selector: string; style: Record<string, unknown> };

/** The stylesheet; `labelField` is `label`, `label_zh` or `label_both`. */
export { THEMES, type Theme };

/** `projector`: black on white, large bold type, heavy lines. */
export function graphStyle(
	labelField: 'label' | 'label_zh' | 'label_both',
	theme: Theme = 'light'
): Style[] {
	const ink = theme === 'dark' ? '#f2f2f2' : theme === 'projector' ? '#000000' : PALETTE.ink;
	const paper = theme === 'dark' ? '#1b1d21' : '#ffffff';
	const big = theme === 'projector';
	const s: Style[] = [
		{
			selector: 'node',
			style: {
				label: `data(${labelField})`,
				// the projector's labels: black, the same size (19 px at zoom 1 is already projector
				// size, and a bolder or bigger type would run into its neighbours in the same grid)
				'font-size': 19,
				'font-weight': 'normal',
				'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
				color: ink,
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-wrap': 'wrap',
				'text-max-width': '140px',
				// Chinese labels carry break opportunities between characters (`wrappable`), so a
				// Latin token inside them (G1202R/L1196M) is never cut
				'text-overflow-wrap': 'whitespace',
				width: big ? 30 : 26,
				height: big ? 30 : 26,
				'border-width': big ? 2.5 : 1.5,
				'border-color': paper,
				'text-background-color': paper,
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'text-background-shape': 'roundrectangle',
				// labels smaller than this on screen are not drawn (large atlases zoomed out)
				'min-zoomed-font-size': 6,
				// drawing order by z-index alone: areas, then edges, then nodes
				'z-index-compare': 'manual',
				'z-index': 10
			}
		},
		{
			// a group drawn as a node of its own (a relation end outside its area, e.g. "2nd
			// generation" in the by-generation arrangement): a grey tile, labelled like other nodes
			selector: 'node.group',
			style: {
				shape: 'round-rectangle',
				width: 30,
				'background-color': theme === 'dark' ? '#8d96a3' : PALETTE.group
			}
		},
		{
			// a family: the group's leaves folded into one node, opened on click
			selector: 'node.family',
			style: {
				shape: 'round-rectangle',
				width: 44,
				height: 30,
				'background-color': theme === 'dark' ? '#3a404a' : '#e6e9ee',
				'border-color': theme === 'dark' ? '#c9d0d9' : '#4a5160',
				'border-width': 2,
				'border-style': 'double',
				'font-weight': 'bold'
			}
		},
		{
			// a column heading of the overview: text only
			selector: 'node.heading',
			style: {
				shape: 'rectangle',
				width: 1,
				height: 1,
				'background-opacity': 0,
				'border-width': 0,
				'text-valign': 'center',
				'text-margin-y': 0,
				'font-size': 19,
				'font-weight': 'bold',
				color: theme === 'dark' ? '#c9d0d9' : '#3b4250',
				'text-max-width': '300px',
				'text-background-opacity': 0,
				events: 'no'
			}
		},
		{
			selector: 'node.area',
			style: {
				shape: 'round-rectangle',
				'background-color': theme === 'dark' ? '#2a2e35' : '#f3f5f8',
				'background-opacity': 1,
				'border-color': theme === 'dark' ? '#59606b' : '#b8c0cc',
				'border-width': 1,
				'border-style': 'solid',
				'text-valign': 'top',
				'text-halign': 'center',
				'text-margin-y': -4,
				'font-size': 14,
				'font-weight': 'bold',
				padding: '0px',
				'text-background-opacity': 0,
				'text-wrap': 'none',
				'text-max-width': '600px',
				// a background node of its box's size (see layout.ts), beneath the edges and nodes,
				// ignoring pointer events (a tap there is a tap on the background)
				width: 'data(w)',
				height: 'data(h)',
				'z-index': 0,
				events: 'no'
			}
		},
		{
			selector: 'node.area.nested',
			style: { 'border-style': 'dashed', 'font-size': 19, 'z-index': 1 }
		},
		{
			// an overview area's title (a node of its own, above the edges, on a veil of paper
			// that quiets the edges crossing it): one line
			selector: 'node.heading.title',
			style: {
				'text-wrap': 'none',
				'text-max-width': '600px',
				'text-background-opacity': 0.85,
				'text-background-padding': '2px'
			}
		},
		{ selector: 'node.area.cell', style: { 'background-opacity': 0 } },
		{
			selector: 'node.area.open',
			style: { 'background-color': theme === 'dark' ? '#30353d' : '#fbfbf7', 'z-index': 2 }
		},
		{
			selector: 'node.drug',
			style: { shape: 'round-rectangle', width: 30, 'background-color': PALETTE.drug }
		},
		{
			selector: 'node.alteration',
			style: { shape: 'ellipse', 'background-color': PALETTE.alteration }
		},
		{
			selector: 'node.compound',
			style: { shape: 'diamond', width: 26, height: 26, 'background-color': PALETTE.compound }
		},
		{
			selector: 'node.amplification',
			style: { shape: 'hexagon', width: 26, 'background-color': PALETTE.alteration }
		},
		{
			selector: 'node.fusion',
			style: { shape: 'barrel', width: 28, 'background-color': PALETTE.fusion }
		},
		{
			selector: 'node.mechanism',
			style: { shape: 'rectangle', 'background-color': PALETTE.mechanism }
		},
		{
			selector: 'node.strategy',
			style: { shape: 'tag', width: 28, 'background-color': PALETTE.strategy }
		},
		{
			selector: 'node.trial',
			style: { shape: 'cut-rectangle', width: 28, 'background-color': PALETTE.trial }
		},
		{
			selector: 'edge',
			style: {
				width: 1.5,
				'line-color': theme === 'dark' ? '#9aa3ad' : '#6b7480',
				'target-arrow-color': theme === 'dark' ? '#9aa3ad' : '#6b7480',
				'curve-style': 'bezier',
				'arrow-scale': 1.1,
				opacity: 0.75,
				'min-zoomed-font-size': 6,
				'z-index-compare': 'manual',
				'z-index': 5
			}
		},
		{
			// numbers on the subject's edges: a frequency, or how many relations a line stands for
			// (elsewhere they would crowd the figure)
			selector: 'edge.near[frequency], edge.near[countLabel]',
			style: {
				label: 'data(frequency)',
				'font-size': 15,
				'font-weight': 'bold',
				color: ink,
				'text-background-color': paper,
				'text-background-opacity': 0.9,
				'text-background-padding': '1px'
			}
		},
		{ selector: 'edge.near.agg[countLabel]', style: { label: 'data(countLabel)' } },
		{ selector: 'node.hidden, edge.hidden', style: { display: 'none' } },
		// faded: the subject's labels are never drawn over by a ghost's
		{ selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
		{ selector: 'node.area.faded', style: { opacity: 0.5 } },
		{
			selector: 'node.selected',
			style: {
				'border-width': 4,
				'border-color': '#000000',
				'underlay-color': '#F0E442',
				'underlay-opacity': 0.9,
				'underlay-padding': 6
			}
		},
		{
			selector: 'edge.selected',
			style: { 'line-color': '#000000', 'target-arrow-color': '#000000', width: 4, opacity: 1 }
		},
		{ selector: '.neighbour', style: { opacity: 1 } },
		{
			// the genotype answer: the genotype and the drugs active against it, ringed in green
			selector: 'node.answer',
			style: { 'underlay-color': '#009E73', 'underlay-opacity': 0.55, 'underlay-padding': 7 }
		}
	];
	for (const e of [...EDGE_KEYS, NEGATIVE_KEY]) {
		// on the dark theme the subdued grey and the dark ink swap for lighter ones
		const color =
			theme === 'dark' && e.color === '#333333'
				? '#d0d4da'
				: theme === 'projector' && e.color === '#333333'
					? '#000000'
					: e.color;
		const st: Record<string, unknown> = {
			'target-arrow-shape': e.arrow,
			'line-color': color,
			'target-arrow-color': color,
			width: big ? e.width + 1 : e.width,
			opacity: e.width > 2 ? 0.95 : 0.7
		};
		if (e.dash) {
			st['line-style'] = 'dashed';
			st['line-dash-pattern'] = e.dash.split(' ').map(Number);
		}
		s.push({ selector: e.key === 'negative' ? 'edge[?negative]' : `edge.${e.key}`, style: st });
	}
	// after the relation styles: width by frequency or by how many relations an edge stands for,
	// and the selection on top of everything
	s.push(
		{ selector: 'edge[weight]', style: { width: 'mapData(weight, 0, 70, 2.5, 9)' } },
		{ selector: 'edge.agg', style: { width: 'mapData(count, 1, 12, 3, 8)' } },
		{ selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
		{
			selector: 'edge.selected',
			style: { 'line-color': '#000000', 'target-arrow-color': '#000000', width: 5, opacity: 1 }
		}
	);
	// overview detail for large networks zoomed out (see `LARGE_NETWORK`): plain straight lines, no
	// arrowheads or dash patterns, which would be sub-pixel there and cost most of the drawing
	s.push({
		selector: 'edge.lod',
		style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'line-style': 'solid' }
	});
	return s;
}

/**
 * A network with more elements than this starts in overview detail: edges as plain lines until
 * zoomed in to `DETAIL_ZOOM` (or while in the selection's neighbourhood), edges hidden while
 * panning and zooming. The ALK atlas (about 400 elements) is always drawn in full detail.
 */
export const LARGE_NETWORK = 1500;
export const DETAIL_ZOOM = 0.45;

/** Cytoscape options of every network view (the benchmark's bare page uses them too). */
export function cyOptions(elementCount: number) {
	const large = elementCount > LARGE_NETWORK;
	return {
		// a large atlas zoomed out to fit whole (overview detail keeps that cheap)
		minZoom: large ? 0.02 : 0.15,
		maxZoom: 3,
		wheelSensitivity: 0.3,
		boxSelectionEnabled: false,
		autoungrabify: true,
		hideEdgesOnViewport: large,
		textureOnViewport: large
	};
}
