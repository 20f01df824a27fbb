/**
 * `npm run bench`: build the site, measure it in headless Debian Chromium, print a table of
 * value / budget / PASS-FAIL, write bench-results/latest.md (+ latest.json), exit 1 on a missed budget.
 *
 * Options: --runs N (page loads per measure, default 15) --lh-runs N (Lighthouse runs per route,
 * default 3) --frame-runs N (pan/zoom sessions, default 3) --no-build (use build/ as it is)
 * --reuse-synth (reuse synthetic builds in /tmp/ra-bench when present) --skip lighthouse,synthetic
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { buildCopy, buildSite } from './build';
import { writeBarePage } from './bare';
import { interactions, type InteractionKind } from './interact';
import { frameStats, loadInTurns, panZoomOnce, type FrameStats, type LoadStats } from './browser';
import { layoutTime, type LayoutTime } from './layout-time';
import {
	kb,
	launchChromium,
	loadNow,
	log,
	median,
	percentile,
	PORTS,
	serve,
	type Served
} from './lib';
import { routeSize, type RouteSize } from './sizes';
import { generateSynthetic } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const TMP = '/tmp/ra-bench';
const ROUTES = ['/', '/zh', '/charts', '/data', '/evidence/alk-nsclc/alk-g1202r'];
/** Lighthouse takes every kind of route: the ones above, and one page of each other route type. */
const LH_ROUTES = [
	...ROUTES,
	'/zh/charts',
	'/atlas/immuno-nsclc',
	'/stories',
	'/stories/arms-race',
	'/stories/mine',
	'/embed/network',
	'/embed/chart/frequency',
	'/embed/story/arms-race'
];
const SCALES = [1000, 5000] as const;

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const flag = (name: string) => argv.includes(`--${name}`);
const skip = new Set((argv[argv.indexOf('--skip') + 1] ?? '').split(','));
if (!argv.includes('--skip')) skip.clear();
const RUNS = opt('runs', 15);
const LH_RUNS = opt('lh-runs', 3);
const FRAME_RUNS = opt('frame-runs', 3);

interface Row {
	measure: string;
	value: string;
	budget: string;
	pass?: boolean;
}
const rows: Row[] = [];
const row = (measure: string, value: string, budget = '—', pass?: boolean) =>
	rows.push({ measure, value, budget, pass });
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');

function machine() {
	const cpu =
		/model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? 'unknown';
	return {
		date: new Date().toISOString(),
		nproc: Number(execSync('nproc').toString().trim()),
		cpu,
		node: process.version,
		chromium: 'Chromium',
		commit: execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim(),
		dirty: execSync('git status --porcelain -- src', { cwd: ROOT }).toString().trim() !== ''
	};
}

