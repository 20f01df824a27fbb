/**
 * Which atlas is the default, and where an atlas's pages are. The default is the one whose
 * `atlas.yaml` says `order: 0`; the loader fails the build unless exactly one atlas has it, and
 * lists atlases by `order`, so it also comes first. It is served at today's URLs without an atlas
 * id (`/`, `/charts`, `/stories`, `/embed/…`), the aliases of its own (`/atlas/<id>/…`).
 */
import type { ChartName } from './constants';
import type { AtlasMeta } from './types';

export const isDefaultAtlas = (meta: Pick<AtlasMeta, 'order'>) => meta.order === 0;

/** The default atlas of a list (`atlasList`). */
export function defaultAtlas<T extends Pick<AtlasMeta, 'order' | 'id'>>(list: T[]): T {
	const found = list.find(isDefaultAtlas);
	if (!found) throw new Error('no atlas has order: 0 (the default) in its atlas.yaml');
	return found;
}

/** What the site lists of each atlas: its metadata, the charts it has data for, its stories. */
export interface AtlasEntry extends AtlasMeta {
	/** the charts with something to draw (`/atlas/<id>/charts` exists when there is one) */
	charts: ChartName[];
	/** the curated stories' ids */
	stories: string[];
}

/** Path words after `/embed/` that an atlas id may not be (`/embed/<atlas>/…` would collide). */
export const ROUTE_WORDS = ['chart', 'network', 'story'] as const;

/**
 * Where a page of an atlas is: `atlas` null gives today's URLs (the default atlas's aliases), an id
 * that atlas's own. The one place the scheme is written:
 *
 *   `/`, `/?sel=x`           → `/atlas/<id>`, `/atlas/<id>?sel=x`   (explorer)
 *   `/charts`, `/stories/…`  → `/atlas/<id>/charts`, `/atlas/<id>/stories/…`
 *   `/embed/chart/<name>`    → `/embed/<id>/chart/<name>` (and `network`, `story/<id>`)
 *   `/svg/<file>`            → `/svg/<id>/<file>`
 *
 * (`/evidence/<id>/…`, `/api/<id>.json` and `/data/<id>.*` name their atlas always.)
 * @example atlasPath('immuno-nsclc', '/charts?sel=x') // '/atlas/immuno-nsclc/charts?sel=x'
 */
export function atlasPath(atlas: string | null, path: string): string {
	if (atlas === null) return path;
	for (const prefix of ['/embed/', '/svg/'])
		if (path.startsWith(prefix)) return `${prefix}${atlas}/${path.slice(prefix.length)}`;
	const root = path === '/' || path.startsWith('/?') || path.startsWith('/#');
	return `/atlas/${atlas}${root ? path.slice(1) : path}`;
}
