/**
 * Each chart as a standalone SVG (build/svg/<chart>-<locale>.svg) and composed as a 16:9 slide
 * (build/svg/resistance-atlas-<chart>-<locale>.svg).
 */
import { error } from '@sveltejs/kit';
import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';
import { chartSlide, chartSvg } from '$lib/server/chart-svg';
import { CHART_NAMES } from '$lib/charts/specs';
import { chartSlideName } from '$lib/export/chart-slide';
import { LOCALES, type Locale } from '$lib/domain/text';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_NAMES.flatMap((n) =>
		LOCALES.flatMap((l) => [{ file: `${n}-${l}.svg` }, { file: chartSlideName(n, l, 'svg') }])
	);

export const GET: RequestHandler = ({ params }) => {
	const m = /^(resistance-atlas-)?(\w+)-(en|zh)\.svg$/.exec(params.file);
	const name = CHART_NAMES.find((n) => n === m?.[2]);
	if (!m || !name) error(404, `No chart ${params.file}`);
	const atlas = loadAllAtlases()[0];
	const release = loadRelease().version;
	const locale = m[3] as Locale;
	const svg = m[1]
		? chartSlide(name, atlas, locale, release).svg
		: chartSvg(name, atlas, locale, release);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