async function main() {
	const info = machine();
	const loads: { at: string; l1: number; l5: number }[] = [];
	const noteLoad = (at: string) => {
		const l = loadNow();
		loads.push({ at, l1: l.l1, l5: l.l5 });
	};
	noteLoad('start');
	const results: Record<string, unknown> = { machine: info, runs: RUNS };

	// ---- builds first, so that no build overlaps a timing --------------------------------------
	if (!flag('no-build')) {
		log('building the site (npx vite build)');
		const b = buildSite();
		log(`built in ${b.seconds.toFixed(0)} s`);
		results.buildSeconds = b.seconds;
	}
	const buildDir = join(ROOT, 'build');
	if (!existsSync(join(buildDir, 'index.html'))) throw new Error('no build/index.html');

	const synth: Record<
		number,
		{ dataDir: string; buildDir: string; nodes: number; relations: number; buildSeconds?: number }
	> = {};
	if (!skip.has('synthetic'))
		for (const n of SCALES) {
			const out = join(TMP, `synth-${n}`);
			const app = join(TMP, `app-${n}`);
			const s = generateSynthetic(n, out);
			let buildSeconds: number | undefined;
			if (!(flag('reuse-synth') && existsSync(join(app, 'build', 'index.html')))) {
				log(`building the site on a synthetic ${n}-node atlas`);
				buildSeconds = buildCopy(app, s.dataDir, s.sourcesDir, s.atlasId).seconds;
				log(`built in ${buildSeconds.toFixed(0)} s`);
			}
			synth[n] = {
				dataDir: s.dataDir,
				buildDir: join(app, 'build'),
				nodes: s.nodes,
				relations: s.relations,
				buildSeconds
			};
		}
	noteLoad('after builds');

	// ---- 1. JS and CSS per route ------------------------------------------------------------------
	const sizes: RouteSize[] = ROUTES.map((r) => routeSize(buildDir, r));
	results.sizes = sizes;
	for (const s of sizes) {
		const budget = s.route === '/' ? '≤ 250' : '—';
		row(
			`initial JS ${s.route} (KB gzip)`,
			f1(kb(s.js.gzip)) +
				(s.notPreloaded.length ? ` (${s.notPreloaded.length} static import(s) not preloaded)` : ''),
			budget,
			s.route === '/' ? kb(s.js.gzip) <= 250 : undefined
		);
	}
	for (const s of sizes)
		row(
			`CSS / HTML (inlined data) ${s.route} (KB gzip)`,
			`${f1(kb(s.css.gzip))} / ${f1(kb(s.html.gzip))} (${f0(kb(s.inlineData.raw))} KB raw JSON)`
		);

	// ---- 3. layout in node --------------------------------------------------------------------------
	const realAtlas = loadAtlas('alk-nsclc');
	const layouts: Record<string, LayoutTime> = { 'alk-nsclc': layoutTime(realAtlas) };
	for (const n of SCALES)
		if (synth[n]) layouts[`synthetic ${n}`] = layoutTime(loadAtlas('synthetic', synth[n].dataDir));
	results.layout = layouts;
	for (const [name, l] of Object.entries(layouts))
		row(
			`layout ${name} (${l.nodes} nodes, ${l.relations} rel.): arrange + toElements (ms)`,
			`mechanism ${f1(l.arrange.mechanism)} + ${f1(l.toElements.mechanism)}; generation ${f1(l.arrange.generation)} + ${f1(l.toElements.generation)}`
		);
	noteLoad('after layout');

	// ---- 2, 4, 6, 7. in the browser --------------------------------------------------------------
	const servers: Served[] = [];
	let bareUrl = '';
	let browser = await launchChromium();
	info.chromium = `Chromium ${browser.version()}`;
	/** run a browser measure; if the page or browser dies (the machine is shared), retry once */
	async function withRetry<T>(what: string, fn: (b: typeof browser) => Promise<T>): Promise<T> {
		try {
			return await fn(browser);
		} catch (e) {
			log(`${what} failed (${(e as Error).message.split('\n')[0]}); retrying once`);
			if (!browser.isConnected()) browser = await launchChromium();
			return await fn(browser);
		}
	}
	try {
		const site = await serve(buildDir, PORTS.site);
		servers.push(site);
		// the bare pages get the app's canvas size
		const probe = await withRetry('probe', (b) => loadInTurns(b, { app: site.url + '/' }, 1));
		const box = probe.app.runs[0].box;
		const bareRoot = join(TMP, 'bare');
		rmSync(bareRoot, { recursive: true, force: true });
		writeBarePage(join(bareRoot, 'alk'), realAtlas, box);
		const bareSize: Record<number, number> = {};
		for (const n of SCALES)
			if (synth[n])
				bareSize[n] = writeBarePage(
					join(bareRoot, `s${n}`),
					loadAtlas('synthetic', synth[n].dataDir),
					box
				).elements;
		const bareSrv = await serve(bareRoot, PORTS.bare);
		servers.push(bareSrv);
		bareUrl = bareSrv.url + '/alk/';

		log(`time to interactive: app / vs bare Cytoscape, ${RUNS} runs each, in turns`);
		const tti = await withRetry('time to interactive', (b) =>
			loadInTurns(b, { app: site.url + '/', bare: bareUrl }, RUNS, (name, i, r) =>
				log(`  ${name} #${i + 1}: ${f0(r.ready)} ms`)
			)
		);
		results.tti = summarise(tti);
		const ratio = tti.app.median / tti.bare.median;
		row(`explorer / interactive (ms, median of ${RUNS})`, range(tti.app));
		row(`bare Cytoscape page, same elements (ms, median of ${RUNS})`, range(tti.bare));
		row('explorer / bare Cytoscape (ratio of medians)', ratio.toFixed(2), '≤ 1.20', ratio <= 1.2);
		noteLoad('after tti');

		log(`pan and zoom frames, ${FRAME_RUNS} sessions`);
		const frames: Record<string, FrameStats> = {};
		const frameTargets: Record<string, string> = {
			'explorer /': site.url + '/',
			'bare Cytoscape': bareUrl
		};

		if (!skip.has('synthetic')) {
			const port = [PORTS.synth1, PORTS.synth2];
			const scaleUrls: Record<string, string> = {};
			for (const [i, n] of SCALES.entries()) {
				const srv = await serve(synth[n].buildDir, port[i]);
				servers.push(srv);
				scaleUrls[`${n}`] = srv.url + '/';
				scaleUrls[`bare ${n}`] = `${bareSrv.url}/s${n}/`;
				frameTargets[`synthetic ${n}`] = srv.url + '/';
			}
			log(
				`time to interactive: synthetic atlases and their bare pages, ${RUNS} runs each, in turns`
			);
			const scale = await withRetry('scale', (b) =>
				loadInTurns(b, scaleUrls, RUNS, (name, i, r) =>
					log(`  synthetic ${name} #${i + 1}: ${f0(r.ready)} ms`)
				)
			);
			results.scale = summarise(scale);
			const budgets: Record<number, number> = { 1000: 1500, 5000: 3500 };
			for (const n of SCALES) {
				const s = scale[`${n}`];
				const b = scale[`bare ${n}`];
				row(
					`synthetic ${n}-node atlas interactive (ms, median of ${RUNS})`,
					range(s),
					`≤ ${budgets[n]}`,
					s.median <= budgets[n]
				);
				row(
					`  bare Cytoscape, the same ${bareSize[n]} elements shown (ms); app/bare`,
					`${range(b)}; ${(s.median / b.median).toFixed(2)}`
				);
			}
			noteLoad('after scale');
		}

		for (const [name, url] of Object.entries(frameTargets)) {
			const per: number[][] = [];
			try {
				for (let i = 0; i < FRAME_RUNS; i++)
					per.push(await withRetry(`frames ${name}`, (b) => panZoomOnce(b, url)));
			} catch (e) {
				log(`frames ${name}: ${(e as Error).message.split('\n')[0]}`);
			}
			if (!per.length) continue;
			frames[name] = frameStats(per);
			log(`  ${name}: median ${f1(frames[name].median)} ms, p95 ${f1(frames[name].p95)} ms`);
		}
		results.frames = frames;

		log('interactions: Event Timing of real clicks, app and bare page');
		const appI = await withRetry('interactions', (b) => interactions(b, site.url + '/', true));
		const bareI = await withRetry('interactions (bare)', (b) => interactions(b, bareUrl, false));
		results.interactions = { app: appI, bare: bareI };
		const kinds: InteractionKind[] = [
			'node click',
			'filter toggle',
			'family open/fold',
			'arrangement'
		];
		for (const k of kinds) {
			const d = appI[k] ?? [];
			if (!d.length) continue;
			const [med, p95] = [median(d), percentile(d, 95)];
			const bare = bareI[k];
			const bm = bare?.length ? median(bare) : undefined;
			const ok = med <= 50 && p95 <= 100 && (bm === undefined || med <= 1.5 * Math.max(bm, 8));
			row(
				`${k}: Event Timing (ms, median / p95 of ${d.length})` +
					(bm !== undefined ? `; bare page median / p95` : ''),
				`${f0(med)} / ${f0(p95)}` +
					(bare?.length ? `; ${f0(bm!)} / ${f0(percentile(bare, 95))}` : ''),
				bm !== undefined ? '≤ 50 / ≤ 100, ≤ 1.5× bare' : '≤ 50 / ≤ 100',
				ok
			);
		}
		noteLoad('after interactions');
		for (const [name, f] of Object.entries(frames))
			row(
				`pan/zoom frame ${name} (ms, median / p95; frames > 33 ms)`,
				`${f1(f.median)} / ${f1(f.p95)}; ${(f.janky * 100).toFixed(0)}% of ${f.frames}`
			);
		noteLoad('after frames');
	} finally {
		await browser.close().catch(() => {});
	}

	// ---- 5. Lighthouse ----------------------------------------------------------------------------------
	if (!skip.has('lighthouse')) {
		const { lighthouseUrls } = await import('./lighthouse');
		log(`Lighthouse desktop, ${LH_RUNS} runs per route`);
		const urls = Object.fromEntries(
			LH_ROUTES.map((r) => [r, `http://127.0.0.1:${PORTS.site}${r}`])
		);
		if (bareUrl) urls['bare Cytoscape page'] = bareUrl;
		const lh = await lighthouseUrls(urls, LH_RUNS, (r, i, x) =>
			log(`  ${r} #${i + 1}: performance ${x.performance}, accessibility ${x.accessibility}`)
		);
		results.lighthouse = lh;
		const tbt = (r: string) =>
			`TBT ${f0(lh[r].metrics['total-blocking-time'])} ms, LCP ${f0(lh[r].metrics['largest-contentful-paint'])} ms`;
		for (const r of LH_ROUTES)
			row(
				`Lighthouse performance ${r} (desktop, median of ${LH_RUNS})`,
				`${lh[r].performance} (${tbt(r)})`,
				'≥ 95',
				lh[r].performance >= 95
			);
		if (lh['bare Cytoscape page'])
			row(
				'  Lighthouse performance, bare Cytoscape page (reference)',
				`${lh['bare Cytoscape page'].performance} (${tbt('bare Cytoscape page')})`
			);
		for (const r of LH_ROUTES)
			row(
				`Lighthouse accessibility ${r}`,
				String(lh[r].accessibility) +
					(lh[r].a11yFailures.length ? ` (${lh[r].a11yFailures.join(', ')})` : ''),
				'= 100',
				lh[r].accessibility === 100
			);
		noteLoad('after lighthouse');
	}
	for (const s of servers) await s.close();

	// ---- report -------------------------------------------------------------------------------------------
	results.load = loads;
	results.rows = rows;
	const failed = rows.filter((r) => r.pass === false);
	printTable(info, loads);
	mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
	writeFileSync(join(ROOT, 'bench-results', 'latest.md'), markdown(info, loads));
	writeFileSync(join(ROOT, 'bench-results', 'latest.json'), JSON.stringify(results, null, '\t'));
	log(`wrote bench-results/latest.md and latest.json; ${failed.length} budget(s) missed`);
	process.exitCode = failed.length ? 1 : 0;
}

