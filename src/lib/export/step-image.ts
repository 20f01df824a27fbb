/**
 * A story step composed as a slide in the browser, without showing it: the network of the step's
 * view in an offscreen Cytoscape (the explorer's own elements, classes and placement), or the step's
 * chart mounted offscreen (the same component the page and the server render), framed by the same
 * slide composition as the explorer's and the charts' exports (`slideSvg`, `chartSlideSvg`). With
 * `bare`, only the picture and its legend: a deck carries title, caption and link as editable text.
 * Loaded only when asked (a step download or a deck).
 */
import { m } from '$lib/paraglide/messages';
import type { Atlas, StoryStep } from '$lib/domain/types';
import type { Locale } from '$lib/domain/text';
import { parseView } from '$lib/domain/view-state';
import { networkModel } from '$lib/network/network-model';
import { stepSubject } from '$lib/domain/story-subject';
import { EDGE_KEYS, NODE_KEYS } from '$lib/network/graph-style';
import { columnLabel } from '$lib/network/column-label';
import { nodeKeyLabel, relationLabel } from '$lib/app/labels';
import { applyPlacement, createNetwork, labelField } from '$lib/network/network-view';
import { classState } from '$lib/network/class-state';
import { chartSpec } from '$lib/charts/specs';
import { SVG_FONT } from '$lib/charts/palette';
import { drawnChart } from '$lib/charts/drawn-chart';
import { CHART_AREA_RATIO, chartSlideSvg } from './chart-slide';
import { networkSvg, slide } from './image';

export interface StepTexts {
	title: string;
	caption: string;
	/** the link back to the step's exact view */
	link: string;
	release: string;
	bare?: boolean;
}

/** An offscreen box of the network picture's size, removed by the caller. */
function offscreen(width: number, height: number): HTMLDivElement {
	const box = Object.assign(document.createElement('div'), { ariaHidden: 'true' });
	box.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
	document.body.append(box);
	return box;
}

async function networkSlide(atlas: Atlas, step: StoryStep, t: StepTexts): Promise<string> {
	const { view } = parseView(new URLSearchParams(step.view), atlas);
	// the subject the player frames: the step's `fit` and every entity its caption names
	const net = networkModel(atlas, view, columnLabel, stepSubject(step, atlas.nodes));
	const box = offscreen(1600, 850);
	const state = classState(net, view.sel, false);
	const cy = createNetwork(box, net.elements, state, labelField(view.labels), 'light');
	try {
		if (net.placement) applyPlacement(cy, net.placement);
		const picture = await networkSvg(cy);
		const legend = {
			heading: m.legend(),
			nodes: Object.fromEntries(
				NODE_KEYS.filter((k) => picture.keys.nodes.has(k.key)).map((k) => [
					k.key,
					nodeKeyLabel(k.key, true)
				])
			),
			edges: Object.fromEntries(
				EDGE_KEYS.filter((k) => picture.keys.edges.has(k.key)).map((k) => [
					k.key,
					relationLabel(k.key)
				])
			)
		};
		const footer = `${m.cite_line({ version: t.release, title: t.title })} · ${t.link}`;
		return slide({ title: t.title, caption: t.caption, legend, footer, bare: t.bare }, picture.svg);
	} finally {
		cy.destroy();
		box.remove();
	}
}

function chartSlide(atlas: Atlas, step: StoryStep, locale: Locale, t: StepTexts): string {
	if (step.show === 'network') throw new Error('not a chart step');
	const { view } = parseView(new URLSearchParams(step.view), atlas);
	const spec = chartSpec(step.show, atlas, locale, t.release);
	const box = offscreen(2000, 1200);
	const draw = (width: number) =>
		drawnChart(
			spec,
			{ width, selected: view.sel, output: 'export', legend: [], showTitle: false, footer: '' },
			box
		);
	try {
		// as the server's chart slide: as wide as the chart area's ratio allows for its height
		const first = draw(1000);
		const chart = draw(Math.max(1000, Math.round(first.height * CHART_AREA_RATIO)));
		return chartSlideSvg({
			title: t.title,
			caption: t.caption,
			chart,
			legend: spec.legend,
			legendHeading: m.chart_legend(),
			footer: m.cite_line({ version: t.release, title: t.title }),
			link: t.link,
			font: SVG_FONT,
			bare: t.bare
		});
	} finally {
		box.remove();
	}
}

/**
 * The step's slide as SVG (1920×1080): its network or chart, legend, and (unless `bare`) title,
 * caption, data release, citation and the link back.
 */
export async function stepSlideSvg(
	atlas: Atlas,
	step: StoryStep,
	locale: Locale,
	t: StepTexts
): Promise<string> {
	return step.show === 'network'
		? networkSlide(atlas, step, t)
		: chartSlide(atlas, step, locale, t);
}
