// `npm run build:offline`: the offline lecture pack — offline/resistance-atlas-en.html and -zh.html,
// each one self-contained file (hash routing, JS, CSS and data inlined, system fonts) that opens
// by double click with no network.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const settings = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8'));
mkdirSync(join(root, 'offline'), { recursive: true });

for (const locale of settings.locales) {
	// a project whose base locale is this pack's language (Paraglide's strategy: baseLocale only)
	const dir = join(root, '.svelte-kit', `offline-${locale}`, 'project.inlang');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'settings.json'),
		JSON.stringify({
			...settings,
			baseLocale: locale,
			locales: [locale, ...settings.locales.filter((l) => l !== locale)],
			modules: settings.modules.map((m) => resolve(root, m)),
			'plugin.inlang.messageFormat': { pathPattern: join(root, 'messages/{locale}.json') }
		})
	);
	rmSync(join(root, 'offline-build'), { recursive: true, force: true });
	execFileSync('npx', ['vite', 'build'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, OFFLINE: '1', PARAGLIDE_PROJECT: dir }
	});
	const out = join(root, 'offline', `resistance-atlas-${locale}.html`);
	cpSync(join(root, 'offline-build', 'index.html'), out);
	console.log(`wrote ${out} (${(readFileSync(out).length / 1024).toFixed(0)} KB)`);
}
rmSync(join(root, 'offline-build'), { recursive: true, force: true });
// the web build's Paraglide output is regenerated from the real project on the next build
if (existsSync(join(root, 'src/lib/paraglide')))
	execFileSync(
		'npx',
		['paraglide-js', 'compile', '--project', './project.inlang', '--outdir', './src/lib/paraglide'],
		{ cwd: root, stdio: 'ignore' }
	);
