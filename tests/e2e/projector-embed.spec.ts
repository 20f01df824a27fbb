/**
 * Embeds in a lecture deck: the copied 16:9 snippet inside a reveal.js-like slide (a title above it)
 * at 1280×720 and 1920×1080 fits the slide at 16:9; chart and story embeds reflow when the frame is
 * resized.
 */
import { expect, test, type Page } from '@playwright/test';

async function snippetFrom(page: Page, path: string): Promise<string> {
	await page.goto(path);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await page.getByRole('button', { name: 'Copy embed code' }).first().click();
	return page.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
}

for (const vp of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
])
	test(`the 16:9 snippet fits a slide under its title at ${vp.width}×${vp.height}`, async ({
		page
	}) => {
		const snippet = await snippetFrom(page, '/charts');
		expect(snippet).toMatch(/aspect-ratio:16\/9/);
		await page.setViewportSize(vp);
		// a reveal.js-like deck: one slide the size of the screen, a title, the embed below it
		await page.setContent(
			`<!doctype html><style>body{margin:0}.reveal section{box-sizing:border-box;width:100vw;height:100vh;padding:20px 40px;overflow:hidden;font:32px sans-serif}h2{margin:0 0 16px;font-size:56px}</style>
			<div class="reveal"><section><h2>ALK resistance: frequencies</h2>${snippet}</section></div>`
		);
		const frame = page.locator('iframe');
		const slide = page.locator('section');
		const title = page.getByRole('heading', { name: 'ALK resistance: frequencies' });
		await expect(frame).toBeVisible();
		const [f, s, t] = [
			await frame.boundingBox(),
			await slide.boundingBox(),
			await title.boundingBox()
		];
		expect(f!.y).toBeGreaterThanOrEqual(t!.y + t!.height);
		expect(f!.y + f!.height).toBeLessThanOrEqual(s!.y + s!.height);
		expect(f!.x + f!.width).toBeLessThanOrEqual(s!.x + s!.width);
		expect(Math.abs(f!.width / f!.height - 16 / 9)).toBeLessThan(0.02);
		// the chart inside is drawn and fills the frame's width
		const inner = page.frameLocator('iframe').locator('svg.chart-svg');
		await expect(inner).toBeVisible();
		const w = (await inner.boundingBox())!.width;
		expect(w).toBeGreaterThan(f!.width * 0.9);
	});

test('chart and story embeds reflow when the frame is resized', async ({ page }) => {
	for (const path of ['/embed/chart/trials', '/embed/story/arms-race?step=4']) {
		await page.setViewportSize({ width: 1600, height: 900 });
		await page.goto(path);
		const svg = page.locator('svg.chart-svg');
		await expect(svg).toBeVisible();
		const wide = (await svg.boundingBox())!.width;
		await page.setViewportSize({ width: 960, height: 540 });
		await expect.poll(async () => (await svg.boundingBox())!.width).toBeLessThan(wide * 0.7);
		// the chart fits the narrower frame's width (no sideways scrolling of the page)
		const doc = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(doc).toBeLessThanOrEqual(960);
		// the frame's foot keeps the disclaimer and the link apart
		const foot = await page
			.locator('.foot > span, .foot > a')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0));
		for (let i = 0; i < foot.length; i++)
			for (let j = i + 1; j < foot.length; j++) {
				const [a, b] = [foot[i], foot[j]];
				expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(
					false
				);
			}
	}
});
