/**
 * The validated atlas as JSON (prerendered to build/api/<atlas>), fetched by the pages that show it
 * (`$lib/app/atlas-fetch`: most inline it into their HTML, the explorer fetches it). Without the
 * curator-only parts no page reads: `fileOf` (file of every id, for error messages) and `excluded`
 * (coverage exclusions), ~10% of the bytes.
 */
import { error, json } from '@sveltejs/kit';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { shippedAtlas } from '$lib/app/atlas-fetch';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	loadAllAtlases().map((a) => ({ atlas: `${a.meta.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const atlas = loadAllAtlases().find((a) => `${a.meta.id}.json` === params.atlas);
	if (!atlas) error(404, `No atlas ${params.atlas}`);
	return json(shippedAtlas(atlas));
};
