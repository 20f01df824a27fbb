/** Charts as standalone SVG files, rendered on the server by the same Svelte components the page uses. */
import { render } from 'svelte/server';
import { m } from '$lib/paraglide/messages';
import { chartSpec, CHART_NAMES, type ChartName, type ChartSpec } from '$lib/charts/specs';
import type { ChartPlacement } from '$lib/charts/chart-props';
import { SVG_FONT } from '$lib/charts/palette';
import { CHART_AREA_RATIO, chartBox, chartSlideName, chartSlideSvg } from '$lib/export/chart-slide';
import type { Atlas } from '$lib/domain/types';
import { atlasPath } from '$lib/domain/atlases';
import { LOCALES, type Locale } from '$lib/domain/text';
import { atlasEntry } from '$lib/domain/atlas-views';

const clean = (body: string) => body.replace(/<!--[\s\S]*?-->/g, '').trim();

/** The chart of `spec` rendered with `place` added to its props. */
const rendered = <N extends ChartName>(spec: ChartSpec<N>, place: ChartPlacement) =>
	clean(render(spec.component, { props: { ...spec.props, ...place } }).body);

/** The chart's `<svg>` markup, without Svelte's hydration comments; deterministic for the same data. */
export function chartSvg(
	name: ChartName,
	atlas: Atlas,
	locale: Locale,
	release: string,
	width = 960
): string {
	const svg = rendered(chartSpec(name, atlas, locale, release), { width });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Inner markup and layout size (viewBox) of a chart's SVG. */
function parts(svg: string): { markup: string; width: number; height: number } {
	const open = /<svg\b[^>]*>/.exec(svg)!;
	const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open[0])!;
	const markup = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
	return { markup, width: Number(vb[1]), height: Number(vb[2]) };
}

/**
 * The chart composed as a 1920×1080 slide (`$lib/export/chart-slide`): laid out at the width that
 * lets it fill the slide's chart area (its text then at its largest), the legend beside it. Its
 * link back names the atlas as `atlasPath` does (`linkAtlas` null: today's `/charts`).
 */
export function chartSlide(
	name: ChartName,
	atlas: Atlas,
	locale: Locale,
	release: string,
	linkAtlas: string | null = null
) {
	const o = { locale };
	const spec = chartSpec(name, atlas, locale, release);
	const draw = (width: number) =>
		parts(rendered(spec, { width, output: 'export', legend: [], showTitle: false, footer: '' }));
	// the area's shape: a chart as tall as it needs, as wide as the area's ratio allows
	const first = draw(1000);
	const chart = draw(Math.max(1000, Math.round(first.height * CHART_AREA_RATIO)));
	const path = `${locale === 'zh' ? '/zh' : ''}${atlasPath(linkAtlas, '/charts')}#h-${name}`;
	const svg = chartSlideSvg({
		title: spec.title,
		caption: `${atlas.meta.title[locale]} · ${m.disclaimer({}, o)}`,
		chart,
		legend: spec.legend,
		legendHeading: m.chart_legend({}, o),
		footer: m.cite_line({ version: release, title: spec.title }, o),
		link: path,
		font: SVG_FONT
	});
	return { svg, scale: chartBox(chart).k };
}

/** The file names of an atlas's charts under `/svg/`: each chart it can draw, alone and as a slide, per locale. */
export const chartFiles = (atlas: Atlas): string[] =>
	atlasEntry(atlas).charts.flatMap((n) =>
		LOCALES.flatMap((l) => [`${n}-${l}.svg`, chartSlideName(n, l, 'svg')])
	);

/**
 * One of `chartFiles`, or null for a name that is not: `<chart>-<locale>.svg` or
 * `resistance-atlas-<chart>-<locale>.svg` (the slide, its link back to `linkAtlas`'s charts).
 */
export function chartFile(
	file: string,
	atlas: Atlas,
	release: string,
	linkAtlas: string | null
): string | null {
	const m = /^(resistance-atlas-)?(\w+)-(en|zh)\.svg$/.exec(file);
	const name = CHART_NAMES.find((n) => n === m?.[2]);
	if (!m || !name || !chartFiles(atlas).includes(file)) return null;
	const locale = m[3] as Locale;
	return m[1]
		? chartSlide(name, atlas, locale, release, linkAtlas).svg
		: chartSvg(name, atlas, locale, release);
}
