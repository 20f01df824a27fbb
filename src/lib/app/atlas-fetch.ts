/**
 * Load one atlas's JSON, prerendered at `/api/<id>.json`. Pages that fetch it while prerendering get
 * it inlined into their HTML; the explorer asks for it not to be (`inline: false`): its page reads
 * the bundled data while prerendering and fetches the JSON in the browser (preloaded by its network
 * boot once the network is drawn), while the page carries inline only the network's part, for that
 * boot (`$lib/server/boot-head`). In the offline lecture pack the data is bundled into the one HTML file.
 */
import { error } from '@sveltejs/kit';
import type { Atlas, AtlasMeta } from '$lib/domain/types';
import { atlasUrl } from '$lib/app/atlas-url';
import { defaultAtlas } from '$lib/domain/atlases';

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
	const res = await fetch(atlasUrl(id));
	if (!res.ok) error(res.status === 404 ? 404 : 500, `Atlas "${id}" could not be loaded`);
	return (await res.json()) as Atlas;
}

/** The default atlas (`order: 0`), for the routes without an atlas id in their path. */
export async function fetchDefaultAtlas(
	fetch: typeof globalThis.fetch,
	parent: () => Promise<{ atlasList: AtlasMeta[] }>,
	options?: { inline?: boolean }
): Promise<Atlas> {
	const { atlasList } = await parent();
	return fetchAtlas(fetch, defaultAtlas(atlasList).id, options);
}
