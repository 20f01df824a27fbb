import type { Handle } from '@sveltejs/kit';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { building } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { bootFiles, bootHead, type ClientManifest } from '$lib/server/boot-head';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { networkSlice } from '$lib/model/network-slice';
import { atlasUrl } from '$lib/atlas-url';

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

/** The network slice of the atlas served at `url`, which its explorer pages carry inline (`bootHead`). */
function bootSlice(url: string) {
	const atlas = loadAllAtlases().find((a) => atlasUrl(a.meta.id) === url);
	return atlas && networkSlice(atlas);
}

/**
 * Sets the locale from the URL for each request (and each prerendered page) and fills `<html lang>`;
 * an explorer page gets its network boot first in the head (`$lib/server/boot-head`).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				bootHead(
					html.replace('%paraglide.lang%', locale === 'zh' ? 'zh-Hans' : locale),
					bootFilesOnce(),
					bootSlice
				)
		});
	});
