import { expect, test, type Page } from '@playwright/test';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { stepSubject } from '../../src/lib/domain/story-subject';
import { measure, settled } from './network-measure';

/**
 * Every network step of every story, projected (presentation mode) at 1920×1080 and 1280×720 in
 * both languages: what the step frames (its `fit` and every entity its caption names) is drawn, not
 * faded, inside the camera, labelled at 14 px or more (12 px at 1280×720); no two labels overlap.
 * One page load per story: the walk steps with → as a clicker would.
 */
const atlas = loadAtlas('alk-nsclc');
const SIZES = [
	{ width: 1920, height: 1080, min: 14 },
	{ width: 1280, height: 720, min: 12 }
] as const;
const networkSteps = atlas.stories.reduce((n, s) => n + s.steps.length, 0);

/** Walk `story` from step 1 to its end, measuring each network step once its camera is still. */
async function walk(page: Page, lang: 'en' | 'zh', story: (typeof atlas.stories)[number]) {
	const rows: { n: number; min: number; overlaps: number; problems: string[] }[] = [];
	await page.goto(`${lang === 'zh' ? '/zh' : ''}/stories/${story.id}?step=1&present=1`);
	for (const [i, step] of story.steps.entries()) {
		const n = i + 1;
		// a clicker's → on a question step shows its answer first, and moves on at the next press
		if (n > 1 && story.steps[i - 1].question) await page.keyboard.press('ArrowRight');
		if (n > 1) await page.keyboard.press('ArrowRight');
		const stage = page.locator(`.present .stage[data-step="${n}"]`);
		await expect(stage).toBeVisible({ timeout: 20_000 });
		const subject = stepSubject(step, atlas.nodes);
		if (step.show !== 'network' || !subject.length) continue;
		await expect(stage.locator('.network[data-ready]')).toBeVisible({ timeout: 20_000 });
		await settled(page);
		const m = await measure(page, subject);
		rows.push({ n, min: m.framedMin, overlaps: m.overlaps.length, problems: m.framedProblems });
		for (const o of m.overlaps) rows.at(-1)!.problems.push(`overlap ${o}`);
	}
	return rows;
}

for (const lang of ['en', 'zh'] as const)
	for (const size of SIZES)
		test(`story steps frame their subject when projected (${lang}, ${size.width}×${size.height})`, async ({
			page
		}) => {
			test.setTimeout(30_000 + networkSteps * 6_000);
			await page.setViewportSize({ width: size.width, height: size.height });
			const problems: string[] = [];
			const summary: string[] = [];
			for (const story of atlas.stories) {
				const rows = await walk(page, lang, story);
				for (const r of rows) {
					const where = `${story.id} step ${r.n}`;
					for (const p of r.problems) problems.push(`${where}: ${p}`);
					if (!(r.min >= size.min)) problems.push(`${where}: framed label ${r.min.toFixed(1)} px`);
				}
				const min = Math.min(...rows.map((r) => r.min));
				const overlaps = rows.reduce((n, r) => n + r.overlaps, 0);
				summary.push(
					`${story.id}: ${rows.length} steps, min framed label ${min.toFixed(1)} px, ${overlaps} overlaps`
				);
			}
			console.log(
				`[story framing ${lang} ${size.width}×${size.height}]\n  ${summary.join('\n  ')}`
			);
			expect(problems).toEqual([]);
		});
