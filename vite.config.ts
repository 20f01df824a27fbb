import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

/** Validate graph-data before anything is built: bad data fails the build naming file and id. */
function atlasData(): Plugin {
	return {
		name: 'atlas-data',
		async buildStart() {
			const { loadAllAtlases } = await import('./src/lib/server/load-atlas');
			loadAllAtlases();
		},
		configureServer(server) {
			server.watcher.add('graph-data');
		}
	};
}

export default defineConfig({
	plugins: [
		atlasData(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	preview: { port: 4173, strictPort: true },
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
