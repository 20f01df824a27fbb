/**
 * The explorer page's head, arranged so the network is drawn first (see `$lib/network-boot`): the
 * boot entry and the files it imports are the first things the page asks for, and the entry runs as
 * soon as the page is parsed. SvelteKit's own module preloads are left out of such a page: its start
 * script still imports everything it needs, but 34 preloaded modules competing with the boot on two
 * cores made the network appear 80–130 ms later (README, Benchmark). Plain string work, no Svelte.
 */

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

/**
 * A page with a boot network (`data-boot=""`) starts with the boot's preloads and script; any other
 * page, or one not laid out as expected, is returned unchanged.
 */
export function bootHead(html: string, files: string[]): string {
	const start = START.exec(html);
	if (!files.length || !start || !html.includes('data-boot=""') || !html.includes(CHARSET))
		return html;
	const prefix = start[1];
	const preloads = files.map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('');
	const script = `<script type="module" src="${prefix}${files[files.length - 1]}"></script>`;
	return html.replace(PRELOAD, '').replace(CHARSET, `${CHARSET}${preloads}${script}`);
}
