/**
 * Links and URL state that work both on the web (path routing, `/zh/...` locale prefix) and in the
 * offline lecture pack (one HTML file per language, hash routing: `#/charts?sel=…`).
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { localizeHref } from '$lib/paraglide/runtime';
import { atlasPath, isDefaultAtlas } from '$lib/domain/atlases';
import type { AtlasMeta } from '$lib/domain/types';

export const OFFLINE: boolean = __OFFLINE__;

/**
 * A locale root written without its trailing slash (`/zh/?a` → `/zh?a`): adapter-static writes
 * `zh.html`, which a plain static host serves at `/zh` but not at `/zh/`.
 */
export function rootWithoutSlash(href: string): string {
	return href.replace(/^(\/[^/?#]+)\/(?=$|[?#])/, '$1');
}

/** Link to an app path (may carry a query). */
export function href(path: string): string {
	return OFFLINE ? `#${path}` : rootWithoutSlash(localizeHref(path));
}

/** The current route's query parameters. */
export function query(): URLSearchParams {
	if (!OFFLINE) return page.url.searchParams;
	const h = page.url.hash;
	const i = h.indexOf('?');
	return new URLSearchParams(i >= 0 ? h.slice(i) : '');
}

/** The current route path as links are written (locale prefix included on the web). */
export function here(): string {
	return OFFLINE ? page.url.hash.slice(1).split('?')[0] || '/' : page.url.pathname;
}

/** Navigate to the current route with a new query string (`''` or `?a=b`); a history entry each time. */
export function setQuery(qs: string, opts: { replaceState?: boolean } = {}) {
	const target = OFFLINE ? `#${here()}${qs}` : `${page.url.pathname}${qs}`;
	return goto(target, { keepFocus: true, noScroll: true, ...opts });
}

/**
 * How links on the current page name an atlas (`atlasPath`'s first argument): by its id, except
 * the default atlas, whose links go to today's URLs — unless the page is one of the default
 * atlas's own under `/atlas/<id>/…` or `/embed/<id>/…`: its links keep to that family.
 */
export function linkAtlas(meta: Pick<AtlasMeta, 'id' | 'order'>): string | null {
	if (!isDefaultAtlas(meta)) return meta.id;
	const own =
		/\/(atlas|embed)\/\[atlas\]/.test(page.route.id ?? '') && page.params.atlas === meta.id;
	return own ? meta.id : null;
}

/**
 * The path of a page of an atlas as the current page links it, e.g. `pathOf(meta, '/charts?sel=x')`:
 * `/charts?sel=x` for the default atlas at today's URLs, `/atlas/<id>/charts?sel=x` otherwise. Not
 * localized: for an embed snippet, a fetch or a deck's link (see `atlasHref` for a link).
 */
export const pathOf = (meta: Pick<AtlasMeta, 'id' | 'order'>, path: string) =>
	atlasPath(linkAtlas(meta), path);

/** A link to a page of an atlas from the current page (`pathOf`, localized). */
export const atlasHref = (meta: Pick<AtlasMeta, 'id' | 'order'>, path: string) =>
	href(pathOf(meta, path));
