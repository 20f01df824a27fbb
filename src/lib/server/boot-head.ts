/**
 * The explorer page, arranged so the network is drawn first (see `$lib/network-boot`): the boot
 * entry and the files it imports are the first things the page asks for, and the entry runs as soon
 * as the page is parsed, from the network's part of the atlas (`networkSlice`) the page carries
 * inline. The whole atlas, which the app reads when it starts, is not inlined (`fetchAtlas`): the
 * boot preloads it once the network is drawn. SvelteKit's own module preloads are left out of such a page: its start
 * script still imports everything it needs, but 34 preloaded modules competing with the boot on two
 * cores made the network appear 80–130 ms later (README, Benchmark). Plain string work, no Svelte.
 */

import { createHash } from 'node:crypto';
import { BOOT_DATA } from '../model/network-slice';

/** One record of Vite's client manifest (`.svelte-kit/output/client/.vite/manifest.json`). */
export interface ManifestChunk {
	file: string;
	imports?: string[];
}
export type ClientManifest = Record<string, ManifestChunk>;

/** The boot entry's key in the manifest (`vite.config.ts` adds it to the client build). */
export const BOOT_ENTRY = 'src/lib/network-boot-entry.ts';

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

const CHARSET = '<meta charset="utf-8" />';
const PRELOAD = /[\t ]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const START = /<link href="([^"]*)_app\/immutable\/entry\/start\.[^"]+" rel="modulepreload">/;
const BOOT = /<div class="network[^"]*"[^>]* data-boot="([^"]+)"/;
const BODY_END = '</body>';
/** SvelteKit's CSP meta tag (kit.csp): moved first, so the preload scanner knows the policy up front. */
const CSP = /<meta http-equiv="content-security-policy"[^>]*>\n?[\t ]*/;

/** SvelteKit's start script, inline and hashed in the CSP; its module imports, and what follows. */
const KIT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const KIT_IMPORTS = /Promise\.all\(\[([\s\S]*)\}\);(\s*\}\s*)$/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * SvelteKit's start, deferred to `DOMContentLoaded`, that is after the boot's script has run: its
 * modules otherwise load and run while the boot's do (measured 26 ms later network). The script's
 * hash in the CSP is replaced by the new one's; a script or policy not as expected is left alone.
 */
export function deferKitStart(html: string): string {
	const body = KIT.exec(html)?.[1];
	if (!body || !KIT_IMPORTS.test(body) || !html.includes(sha256(body))) return html;
	const deferred = body.replace(
		KIT_IMPORTS,
		(_, imports: string, end: string) =>
			`document.addEventListener("DOMContentLoaded", () => Promise.all([${imports}}), { once: true });${end}`
	);
	return html.replace(body, () => deferred).replace(sha256(body), () => sha256(deferred));
}

/** JSON safe inside a `<script>` element. */
const scriptJson = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');

/**
 * A page with a boot network (`data-boot`: its atlas's JSON address) starts with its CSP, the
 * preloads of the boot's modules, then the boot's script, render-blocking; it carries that atlas's
 * network slice (`slice(address)`, `networkSlice`) before `</body>`, and SvelteKit starts after the
 * boot (`deferKitStart`). Any other page, an atlas `slice` does not know, or a page not laid out as
 * expected, is returned unchanged.
 */
export function bootHead(html: string, files: string[], slice: (atlas: string) => unknown): string {
	const start = START.exec(html);
	const boot = BOOT.exec(html);
	const data = boot ? slice(boot[1]) : undefined;
	if (!files.length || !start || !data || !html.includes(CHARSET) || !html.includes(BODY_END))
		return html;
	const prefix = start[1];
	const preloads = files.map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('');
	const script = `<script type="module" blocking="render" src="${prefix}${files[files.length - 1]}"></script>`;
	const inline = `<script type="application/json" id="${BOOT_DATA}">${scriptJson(data)}</script>`;
	const page = deferKitStart(html);
	const csp = CSP.exec(page)?.[0].trim() ?? '';
	// replacement functions: the data may hold `$&` and the like
	return page
		.replace(PRELOAD, '')
		.replace(CSP, '')
		.replace(CHARSET, () => `${CHARSET}${csp}${preloads}${script}`)
		.replace(BODY_END, () => `${inline}${BODY_END}`);
}
