import { expect, test } from '@playwright/test';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { measure } from './network-measure';

/**
 * Stepping through a story keeps one canvas: a network step after a network step (or after a chart
 * step, which hides the canvas) changes classes and moves the camera (no new Cytoscape), and each step still frames its subject as a fresh load
 * of that step does (story-framing.spec.ts).
 */
const atlas = loadAtlas('alk-nsclc');
const story = atlas.stories.find((s) => s.id === 'arms-race')!;

test('stepping with the clicker keeps the canvas and frames each step', async ({ page }) => {
	test.setTimeout(30_000 + story.steps.length * 5_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`/stories/${story.id}?step=1&present=1`);
	await expect(page.locator('.network[data-ready]')).toBeVisible({ timeout: 20_000 });
	// mark the canvas: a new Cytoscape container would not carry it
	await page.locator('.network').evaluate((el) => el.setAttribute('data-mark', 'first'));
	const problems: string[] = [];
	let kept = 0;
	for (let n = 1; n <= story.steps.length; n++) {
		if (n > 1) await page.keyboard.press('ArrowRight');
		await expect(page.locator('.counter')).toHaveText(`Step ${n} of ${story.steps.length}`);
		const step = story.steps[n - 1];
		if ((step.show ?? 'network') !== 'network') continue;
		// a step cuts to its camera; let the frame draw
		await page.waitForTimeout(300);
		if ((await page.locator('.network[data-mark="first"]').count()) === 1) kept++;
		if (!step.fit?.length) continue;
		const m = await measure(page, step.fit);
		for (const p of m.framedProblems) problems.push(`step ${n}: ${p}`);
		if (m.framedMin < 14) problems.push(`step ${n}: framed label ${m.framedMin.toFixed(1)} px`);
		for (const o of m.overlaps) problems.push(`step ${n}: overlap ${o}`);
	}
	expect(problems).toEqual([]);
	// every network step drew on the first canvas, chart steps between them included
	expect(kept).toBe(story.steps.filter((s) => (s.show ?? 'network') === 'network').length);
});

test('a presented chart step taller than the stage scrolls its selection into view (1280×720)', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	const problems: string[] = [];
	let checked = 0;
	for (const s of atlas.stories)
		for (const [i, step] of s.steps.entries()) {
			if ((step.show ?? 'network') === 'network' || !/(^|&)sel=/.test(step.view)) continue;
			await page.goto(`/stories/${s.id}?step=${i + 1}&present=1`);
			const box = page.locator('.stage .chart');
			await expect(box.locator('[aria-pressed="true"]').first()).toBeAttached();
			await page.waitForTimeout(300);
			const out = await box.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return [...el.querySelectorAll('[aria-pressed="true"]')].filter((m) => {
					const b = m.getBoundingClientRect();
					return b.top < r.top - 1 || b.bottom > r.bottom + 1;
				}).length;
			});
			if (out) problems.push(`${s.id} step ${i + 1}: ${out} selected marks out of view`);
			checked++;
		}
	console.log(`${checked} chart steps with a selection checked`);
	expect(checked).toBeGreaterThan(3);
	expect(problems).toEqual([]);
});

test('a story’s Present and PowerPoint buttons are disabled until the page hydrates, so no click is lost', async ({
	browser
}) => {
	// the server-rendered page, as it stands before its scripts run
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const before = await ctx.newPage();
	await before.goto('/stories/arms-race');
	await expect(before.getByRole('button', { name: 'Present' })).toBeDisabled();
	await expect(before.getByRole('button', { name: 'Download as PowerPoint' })).toBeDisabled();
	await ctx.close();
	const page = await browser.newPage();
	await page.goto('/stories/arms-race');
	await expect(page.getByRole('button', { name: 'Present' })).toBeEnabled({ timeout: 15_000 });
	await expect(page.getByRole('button', { name: 'Download as PowerPoint' })).toBeEnabled();
	await page.close();
});
