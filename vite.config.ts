import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

/** Validate graph-data before anything is built: bad data fails the build naming file and id. */
const OFFLINE = process.env.OFFLINE === '1';

function atlasData(): Plugin {
	const id = 'virtual:atlases';
	return {
		name: 'atlas-data',
		async buildStart() {
			// atlases, release.yaml, and quotes/figures against their sources when those are present
			const { checkDataForBuild } = await import('./src/lib/server/load-atlas');
			checkDataForBuild();
		},
		// the offline lecture pack bundles the validated atlases into the page
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		async load(resolved) {
			if (resolved !== `\0${id}`) return;
			const { loadAllAtlases, loadRelease } = await import('./src/lib/server/load-atlas');
			const { atlasEntry } = await import('./src/lib/domain/atlas-views');
			const atlases = loadAllAtlases();
			return [
				`export const atlases = ${JSON.stringify(atlases)};`,
				`export const list = ${JSON.stringify(atlases.map(atlasEntry))};`,
				`export const release = ${JSON.stringify(loadRelease())};`
			].join('\n');
		},
		configureServer(server) {
			server.watcher.add('graph-data');
		}
	};
}

/**
 * The explorer's network boot (`src/lib/network/network-boot-entry.ts`) as an entry of its own in the client
 * build, so a page can load it ahead of SvelteKit (`src/lib/server/boot-head.ts`).
 */
function networkBootEntry(): Plugin {
	return {
		name: 'network-boot-entry',
		enforce: 'post',
		config(config) {
			const input = config.build?.rollupOptions?.input;
			if (input && typeof input === 'object' && !Array.isArray(input) && 'entry/start' in input)
				input['entry/network-boot'] = resolve('src/lib/network/network-boot-entry.ts');
		}
	};
}

export default defineConfig({
	plugins: [
		atlasData(),
		paraglideVitePlugin({
			// the offline pack is one file per language: its project sets the base locale
			project: process.env.PARAGLIDE_PROJECT ?? './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: OFFLINE ? ['baseLocale'] : ['url', 'baseLocale']
		}),
		sveltekit(),
		networkBootEntry()
	],
	define: { __OFFLINE__: JSON.stringify(OFFLINE) },
	// `PORT=8080 npm run preview` (or `npm run serve`) chooses the port; 4173 by default
	preview: { port: Number(process.env.PORT) || 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				// Svelte components rendered on the server (deterministic SVG snapshots)
				extends: './vite.config.ts',
				test: {
					name: 'ssr',
					environment: 'node',
					include: ['tests/ssr/**/*.test.ts']
				}
			},
			{
				// pure modules and scripts: no Svelte or SvelteKit plugins needed (no `extends`)
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			}
		]
	}
});