const range = (s: LoadStats) => `${f0(s.median)} (${f0(s.min)}–${f0(s.max)})`;

function summarise(x: Record<string, LoadStats>) {
	return Object.fromEntries(
		Object.entries(x).map(([k, s]) => [
			k,
			{
				median: s.median,
				min: s.min,
				max: s.max,
				responseEnd: s.medianOf('responseEnd'),
				domContentLoaded: s.medianOf('domContentLoaded'),
				fcp: s.medianOf('fcp'),
				longTasks: s.medianOf('longTasks'),
				runs: s.runs.map((r) => Math.round(r.ready))
			}
		])
	);
}

const verdict = (r: Row) => (r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL');

function printTable(info: ReturnType<typeof machine>, loads: { at: string; l1: number }[]) {
	const w = [
		Math.max(...rows.map((r) => r.measure.length)),
		Math.max(...rows.map((r) => r.value.length)),
		Math.max(...rows.map((r) => r.budget.length))
	];
	console.log(
		`\nResistance Atlas bench — ${info.date} — ${info.nproc} × ${info.cpu}, Node ${info.node}, ${info.chromium}`
	);
	console.log(
		`load average (1 min): ${loads.map((l) => `${l.at} ${l.l1.toFixed(2)}`).join(', ')}\n`
	);
	for (const r of rows)
		console.log(
			`${r.measure.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.budget.padEnd(w[2])}  ${verdict(r)}`
		);
	const failed = rows.filter((r) => r.pass === false).length;
	console.log(
		`\n${rows.filter((r) => r.pass !== undefined).length - failed} budgets met, ${failed} missed`
	);
}

function markdown(
	info: ReturnType<typeof machine>,
	loads: { at: string; l1: number; l5: number }[]
) {
	const esc = (s: string) => s.replace(/\|/g, '\\|');
	return [
		'# Resistance Atlas benchmark',
		'',
		`- date: ${info.date}`,
		`- machine: ${info.nproc} cores (\`nproc\`), ${info.cpu}; Node ${info.node}; ${info.chromium} (headless)`,
		`- commit: ${info.commit}${info.dirty ? ' (+ uncommitted changes in src/)' : ''}`,
		`- load average (1 min / 5 min): ${loads.map((l) => `${l.at} ${l.l1.toFixed(2)} / ${l.l5.toFixed(2)}`).join('; ')}`,
		`- page loads: fresh browser context each, HTTP cache disabled, gzip-serving static server, viewport 1350×940, ${RUNS} runs (medians); Lighthouse desktop preset, ${LH_RUNS} runs per route (median score)`,
		'',
		'| measure | value | budget | result |',
		'| --- | --- | --- | --- |',
		...rows.map(
			(r) => `| ${esc(r.measure)} | ${esc(r.value)} | ${esc(r.budget)} | ${verdict(r)} |`
		),
		''
	].join('\n');
}

main().catch((e) => {
	console.error(e);
	process.exit(2);
});
