/**
 * Everything the network view draws for one view state. The elements depend only on the atlas and
 * the arrangement (made once and kept: a click, a filter or opening a family changes classes and
 * positions, never the element set); what is visible, the selection's neighbourhood and, in the
 * overview, where things sit follow the view. Pure; shared by the explorer, stories and embeds.
 */
import { arrange } from './layout';
import type { Arrangement } from '../domain/view-state';
import { toElements, type ElementDef, type NodeData } from './elements';
import { neighbourhood, visibleIds } from '../domain/filter';
import { overviewOf, type Overview } from '../domain/overview';
import { overviewElements, place, type Aggregate } from './overview-elements';
import { overviewLayout, type LabelSizes, type OverviewPlacement } from './overview-layout';
import { BOLD, labelSize, largest, textWidth, type LabelSize } from './label-metrics';
import { overviewShown } from './overview-state';
import type { ViewState } from '../domain/view-state';
import type { NetworkAtlas } from '../domain/types';

export interface NetworkModel {
	elements: ElementDef[];
	visible: Set<string>;
	focus: Set<string>;
	/** the overview: where everything sits for the view's open families, and a key of that */
	placement?: OverviewPlacement;
	placementKey?: string;
	/** the overview's open families */
	openIds: Set<string>;
}

// Chinese characters, and the punctuation a line may not start with
const HAN = '\u3400-\u9fff\uf900-\ufaff';
const NO_START = '、，。）》」』：；！？·/';
// after a Chinese character (unless punctuation that may not start a line follows), and before one
const cjkBreaks = new RegExp(
	`([${HAN}](?=[^\\s${NO_START}])|[${NO_START}A-Za-z0-9)](?=[${HAN}]))`,
	'g'
);

/**
 * Break opportunities (U+200B) for Cytoscape, which wraps only at spaces and U+200B: after a hyphen,
 * dash or slash between words, and between Chinese characters and next to them, so that a Chinese
 * label wraps like Chinese text while a Latin token inside it (`G1202R/L1196M`, `CheckMate`) stays whole.
 */
export const wrappable = (s: string) =>
	s
		.replace(/([A-Za-z]{3,}[-–])(?=[A-Za-z]{3,})/g, '$1\u200b')
		.replace(/([A-Za-z0-9]{2,}\/)(?=[A-Za-z0-9]{2,})/g, '$1\u200b')
		.replace(cjkBreaks, '$1\u200b');

export type ColumnLabel = (generation: number | null) => { en: string; zh: string };

interface Drawn {
	elements: ElementDef[];
	/** `sizes`: the room each node's label takes, in one language (either) and in both */
	overview?: { o: Overview; aggs: Aggregate[]; sizes: { one: LabelSizes; both: LabelSizes } };
}

/** The room each node's label takes: the larger of its English and Chinese, and both together. */
function labelSizes(elements: ElementDef[]) {
	const one = new Map<string, LabelSize>();
	const both = new Map<string, LabelSize>();
	for (const e of elements) {
		if (e.group !== 'nodes') continue;
		const n = e.data as NodeData;
		if (e.classes?.includes('title')) {
			// a title is one line of bold type
			const line = (t = '') => ({ lines: 1, width: Math.ceil(textWidth(t) * BOLD) });
			one.set(n.id, largest(line(n.label), line(n.label_zh)));
			both.set(n.id, line(n.label_both));
			continue;
		}
		const bold = !!e.classes?.includes('family');
		one.set(n.id, largest(labelSize(n.label, bold), labelSize(n.label_zh, bold)));
		both.set(n.id, labelSize(n.label_both ?? n.label, bold));
	}
	return { one: (id: string) => one.get(id), both: (id: string) => both.get(id) };
}
const drawn = new WeakMap<NetworkAtlas, Map<string, Drawn>>();

/** The elements of an arrangement, made once per atlas. */
function elementsOf(atlas: NetworkAtlas, arr: Arrangement, columnLabel: ColumnLabel): Drawn {
	let byArr = drawn.get(atlas);
	if (!byArr) drawn.set(atlas, (byArr = new Map()));
	const hit = byArr.get(arr);
	if (hit) return hit;
	let d: Drawn;
	if (arr === 'overview') {
		const o = overviewOf(atlas);
		const made = overviewElements(atlas, o);
		finishLabels(made.elements);
		// placed once the labels are known: a long label takes more room
		const sizes = labelSizes(made.elements);
		const hidden = new Set(o.lanes.filter((l) => l.layer).map((l) => l.id));
		place(made.elements, overviewLayout(o, new Set(), hidden, new Map(), undefined, sizes.one));
		d = { elements: made.elements, overview: { o, aggs: made.aggregates, sizes } };
	} else {
		d = { elements: toElements(atlas, arrange(atlas, arr), columnLabel) };
		finishLabels(d.elements);
	}
	byArr.set(arr, d);
	return d;
}

/** Node labels as drawn: with break opportunities, and both languages in one (`label_both`). */
function finishLabels(elements: ElementDef[]) {
	for (const e of elements)
		if (e.group === 'nodes') {
			const n = e.data as NodeData;
			// a break opportunity after a hyphen, dash or slash: Cytoscape wraps only at spaces
			// (and U+200B), and one long compound word would otherwise run into its neighbours
			n.label = wrappable(n.label);
			n.label_zh = wrappable(n.label_zh);
			// an area's title is one line (`text-wrap: none`): both languages side by side
			const sep = e.classes?.includes('title') ? ' · ' : '\n';
			n.label_both =
				!n.label_zh || n.label === n.label_zh ? n.label : `${n.label}${sep}${n.label_zh}`;
		}
}

/**
 * The network for `view`. `frame`: ids a story step's camera frames (in the overview, their
 * families open and their lane is drawn).
 */
export function networkModel(
	atlas: NetworkAtlas,
	view: ViewState,
	columnLabel: ColumnLabel,
	frame: string[] = []
): NetworkModel {
	const passes = visibleIds(atlas, view);
	const d = elementsOf(atlas, view.arr, columnLabel);
	if (!d.overview)
		return {
			elements: d.elements,
			visible: passes,
			focus: neighbourhood(atlas, view.sel, passes),
			openIds: new Set()
		};
	const { o, aggs } = d.overview;
	const shown = overviewShown(atlas, o, aggs, view, passes, frame);
	const compact = frame.length ? shown.visible : undefined;
	return {
		elements: d.elements,
		visible: shown.visible,
		focus: shown.focus,
		// a story step lays out only what it shows (the frame's subject sits together)
		placement: overviewLayout(
			o,
			shown.open,
			shown.hiddenLanes,
			shown.partial,
			compact,
			view.labels === 'both' ? d.overview.sizes.both : d.overview.sizes.one
		),
		placementKey: [
			view.labels ?? '',
			[...shown.open].sort().join(','),
			[...shown.hiddenLanes].join(','),
			[...shown.partial].map(([f, m]) => `${f}:${m.join('+')}`).join(','),
			compact ? [...compact].sort().join(',') : ''
		].join('|'),
		openIds: shown.open
	};
}

/** The overview of the atlas (families and cells), as the network draws it. */
export function overviewFor(atlas: NetworkAtlas, columnLabel: ColumnLabel): Overview | undefined {
	return elementsOf(atlas, 'overview', columnLabel).overview?.o;
}
