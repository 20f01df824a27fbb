/**
 * Building the site for the benchmark: in place (build/) for the real data, and in a copy of the
 * working tree for a synthetic data folder, so build/ of the worktree is never overwritten.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'.git',
	'bench-results',
	'test-results',
	'playwright-report',
	'offline'
]);

export interface Built {
	dir: string;
	seconds: number;
}

function viteBuild(cwd: string, env: Record<string, string>): Built {
	const t0 = performance.now();
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (r.status !== 0)
		throw new Error(`vite build failed in ${cwd}:\n${(r.stdout + r.stderr).slice(-4000)}`);
	return { dir: join(cwd, 'build'), seconds: (performance.now() - t0) / 1000 };
}

/** `npx vite build` of the worktree with its own data (writes build/). */
export function buildSite(): Built {
	return viteBuild(ROOT, {});
}

/**
 * Copy the working tree (sources only, node_modules linked) to `into` and build it on `dataDir`,
 * from the explorer and atlas `atlasId`'s JSON with no crawl (`PRERENDER_ONLY`, svelte.config.js).
 */
export function buildCopy(
	into: string,
	dataDir: string,
	sourcesDir: string,
	atlasId: string
): Built {
	rmSync(into, { recursive: true, force: true });
	mkdirSync(into, { recursive: true });
	cpSync(ROOT, into, {
		recursive: true,
		filter: (src) => {
			const rel = relative(ROOT, src);
			return !rel || !SKIP.has(rel.split('/')[0]);
		}
	});
	if (!existsSync(join(into, 'node_modules')))
		symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
	return viteBuild(into, {
		ATLAS_DATA: dataDir,
		ATLAS_SOURCES: sourcesDir,
		PRERENDER_ONLY: `/,/api/${atlasId}.json`
	});
}
