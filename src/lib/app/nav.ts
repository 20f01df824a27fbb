/**
 * Links and URL state that work both on the web (path routing, `/zh/...` locale prefix) and in the
 * offline lecture pack (one HTML file per language, hash routing: `#/charts?sel=…`).
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { localizeHref } from '$lib/paraglide/runtime';

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
