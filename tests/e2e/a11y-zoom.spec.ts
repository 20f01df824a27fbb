/** WCAG 2.2: 200% zoom without loss (reflow), forced colours readable, reduced motion honoured. */
import { expect, test } from '@playwright/test';

test('at 200% zoom (720×450 CSS px) the explorer reflows: no horizontal scrolling, controls reachable', async ({
	browser
}) => {
	const ctx = await browser.newContext({ viewport: { width: 720, height: 450 } });
	const page = await ctx.newPage();
	for (const url of ['/?sel=alk-g1202r', '/zh/charts', '/stories/arms-race?step=2']) {
		await page.goto(url);
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, url).toBeLessThanOrEqual(1);
	}
	await page.goto('/?sel=alk-g1202r');
	await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
	await page.getByRole('checkbox', { name: 'Generation 2' }).check();
	await expect(page).toHaveURL(/gen=2/);
	await ctx.close();
});

test('forced colours and reduced motion: the explorer stays usable', async ({ browser }) => {
	const ctx = await browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	await page.goto('/?sel=alk-g1202r&arr=generation');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'By drug generation' })).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await ctx.close();
});
