import type { Handle } from '@sveltejs/kit';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { building } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import {
	bootFiles,
	bootTags,
	fillPlaceholders,
	iconHref,
	rootPrefix,
	type ClientManifest
} from '$lib/server/boot-head';
import { loadAllAtlases, loadDefaultAtlas } from '$lib/server/load-atlas';
import { bootFrame } from '$lib/network/boot-frame';
import { columnLabel } from '$lib/network/column-label';
import { labelField } from '$lib/network/network-view';

/** The client build's output and Vite's manifest of it (read while prerendering). */
const CLIENT = '.svelte-kit/output/client/';
const MANIFEST = `${CLIENT}.vite/manifest.json`;
let boot: string[] | undefined;

/**
 * While prerendering the web build: the explorer's network boot files, from the client manifest,
 * largest first (Cytoscape's chunk is requested before the small ones; the entry stays last).
 */
function bootFilesOnce(): string[] {
	if (boot) return boot;
	const files =
		building && !__OFFLINE__ && existsSync(MANIFEST)
			? bootFiles(JSON.parse(readFileSync(MANIFEST, 'utf8')) as ClientManifest)
			: [];
	const size = (f: string) => statSync(CLIENT + f).size;
	const entry = files.pop();
	boot = entry ? [...files.sort((a, b) => size(b) - size(a)), entry] : [];
	return boot;
}

/** The explorer routes: the default atlas at `/`, every atlas at `/atlas/<id>`. */
const EXPLORER = new Set(['/(app)', '/(app)/atlas/[atlas]']);

/** The first frame of the network an explorer page draws (`bootTags`), or undefined elsewhere. */
function firstFrame(routeId: string | null, atlasId: string | undefined) {
	if (!routeId || !EXPLORER.has(routeId)) return undefined;
	const atlas = atlasId ? loadAllAtlases().find((a) => a.meta.id === atlasId) : loadDefaultAtlas();
	// labelled as the page's network draws them: in the request's language
	return atlas && bootFrame(atlas, labelField(), columnLabel);
}

/**
 * Sets the locale from the URL for each request (and each prerendered page) and fills `<html lang>`;
 * an explorer page gets its network boot (`$lib/server/boot-head`) in the placeholders of
 * `src/app.html`, and no SvelteKit module preloads (they would compete with the boot's files).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const frame = firstFrame(event.route.id, event.params.atlas);
		const files = frame ? bootFilesOnce() : [];
		const tags = bootTags(rootPrefix(event.url.pathname), files, frame);
		return resolve(event, {
			preload: ({ type }) => type !== 'js' || !tags.head,
			transformPageChunk: ({ html }) =>
				fillPlaceholders(
					html
						.replace('%paraglide.lang%', locale === 'zh' ? 'zh-Hans' : locale)
						.replace('%atlas.icon%', iconHref(rootPrefix(event.url.pathname), __OFFLINE__)),
					tags
				)
		});
	});
