import { expect, test } from '@playwright/test';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { measure } from './network-measure';

/**
 * Every network step of every story, projected (presentation mode, 1920×1080): the entities the step
 * frames are drawn, not faded, inside the camera, labelled at 14 px or more; no two labels overlap.
 */
const atlas = loadAtlas('alk-nsclc');
const steps = atlas.stories.flatMap((s) =>
	s.steps
		.map((step, i) => ({ story: s.id, n: i + 1, fit: step.fit ?? [], show: step.show }))
		.filter((x) => (x.show ?? 'network') === 'network' && x.fit.length)
);

for (const lang of ['en', 'zh'] as const)
	test(`story steps frame their subject when projected (${lang})`, async ({ page }) => {
		test.setTimeout(30_000 + steps.length * 8_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		const problems: string[] = [];
		for (const s of steps) {
			await page.goto(`${lang === 'zh' ? '/zh' : ''}/stories/${s.story}?step=${s.n}&present=1`);
			await expect(page.locator('.network[data-ready]')).toBeVisible({ timeout: 20_000 });
			await page.waitForTimeout(600);
			const m = await measure(page, s.fit);
			const where = `${s.story} step ${s.n}`;
			for (const p of m.framedProblems) problems.push(`${where}: ${p}`);
			if (m.framedMin < 14) problems.push(`${where}: framed label ${m.framedMin.toFixed(1)} px`);
			for (const o of m.overlaps) problems.push(`${where}: overlap ${o}`);
		}
		expect(problems).toEqual([]);
	});
