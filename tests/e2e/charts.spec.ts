import { expect, test } from '@playwright/test';

const L = {
	en: {
		p: '',
		showTable: 'Show data table',
		freq: /^Mechanism frequency at resistance/,
		matrix: /^Drug × alteration sensitivity/,
		shares: /^Share of resistance by mechanism class/,
		net: 'Show in the network',
		charts: 'Show in charts'
	},
	zh: {
		p: '/zh',
		showTable: '显示数据表',
		freq: /^耐药时各机制的发生频率/,
		matrix: /^药物 × 变异 敏感性/,
		shares: /^各类耐药机制所占比例/,
		net: '在网络中显示',
		charts: '在图表中显示'
	}
};

for (const [lang, t] of Object.entries(L)) {
	test.describe(`charts (${lang})`, () => {
		test('each chart has a data table with the same numbers', async ({ page }) => {
			await page.goto(`${t.p}/charts`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			const freq = page.getByRole('region', { name: t.freq });
			const table = freq.getByRole('table');
			await expect(table).toBeHidden();
			await freq.getByRole('button', { name: t.showTable }).click();
			await expect(table).toBeVisible();
			const g1202r = table.getByRole('row').filter({ hasText: 'G1202R' });
			await expect(g1202r).toHaveCount(3);
			for (const v of ['43%', '29%', '21%'])
				await expect(g1202r.filter({ hasText: v })).toHaveCount(1);
			// the bar carries the same number in its accessible name, with its source
			await expect(
				freq.getByRole('button', {
					name: /G1202R · (Brigatinib|布格替尼): 43% · DONG Fuyao 2025 \[25\]/
				})
			).toHaveCount(1);
			// MET amplification with its denominators
			await expect(
				table.getByRole('row').filter({ hasText: /MET/ }).filter({ hasText: '23' })
			).toHaveCount(1);
			// the matrix table lists the compound mutations
			const mx = page.getByRole('region', { name: t.matrix });
			await mx.getByRole('button', { name: t.showTable }).click();
			await expect(
				mx.getByRole('table').getByRole('row').filter({ hasText: 'G1202R/L1196M' }).first()
			).toBeVisible();
		});

		test('a chart mark selects its evidence and links to the network, and back', async ({
			page
		}) => {
			await page.goto(`${t.p}/charts`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			const bar = page.getByRole('button', { name: /G1202R · (Brigatinib|布格替尼): 43%/ });
			await bar.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/sel=rel-g1202r-emerges-after-brigatinib/);
			await expect(bar).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('[data-evidence="ev-g1202r-freq-after-2g"]')).toBeVisible();
			await page.getByRole('link', { name: t.net }).click();
			await expect(page).toHaveURL(/sel=rel-g1202r-emerges-after-brigatinib/);
			await expect(page.locator('.network canvas').first()).toBeVisible();
			const row = page
				.getByRole('button', { name: /emerges after|出现于/ })
				.and(page.locator('[data-id="rel-g1202r-emerges-after-brigatinib"]'));
			await expect(row).toHaveAttribute('aria-pressed', 'true');
			// and from the network back to the charts, the same mark highlighted
			await page.getByRole('link', { name: t.charts }).click();
			await expect(
				page.getByRole('button', { name: /G1202R · (Brigatinib|布格替尼): 43%/ })
			).toHaveAttribute('aria-pressed', 'true');
		});

		test('a share bar selects what its evidence stands behind and shows as pressed', async ({
			page
		}) => {
			await page.goto(`${t.p}/charts`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			const chart = page.getByRole('region', { name: t.shares });
			const bar = chart.locator('g.mark[role="button"]').first();
			await expect(bar).toHaveAttribute('aria-pressed', 'false');
			// the bar itself (the row's centre may fall between its label and its bar)
			await bar.locator('rect').first().click();
			// the first bar is a class's share: its evidence stands behind the class's group
			await expect(page).toHaveURL(/sel=alk-dependent/);
			await expect(bar).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('#drawer-h')).toContainText(/ALK-dependent|ALK 依赖性/);
			await expect(page.getByRole('status').filter({ hasText: /“sel”/ })).toHaveCount(0);
		});

		test('a matrix cell opens the same evidence drawer; SVG downloads exist', async ({
			page,
			request
		}) => {
			await page.goto(`${t.p}/charts`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			const cell = page.getByRole('button', { name: /^ALK G1202R × (Lorlatinib|洛拉替尼):/ });
			await cell.click();
			await expect(page).toHaveURL(/sel=/);
			await expect(
				page.getByRole('heading', { name: /ALK G1202R — .* → (Lorlatinib|洛拉替尼)/ })
			).toBeVisible();
			for (const name of ['frequency', 'sensitivity', 'trials', 'shares']) {
				const res = await request.get(`/svg/${name}-${lang}.svg`);
				expect(res.status()).toBe(200);
				expect(await res.text()).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
			}
		});
	});
}
