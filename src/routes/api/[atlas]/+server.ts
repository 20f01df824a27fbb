/**
 * The validated atlas as JSON (prerendered to build/api/<atlas>), fetched by the explorer and chart
 * pages, which inline it into their HTML. Without the curator-only parts no page reads: `fileOf`
 * (file of every id, for error messages) and `excluded` (coverage exclusions), ~10% of the bytes.
 */
import { error, json } from '@sveltejs/kit';
import { loadAllAtlases } from '$lib/server/load-atlas';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	loadAllAtlases().map((a) => ({ atlas: `${a.meta.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const atlas = loadAllAtlases().find((a) => `${a.meta.id}.json` === params.atlas);
	if (!atlas) error(404, `No atlas ${params.atlas}`);
	return json({ ...atlas, fileOf: {}, excluded: [] } satisfies typeof atlas);
};
