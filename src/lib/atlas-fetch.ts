/** Load one atlas's JSON (prerendered at /api/<id>.json; inlined into the page at build time). */
import { error } from '@sveltejs/kit';
import type { Atlas } from '$lib/model/types';

export async function fetchAtlas(fetch: typeof globalThis.fetch, id: string): Promise<Atlas> {
	const res = await fetch(`/api/${id}.json`);
	if (!res.ok) error(res.status === 404 ? 404 : 500, `Atlas "${id}" could not be loaded`);
	return (await res.json()) as Atlas;
}
