import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// both locales are crawled from their roots; every page is prerendered
			entries: ['*', '/zh', '/embed/network', '/zh/embed/network'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
