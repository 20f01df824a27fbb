/** Every atlas's charts as SVG files, `/svg/<atlas>/<chart>-<locale>.svg` and the slides (`../../[file]`). */
import { error } from '@sveltejs/kit';
import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';
import { chartFile, chartFiles } from '$lib/server/chart-svg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	loadAllAtlases().flatMap((a) => chartFiles(a).map((file) => ({ atlas: a.meta.id, file })));

export const GET: RequestHandler = ({ params }) => {
	const atlas = loadAllAtlases().find((a) => a.meta.id === params.atlas);
	const svg = atlas && chartFile(params.file, atlas, loadRelease().version, atlas.meta.id);
	if (!svg) error(404, `No chart ${params.atlas}/${params.file}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
