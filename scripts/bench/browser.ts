/**
 * In-browser measures (headless Debian Chromium through playwright-core; a fresh context per run,
 * HTTP cache disabled): time from navigation start to an interactive network, and frame times
 * while panning and zooming it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median, percentile } from './lib';

export const VIEWPORT = { width: 1350, height: 940 };
const READY = '.network[data-ready="true"]';

/**
 * Installed before any page script: stamps `performance.now()` (ms since navigation start) the
 * moment an element `.network` gets `data-ready="true"`.
 */
const RECORDER = `(() => {
	const b = (window.__bench = { ready: null });
	const seen = () => {
		if (b.ready === null && document.querySelector('${READY}')) {
			b.ready = performance.now();
			mo.disconnect();
		}
	};
	const mo = new MutationObserver(seen);
	mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

export interface LoadRun {
	/** ms from navigation start to `[data-ready="true"]` on `.network` */
	ready: number;
	responseEnd: number;
	domContentLoaded: number;
	fcp: number | null;
	/** main-thread long tasks (>50 ms) before ready, summed */
	longTasks: number;
	/** size of the network container, for the bare page */
	box: { width: number; height: number };
}

/** What the init scripts leave on `window`. */
interface PageMarks {
	__bench: { ready: number | null };
	__long: number;
}

async function freshPage(browser: Browser): Promise<{ ctx: BrowserContext; page: Page }> {
	const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await page.addInitScript(RECORDER);
	await page.addInitScript(() => {
		const w = window as unknown as { __long: number };
		w.__long = 0;
		try {
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) w.__long += e.duration;
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			/* no longtask support */
		}
	});
	return { ctx, page };
}

/** One load of `url` in a fresh context; resolves when the network is interactive. */
export async function loadOnce(browser: Browser, url: string, timeout = 60_000): Promise<LoadRun> {
	const { ctx, page } = await freshPage(browser);
	try {
		await page.goto(url, { waitUntil: 'commit', timeout });
		await page.waitForSelector(READY, { state: 'attached', timeout });
		await page.waitForFunction(
			() => (window as unknown as PageMarks).__bench?.ready != null,
			null,
			{
				timeout
			}
		);
		return await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			const r = document.querySelector('.network')!.getBoundingClientRect();
			const w = window as unknown as PageMarks;
			return {
				ready: w.__bench.ready as number,
				responseEnd: nav.responseEnd,
				domContentLoaded: nav.domContentLoadedEventEnd,
				fcp: fcp ? fcp.startTime : null,
				longTasks: w.__long as number,
				box: { width: Math.round(r.width), height: Math.round(r.height) }
			};
		});
	} finally {
		await ctx.close();
	}
}

export interface LoadStats {
	runs: LoadRun[];
	median: number;
	min: number;
	max: number;
	medianOf: (k: 'responseEnd' | 'domContentLoaded' | 'fcp' | 'longTasks') => number;
}

export function loadStats(runs: LoadRun[]): LoadStats {
	const r = runs.map((x) => x.ready);
	return {
		runs,
		median: median(r),
		min: Math.min(...r),
		max: Math.max(...r),
		medianOf: (k) => median(runs.map((x) => x[k] ?? NaN).filter((x) => !Number.isNaN(x)))
	};
}

/**
 * Measure several URLs in turns (A B C A B C …) so that background load hits them alike;
 * one discarded warm-up load each (server gzip cache, disk cache of the files).
 */
export async function loadInTurns(
	browser: Browser,
	urls: Record<string, string>,
	runs: number,
	onRun?: (name: string, i: number, r: LoadRun) => void
): Promise<Record<string, LoadStats>> {
	const out: Record<string, LoadRun[]> = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
	for (const url of Object.values(urls)) await loadOnce(browser, url);
	for (let i = 0; i < runs; i++)
		for (const [name, url] of Object.entries(urls)) {
			const r = await loadOnce(browser, url);
			out[name].push(r);
			onRun?.(name, i, r);
		}
	return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, loadStats(v)]));
}

export interface FrameStats {
	frames: number;
	median: number;
	p95: number;
	max: number;
	/** share of frames longer than 2 vsyncs (33.4 ms) */
	janky: number;
}

/**
 * Pan and zoom the network with the mouse (wheel over the canvas, drags) while recording
 * requestAnimationFrame deltas; a fresh page, after it is interactive.
 */
export async function panZoomOnce(browser: Browser, url: string): Promise<number[]> {
	const { ctx, page } = await freshPage(browser);
	try {
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForSelector(READY, { state: 'attached', timeout: 60_000 });
		// let the load settle (hydration tail, first renders)
		await page.waitForTimeout(1000);
		const box = (await page.locator('.network').boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await page.mouse.move(cx, cy);
		// a string, not a function: tsx's keep-names helper (__name) does not exist in the page
		await page.evaluate(`(() => {
			window.__frames = [];
			window.__rec = true;
			let last = performance.now();
			const tick = (t) => {
				window.__frames.push(t - last);
				last = t;
				if (window.__rec) requestAnimationFrame(tick);
			};
			requestAnimationFrame((t) => {
				last = t;
				requestAnimationFrame(tick);
			});
		})()`);
		const step = () => page.waitForTimeout(30);
		for (let i = 0; i < 10; i++) {
			await page.mouse.wheel(0, -120);
			await step();
		}
		for (const [dx, dy] of [
			[-200, -80],
			[240, 160],
			[-120, 60]
		]) {
			await page.mouse.move(cx, cy);
			await page.mouse.down();
			await page.mouse.move(cx + dx, cy + dy, { steps: 20 });
			await page.mouse.up();
		}
		for (let i = 0; i < 14; i++) {
			await page.mouse.wheel(0, 120);
			await step();
		}
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx + 150, cy - 100, { steps: 20 });
		await page.mouse.up();
		await page.waitForTimeout(100);
		return (await page.evaluate('(window.__rec = false, window.__frames)')) as number[];
	} finally {
		await ctx.close();
	}
}

export function frameStats(perRun: number[][]): FrameStats {
	const all = perRun.flat();
	return {
		frames: all.length,
		// medians over runs of each run's statistic
		median: median(perRun.map((f) => median(f))),
		p95: median(perRun.map((f) => percentile(f, 95))),
		max: Math.max(...all),
		janky: all.filter((d) => d > 33.4).length / Math.max(1, all.length)
	};
}
