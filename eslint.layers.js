/**
 * The import direction of `src/lib/` (README "Architecture"), as ESLint `no-restricted-imports`
 * rules, one per folder: each folder names the folders it must not import from, whether the
 * import is written `$lib/<folder>/…` or relative (`../<folder>/…`).
 *
 *   domain ← app ← network, charts ← export ← stories ← components ← routes
 *   (server: the build's loader and file writers; only routes and the Vite plugin import it)
 */
const FOLDERS = ['domain', 'app', 'network', 'charts', 'export', 'stories', 'components', 'server'];

/** What each folder may not import (every folder may import itself). */
const FORBIDDEN = {
	domain: ['app', 'network', 'charts', 'export', 'stories', 'components', 'server', 'paraglide'],
	app: ['network', 'charts', 'export', 'stories', 'components', 'server'],
	network: ['charts', 'export', 'stories', 'components', 'server'],
	charts: ['network', 'export', 'stories', 'components', 'server'],
	export: ['stories', 'components', 'server'],
	stories: ['components', 'server'],
	components: ['server'],
	server: ['app', 'stories', 'components']
};

/** Libraries that only some folders may know about. */
const FORBIDDEN_PACKAGES = {
	domain: ['cytoscape', 'svelte', '$app', '@sveltejs/kit', 'd3-*'],
	app: ['cytoscape'],
	charts: ['cytoscape'],
	export: ['svelte']
};

const escape = (s) => s.replace(/[$.*+?^()[\]{}|\\/-]/g, '\\$&');

/** @param {string} folder */
function rule(folder) {
	const others = FORBIDDEN[folder];
	const patterns = [
		{
			// `$lib/network/x`, `../network/x`, `../../lib/network/x`
			regex: `^(\\$lib/|(\\.\\./)+(lib/)?)(${others.map(escape).join('|')})(/|$)`,
			message: `src/lib/${folder}/ may not import from ${others.join(', ')} (see eslint.layers.js).`
		}
	];
	for (const p of FORBIDDEN_PACKAGES[folder] ?? [])
		patterns.push({
			group: [p, `${p}/*`],
			message: `src/lib/${folder}/ does not know about ${p} (see eslint.layers.js).`
		});
	return {
		files: [`src/lib/${folder}/**/*.{ts,js,svelte}`],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns }] }
	};
}

export const layers = FOLDERS.map(rule);
