/** Load one atlas's JSON (prerendered at /api/<id>.json; inlined into the page at build time). In the
 * offline lecture pack the data is bundled into the one HTML file instead. */
import { error } from '@sveltejs/kit';
import type { Atlas } from '$lib/model/types';

export async function fetchAtlas(fetch: typeof globalThis.fetch, id: string): Promise<Atlas> {
	if (__OFFLINE__) {
		const { atlases } = await import('virtual:atlases');
		const a = atlases.find((x) => x.meta.id === id);
		if (!a) error(404, `Atlas "${id}" is not in this pack`);
		return a;
	}
	const res = await fetch(`/api/${id}.json`);
	if (!res.ok) error(res.status === 404 ? 404 : 500, `Atlas "${id}" could not be loaded`);
	return (await res.json()) as Atlas;
}
