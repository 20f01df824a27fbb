/**
 * The offline lecture pack (`npm run build:offline`, run by the test command before Playwright):
 * each language is one HTML file that works from file:// with every network request blocked.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

for (const [locale, t] of Object.entries({
	en: { lang: 'en', charts: 'Charts', counter: /^Step 4 of 8$/, search: 'Search' },
	zh: { lang: 'zh-Hans', charts: '图表', counter: /^第 4 步,共 8 步$/, search: '搜索' }
})) {
	test(`offline pack (${locale}) runs the explorer, charts, stories and presentation with no network`, async ({
		browser
	}) => {
		const file = resolve(`offline/resistance-atlas-${locale}.html`);
		expect(existsSync(file), `${file} is built by npm run build:offline`).toBe(true);
		const ctx = await browser.newContext();
		const requested: string[] = [];
		await ctx.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))
				return route.continue();
			requested.push(url);
			return route.abort();
		});
		const page = await ctx.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`file://${file}#/?sel=alk-g1202r`);
		await expect(page.locator('html')).toHaveAttribute('lang', t.lang);
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		await expect(page.locator('[data-evidence="ev-g1202r-freq-after-2g"]')).toContainText('43%');
		await page.getByRole('combobox', { name: t.search }).fill('lorlatinib');
		await page.getByRole('combobox', { name: t.search }).press('Enter');
		await expect(page).toHaveURL(/#\/\?sel=lorlatinib/);

		await page.getByRole('link', { name: t.charts, exact: true }).click();
		await expect(page).toHaveURL(/#\/charts/);
		// the four charts and the lollipop
		await expect(page.locator('svg[role="group"]')).toHaveCount(5);

		await page.goto(`file://${file}#/stories/arms-race?step=3&present=1`);
		await expect(page.locator('.player.present')).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.counter')).toHaveText(t.counter);
		await expect(page).toHaveURL(/step=4/);
		expect(requested).toEqual([]);
		expect(errors).toEqual([]);
		await ctx.close();
	});
}

test('offline pack: another atlas has its own explorer, charts and stories, linked within it', async ({
	browser
}) => {
	const file = resolve('offline/resistance-atlas-en.html');
	const ctx = await browser.newContext();
	await ctx.route('**/*', (route) =>
		/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()
	);
	const page = await ctx.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`file://${file}#/atlas/immuno-nsclc`);
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	const nav = page.locator('header.top nav');
	await expect(nav.getByRole('link', { name: 'Stories' })).toHaveAttribute(
		'href',
		'#/atlas/immuno-nsclc/stories'
	);
	await nav.getByRole('link', { name: 'Charts' }).click();
	await expect(page).toHaveURL(/#\/atlas\/immuno-nsclc\/charts$/);
	// the one chart this atlas has data for
	await expect(page.locator('svg[role="group"]')).toHaveCount(1);
	await nav.getByRole('link', { name: 'Stories' }).click();
	await page.getByRole('link', { name: 'My story' }).click();
	await expect(page).toHaveURL(/#\/atlas\/immuno-nsclc\/stories\/mine$/);
	expect(errors).toEqual([]);
	await ctx.close();
});
