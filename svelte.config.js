import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const OFFLINE = process.env.OFFLINE === '1';
/**
 * Entries without a crawl (comma-separated paths). For the scale bench (`scripts/bench/build.ts`),
 * which loads only the explorer of its 1,000- and 5,000-node atlases: no page is reached by its
 * links (the other language's pages, the pages of routes without parameters); routes that list
 * their own entries (an evidence page per entity and relation, each atlas's views) still are.
 */
const ONLY = process.env.PRERENDER_ONLY?.split(',');

/** The offline lecture pack: one self-contained HTML file, hash routing, no server-only routes. */
/** @type {import('@sveltejs/kit').Config['kit']} */
const offline = {
	adapter: adapter({
		pages: 'offline-build',
		assets: 'offline-build',
		fallback: undefined,
		strict: true
	}),
	// its own output folder: `vite preview` serves `.svelte-kit/output`, which stays the web build's
	outDir: '.svelte-kit-offline',
	router: { type: 'hash' },
	output: { bundleStrategy: 'inline' },
	files: { routes: 'src/offline-routes' },
	prerender: { entries: ['/'], handleHttpError: 'fail' }
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: OFFLINE
		? offline
		: {
				adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
				// a few KB of CSS inlined: no style sheet request holds back the network boot script
				inlineStyleThreshold: Infinity,
				// strict CSP as a <meta> on every prerendered page: hashes for SvelteKit's own inline
				// scripts, nothing else inline, no third-party origin (frame-ancestors: see README)
				csp: {
					mode: 'hash',
					directives: {
						'default-src': ['self'],
						'script-src': ['self'],
						'style-src': ['self', 'unsafe-inline'],
						'img-src': ['self', 'data:', 'blob:'],
						'font-src': ['self'],
						'connect-src': ['self'],
						'object-src': ['none'],
						'base-uri': ['self'],
						'form-action': ['self']
					}
				},
				prerender: {
					// both locales are crawled from their roots; every page is prerendered
					entries: ONLY ?? ['*', '/zh', '/embed/network', '/zh/embed/network'],
					crawl: !ONLY,
					handleUnseenRoutes: ONLY ? 'ignore' : 'fail',
					handleHttpError: 'fail',
					handleMissingId: 'fail'
				}
			}
};

export default config;
