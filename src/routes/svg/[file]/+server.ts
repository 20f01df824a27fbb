/**
 * The default atlas's charts as standalone SVG (build/svg/<chart>-<locale>.svg) and composed as a
 * 16:9 slide (build/svg/resistance-atlas-<chart>-<locale>.svg); every atlas's, the default's
 * included, are under `/svg/<atlas>/` (`../[atlas]/[file]`).
 */
import { error } from '@sveltejs/kit';
import { loadDefaultAtlas, loadRelease } from '$lib/server/load-atlas';
import { chartFile, chartFiles } from '$lib/server/chart-svg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	chartFiles(loadDefaultAtlas()).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const svg = chartFile(params.file, loadDefaultAtlas(), loadRelease().version, null);
	if (svg === null) error(404, `No chart ${params.file}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
