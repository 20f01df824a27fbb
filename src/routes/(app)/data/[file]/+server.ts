/**
 * Open exports, written by the build to build/data/<atlas><suffix> (stable paths):
 * .cyjs, .graphml, -nodes.csv, -edges.csv, -evidence.csv, .sources.json (CSL-JSON), .bib, .ris
 */
import { error } from '@sveltejs/kit';
import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';
import { EXPORT_FORMATS } from '$lib/server/export-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	loadAllAtlases().flatMap((a) =>
		Object.keys(EXPORT_FORMATS).map((s) => ({ file: `${a.meta.id}${s}` }))
	);

export const GET: RequestHandler = ({ params }) => {
	for (const a of loadAllAtlases())
		for (const [suffix, f] of Object.entries(EXPORT_FORMATS))
			if (params.file === `${a.meta.id}${suffix}`)
				return new Response(f.make(a, loadRelease().version), {
					headers: { 'content-type': `${f.type}; charset=utf-8` }
				});
	error(404, `No export ${params.file}`);
};
