/**
 * Load one atlas's JSON, prerendered at `/api/<id>.json`. Pages that fetch it while prerendering get
 * it inlined into their HTML; the explorer asks for it not to be (`inline: false`): its page reads
 * the bundled data while prerendering and fetches the JSON in the browser (its network boot asks for
 * it once the network is drawn, and hands the request over: `$lib/app/boot-atlas`), while the page
 * carries inline only its network's first frame, for that boot (`$lib/server/boot-head`). In the
 * offline lecture pack the data is bundled into the one HTML file.
 */
import { error } from '@sveltejs/kit';
import type { Atlas } from '$lib/domain/types';
import { atlasUrl } from '$lib/app/atlas-url';
import { takeOver } from '$lib/app/boot-atlas';
import { defaultAtlas, type AtlasEntry } from '$lib/domain/atlases';

/** The atlas as pages get it: without the curator-only parts no page reads (`fileOf`, `excluded`). */
export const shippedAtlas = (atlas: Atlas): Atlas => ({ ...atlas, fileOf: {}, excluded: [] });

async function bundled(id: string, strip: boolean): Promise<Atlas> {
	const { atlases } = await import('virtual:atlases');
	const a = atlases.find((x) => x.meta.id === id);
	if (!a) error(404, `Atlas "${id}" is not in this pack`);
	return strip ? shippedAtlas(a) : a;
}

export async function fetchAtlas(
	fetch: typeof globalThis.fetch,
	id: string,
	{ inline = true } = {}
): Promise<Atlas> {
	if (__OFFLINE__) return bundled(id, false);
	if (import.meta.env.SSR && !inline) return bundled(id, true);
	const url = atlasUrl(id);
	// the explorer's network boot asked for it already (not while prerendering)
	const early = import.meta.env.SSR ? undefined : takeOver(url);
	if (early) return (await early.catch(() => fetchJson(fetch, url, id))) as Atlas;
	return fetchJson(fetch, url, id);
}

async function fetchJson(fetch: typeof globalThis.fetch, url: string, id: string): Promise<Atlas> {
	const res = await fetch(url);
	if (!res.ok) error(res.status === 404 ? 404 : 500, `Atlas "${id}" could not be loaded`);
	return (await res.json()) as Atlas;
}

/**
 * What a page's `load` gets that tells which atlas it shows: a route under `/atlas/<id>/…` or
 * `/embed/<id>/…` has the id in `params`; today's URLs have none and show the default atlas.
 */
export interface AtlasRouteEvent {
	fetch: typeof globalThis.fetch;
	params: { atlas?: string };
	parent: () => Promise<{ atlasList: AtlasEntry[] }>;
}

/** The site's entry of the atlas a route shows (the default without an id); a 404 for an unknown id. */
export async function routeAtlasEntry({ params, parent }: AtlasRouteEvent): Promise<AtlasEntry> {
	const { atlasList } = await parent();
	if (params.atlas === undefined) return defaultAtlas(atlasList);
	const entry = atlasList.find((a) => a.id === params.atlas);
	if (!entry) error(404, `No atlas "${params.atlas}"`);
	return entry;
}

/** The atlas a route shows: the one its path names, or the default at today's URLs. */
export async function fetchRouteAtlas(
	event: AtlasRouteEvent,
	options?: { inline?: boolean }
): Promise<Atlas> {
	return fetchAtlas(event.fetch, (await routeAtlasEntry(event)).id, options);
}
