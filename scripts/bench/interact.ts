/**
 * Interaction latency: Event Timing durations (input delay + handlers + the next frame) of real
 * mouse clicks, grouped by interaction (the longest event of each, as INP counts them).
 *
 * In the app: a click on a node of the canvas (selection: fade, neighbourhood, animated camera), a
 * filter toggle, opening / folding a family on the canvas, a switch of arrangement. In the bare
 * Cytoscape page: a click on the same nodes doing the same selection by hand (`bare.ts`).
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from './browser';

const OBSERVER = `(() => {
	const w = (window.__events = []);
	try {
		new PerformanceObserver((l) => {
			for (const e of l.getEntries())
				if (e.interactionId) w.push({ id: e.interactionId, d: e.duration, name: e.name });
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {}
})();`;

export type InteractionKind = 'node click' | 'filter toggle' | 'family open/fold' | 'arrangement';

/**
 * Longest event duration of each interaction recorded since `from` (index into the log). Event Timing
 * reports only events of 16 ms or more: an interaction it did not report took less, and counts as
 * 16 ms (an upper bound), so fast interactions are not left out of the median.
 */
async function durations(page: Page, from: number): Promise<number[]> {
	const all = await page.evaluate(
		(i) => (window as unknown as { __events: { id: number; d: number }[] }).__events.slice(i),
		from
	);
	const by = new Map<number, number>();
	for (const e of all) by.set(e.id, Math.max(by.get(e.id) ?? 0, e.d));
	return by.size ? [...by.values()] : [16];
}

const logLength = (page: Page) =>
	page.evaluate(() => (window as unknown as { __events: unknown[] }).__events.length);

/** The page position of a node of the canvas. */
async function nodeAt(page: Page, id: string) {
	return page.evaluate((nid) => {
		const el = document.querySelector('.network') as HTMLElement & {
			_cyreg?: { cy: unknown };
		};
		const cy = (el._cyreg?.cy ?? (window as unknown as { cy: unknown }).cy) as {
			getElementById(i: string): { renderedPosition(): { x: number; y: number } };
		};
		const r = el.getBoundingClientRect();
		const p = cy.getElementById(nid).renderedPosition();
		return { x: r.left + p.x, y: r.top + p.y };
	}, id);
}

/** Click and let the frame (and a camera animation) finish. */
async function clickAt(page: Page, at: { x: number; y: number }) {
	await page.mouse.click(at.x, at.y);
	await page.waitForTimeout(450);
}

/**
 * `rounds` of each interaction on `url`; the app also gets filter, family and arrangement
 * interactions. Every sample is a duration in ms (Event Timing rounds to 8 ms).
 */
export async function interactions(
	browser: Browser,
	url: string,
	app: boolean,
	rounds = 10
): Promise<Partial<Record<InteractionKind, number[]>>> {
	const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	const page = await ctx.newPage();
	await page.addInitScript(OBSERVER);
	const out: Partial<Record<InteractionKind, number[]>> = {};
	const add = (k: InteractionKind, d: number[]) => (out[k] = [...(out[k] ?? []), ...d]);
	try {
		await page.goto(url);
		await page.waitForSelector('.network[data-ready="true"]');
		if (app) await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await page.waitForTimeout(800);
		const nodes = ['alk-g1202r', 'crizotinib', 'met-amplification', 'lorlatinib'];
		for (let i = 0; i < rounds; i++) {
			// the camera moves between clicks: find the node where it is now
			const at = await nodeAt(page, nodes[i % nodes.length]);
			const n = await logLength(page);
			await clickAt(page, at);
			add('node click', await durations(page, n));
		}
		if (!app) return out;
		await page.goto(url);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await page.waitForTimeout(600);
		const box = page.getByRole('checkbox', { name: 'Bypass signalling' });
		for (let i = 0; i < rounds; i++) {
			const n = await logLength(page);
			await box.click();
			await page.waitForTimeout(450);
			add('filter toggle', await durations(page, n));
		}
		for (let i = 0; i < rounds; i++) {
			const at = await nodeAt(page, 'compound-mutations');
			const n = await logLength(page);
			await clickAt(page, at);
			add('family open/fold', await durations(page, n));
		}
		const radios = ['By mechanism', 'Overview'];
		for (let i = 0; i < rounds; i++) {
			const n = await logLength(page);
			await page.getByRole('radio', { name: radios[i % 2] }).click();
			await page.waitForTimeout(450);
			add('arrangement', await durations(page, n));
		}
		return out;
	} finally {
		await ctx.close();
	}
}
