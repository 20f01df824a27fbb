/** Each chart as a standalone SVG: build/svg/<chart>-<locale>.svg */
import { error } from '@sveltejs/kit';
import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';
import { chartSvg } from '$lib/server/chart-svg';
import { CHART_NAMES } from '$lib/charts/specs';
import { LOCALES, type Locale } from '$lib/model/text';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_NAMES.flatMap((n) => LOCALES.map((l) => ({ file: `${n}-${l}.svg` })));

export const GET: RequestHandler = ({ params }) => {
	const m = /^(\w+)-(en|zh)\.svg$/.exec(params.file);
	const name = CHART_NAMES.find((n) => n === m?.[1]);
	if (!m || !name) error(404, `No chart ${params.file}`);
	const svg = chartSvg(name, loadAllAtlases()[0], m[2] as Locale, loadRelease().version);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
