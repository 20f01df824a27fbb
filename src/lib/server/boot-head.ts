/**
 * What an explorer page carries so its network is drawn before the app starts (see
 * `$lib/network/network-boot`): in the head, the boot entry's module preloads (largest first) and the boot's
 * render-blocking script; at the end of the body, the first frame of its network (`bootFrame`).
 * `hooks.server.ts` writes them into the project's own placeholders in `src/app.html`
 * (`%atlas.boot%`, `%atlas.data%`) and leaves SvelteKit's module preloads out of such a page with
 * SvelteKit's `preload` option; SvelteKit's own output is never rewritten. Plain string work.
 */
import { BOOT_FRAME } from '../network/boot-frame';

/** One record of Vite's client manifest (`.svelte-kit/output/client/.vite/manifest.json`). */
export interface ManifestChunk {
	file: string;
	imports?: string[];
}
export type ClientManifest = Record<string, ManifestChunk>;

/** The boot entry's key in the manifest (`vite.config.ts` adds it to the client build). */
export const BOOT_ENTRY = 'src/lib/network/network-boot-entry.ts';

/** The placeholders of `src/app.html`. */
export const PLACEHOLDERS = { head: '%atlas.boot%', body: '%atlas.data%' } as const;

/** The files of the boot entry and of everything it imports, imports first, the entry last. */
export function bootFiles(manifest: ClientManifest): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		for (const i of chunk.imports ?? []) visit(i);
		files.push(chunk.file);
	};
	visit(BOOT_ENTRY);
	return manifest[BOOT_ENTRY] ? files : [];
}

/** JSON safe inside a `<script>` element. */
const scriptJson = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');

/** Where a prerendered page at `pathname` finds the site's root (`./`, `../`…), as SvelteKit links it. */
export function rootPrefix(pathname: string): string {
	const depth = pathname.split('/').filter(Boolean).length;
	return depth <= 1 ? './' : '../'.repeat(depth - 1);
}

/**
 * The boot's tags for a page: `files` (entry last) under `prefix`, and its network's first frame.
 * No files or no frame: empty tags (the app then draws the network itself).
 */
export function bootTags(
	prefix: string,
	files: string[],
	frame: unknown
): { head: string; body: string } {
	if (!files.length || !frame) return { head: '', body: '' };
	const preloads = files.map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('');
	const script = `<script type="module" blocking="render" src="${prefix}${files[files.length - 1]}"></script>`;
	return {
		head: preloads + script,
		body: `<script type="application/json" id="${BOOT_FRAME}">${scriptJson(frame)}</script>`
	};
}

/** A page with its placeholders filled (replacement functions: the data may hold `$&`). */
export function fillPlaceholders(html: string, tags: { head: string; body: string }): string {
	return html
		.replace(PLACEHOLDERS.head, () => tags.head)
		.replace(PLACEHOLDERS.body, () => tags.body);
}

/**
 * The favicon for a page `prefix` below the site root: the static file on the web; inlined in the
 * offline pack (one self-contained file). Not a data URL on the web: Chromium decodes a data-URL
 * SVG favicon again on every URL change (4–14 ms of main thread per filter toggle or selection).
 */
export function iconHref(prefix: string, offline: boolean): string {
	return offline ? ICON_DATA_URL : `${prefix}favicon.svg`;
}
const ICON_DATA_URL =
	'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Ccircle cx=%228%22 cy=%2216%22 r=%225%22 fill=%22%230072b2%22/%3E%3Ccircle cx=%2224%22 cy=%228%22 r=%225%22 fill=%22%23d55e00%22/%3E%3Ccircle cx=%2224%22 cy=%2224%22 r=%225%22 fill=%22%23009e73%22/%3E%3C/svg%3E';
