import { expect, test } from '@playwright/test';

const LOCALES = [
	{
		path: '/?sel=alk-g1202r',
		lang: 'en',
		title: 'Resistance Atlas',
		disclaimer: /not clinical decision support/,
		switchTo: '中文'
	},
	{
		path: '/zh?sel=alk-g1202r',
		lang: 'zh-Hans',
		title: '耐药图谱',
		disclaimer: /不构成临床决策支持/,
		switchTo: 'English'
	}
];

for (const l of LOCALES) {
	test.describe(`first page (${l.lang})`, () => {
		test('shows the network, the chart, the disclaimer and the release', async ({ page }) => {
			await page.goto(l.path);
			await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
			await expect(page.getByRole('link', { name: l.title }).first()).toBeVisible();
			const note = page.getByRole('note').filter({ hasText: l.disclaimer });
			await expect(note).toBeVisible();
			await expect(note).toContainText(/2026\.\d+\.\d+/);
			// Cytoscape drew into its container
			await expect(page.locator('.network canvas').first()).toBeVisible();
			// the D3 chart (G1202R frequency by drug, in the evidence drawer): one focusable bar per drug
			const chart = page.getByRole('group', { name: /G1202R/ });
			await expect(chart.getByRole('button', { name: /43%/ })).toHaveCount(1);
			await expect(chart.getByRole('button', { name: /29%/ })).toHaveCount(1);
			await expect(chart.getByRole('button', { name: /21%/ })).toHaveCount(1);
			// a bar selects the relation it stands for
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			await chart.getByRole('button', { name: /43%/ }).locator('rect').first().click();
			await expect(page).toHaveURL(/sel=rel-g1202r-emerges-after-brigatinib/);
		});
	});
}

test('the language switch keeps the view and reopens in the other language', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: '切换到中文' }).click();
	await expect(page).toHaveURL(/\/zh/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await page.getByRole('link', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
