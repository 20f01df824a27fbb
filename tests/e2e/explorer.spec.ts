import { expect, test, type Page } from '@playwright/test';

const L = {
	en: {
		root: '/',
		search: 'Search',
		groupKey: 'Group that a relation points to',
		evidence: /^Evidence: ALK G1202R$/,
		gen2: 'Generation 2',
		list: /Entities \(\d+\)/,
		compound: 'ALK G1202R/L1196M',
		notice: /Ignored an unknown value for “arr”/
	},
	zh: {
		root: '/zh',
		search: '搜索',
		groupKey: '作为关系端点的分组',
		evidence: /^证据: ALK G1202R$/,
		gen2: '第2代',
		list: /实体（\d+）|实体\(\d+\)|实体（\d+\)|实体\(\d+）/,
		compound: 'ALK G1202R/L1196M',
		notice: /已忽略参数“arr”的未知值/
	}
};

async function ready(page: Page) {
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

const drawer = (page: Page) => page.getByRole('region', { name: /Evidence|证据/ }).first();

for (const [lang, t] of Object.entries(L)) {
	test.describe(`explorer (${lang})`, () => {
		test('search G1202R and see its frequencies after brigatinib, alectinib, ceritinib with working source links', async ({
			page
		}) => {
			await page.goto(t.root);
			await ready(page);
			const box = page.getByRole('combobox', { name: t.search });
			await expect(box).toHaveAttribute('placeholder', /^G1202R(, |、)/);
			await box.fill('G1202R');
			const option = page.getByRole('option', { name: /^ALK G1202R/ }).first();
			await expect(option).toBeVisible();
			await box.press('Enter');
			await expect(page).toHaveURL(/sel=alk-g1202r/);
			await expect(page.getByRole('heading', { name: t.evidence })).toBeVisible();
			const card = page.locator('[data-evidence="ev-g1202r-freq-after-2g"]').first();
			await expect(card).toContainText('43%');
			await expect(card).toContainText('29%');
			await expect(card).toContainText('21%');
			await expect(
				card.getByRole('link', { name: 'DOI 10.3969/j.issn.2095-1264.2025.01.12' })
			).toHaveAttribute('href', 'https://doi.org/10.3969/j.issn.2095-1264.2025.01.12');
			await expect(
				card.getByRole('link', {
					name: /^DOI 10\.1080\/15384101\.2016\.1247568 .(opens in a new tab|在新标签页中打开).$/
				})
			).toHaveAttribute('href', 'https://doi.org/10.1080/15384101.2016.1247568');
			// the citable page of the entity exists
			await drawer(page)
				.getByRole('link', { name: /Citable page|可引用页面/ })
				.click();
			await expect(page.getByRole('heading', { level: 1, name: 'ALK G1202R' })).toBeVisible();
			await expect(page.locator('[data-evidence="ev-g1202r-freq-after-2g"]')).toContainText('43%');
		});

		test('filter to 2nd-generation drugs, and a permalink restores the same view in a fresh page', async ({
			page,
			browser
		}) => {
			await page.goto(t.root);
			await ready(page);
			await page.getByRole('checkbox', { name: t.gen2 }).check();
			await expect(page).toHaveURL(/gen=2/);
			const entities = page.getByRole('table', { name: t.list });
			await expect(entities.getByRole('button', { name: /^(Alectinib|阿来替尼)$/ })).toBeVisible();
			await expect(entities.getByRole('button', { name: /^(Brigatinib|布格替尼)$/ })).toBeVisible();
			await expect(entities.getByRole('button', { name: /^(Lorlatinib|洛拉替尼)$/ })).toHaveCount(
				0
			);
			await expect(entities.getByRole('button', { name: /^(Crizotinib|克唑替尼)$/ })).toHaveCount(
				0
			);
			await page.getByRole('radio', { name: /By drug generation|按药物代次/ }).click();
			// the legend explains only what is drawn: the drug filter leaves no grey group tile
			await expect(page.getByRole('listitem').filter({ hasText: t.groupKey })).toHaveCount(0);
			await entities.getByRole('button', { name: /^(Alectinib|阿来替尼)$/ }).click();
			await expect(page).toHaveURL(/sel=alectinib/);
			const url = page.url();

			const fresh = await (await browser.newContext()).newPage();
			await fresh.goto(url);
			await ready(fresh);
			await expect(fresh.getByRole('checkbox', { name: t.gen2 })).toBeChecked();
			await expect(
				fresh.getByRole('radio', { name: /By drug generation|按药物代次/ })
			).toHaveAttribute('aria-checked', 'true');
			await expect(
				fresh.getByRole('heading', { name: /^(Evidence|证据): (Alectinib|阿来替尼)$/ })
			).toBeVisible();
			await expect(
				fresh
					.getByRole('table', { name: t.list })
					.getByRole('button', { name: /^(Lorlatinib|洛拉替尼)$/ })
			).toHaveCount(0);
			await fresh.close();
		});

		test('keyboard only: reach and open a compound mutation’s evidence', async ({ page }) => {
			await page.goto(t.root);
			await ready(page);
			// from the top of the page, Tab into the search box
			let focusedLabel = '';
			for (let i = 0; i < 12 && focusedLabel !== 'search-input'; i++) {
				await page.keyboard.press('Tab');
				focusedLabel = await page.evaluate(() => document.activeElement?.id ?? '');
			}
			expect(focusedLabel).toBe('search-input');
			await page.keyboard.type('G1202R/L1196M');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await expect(
				page.getByRole('heading', { name: new RegExp(`(Evidence|证据): ${t.compound}$`) })
			).toBeVisible();
			await expect(page.getByTestId('announcer')).toContainText(t.compound);
			// and the list twin: Tab to its row button and press Enter
			const row = page
				.getByRole('table', { name: t.list })
				.getByRole('button', { name: t.compound, exact: true });
			await row.focus();
			await page.keyboard.press('Enter');
			await expect(row).toHaveAttribute('aria-pressed', 'true');
			await expect(drawer(page).locator('[data-evidence]').first()).toBeVisible();
		});

		test('list twin: ↑/↓ move between rows, → moves the selection to a neighbour', async ({
			page
		}) => {
			await page.goto(`${t.root}?sel=alk-g1202r-l1196m`);
			await ready(page);
			const table = page.getByRole('table', { name: t.list });
			const row = table.getByRole('button', { name: t.compound, exact: true });
			await row.focus();
			await page.keyboard.press('ArrowDown');
			await expect(row).not.toBeFocused();
			await page.keyboard.press('ArrowUp');
			await expect(row).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await expect(page).not.toHaveURL(/sel=alk-g1202r-l1196m/);
			const focused = page.locator('button[data-id]:focus');
			await expect(focused).toHaveAttribute('aria-pressed', 'true');
		});

		test('back and forward walk through selections; a bad parameter falls back with a notice', async ({
			page
		}) => {
			await page.goto(`${t.root}?sel=alk-g1202r`);
			await ready(page);
			await page.goto(`${t.root}?sel=lorlatinib`);
			await ready(page);
			await page.goBack();
			await expect(page).toHaveURL(/sel=alk-g1202r/);
			await expect(page.getByRole('heading', { name: t.evidence })).toBeVisible();
			await page.goto(`${t.root}?arr=spiral&sel=alk-g1202r`);
			await expect(page.getByRole('status').filter({ hasText: t.notice })).toBeVisible();
			await expect(page.getByRole('radio', { name: /^(Overview|概览)$/ })).toHaveAttribute(
				'aria-checked',
				'true'
			);
		});

		test('the immune-checkpoint atlas’s search offers its own terms', async ({ page }) => {
			await page.goto(`${lang === 'en' ? '' : '/zh'}/atlas/immuno-nsclc`);
			await ready(page);
			await expect(page.getByRole('combobox', { name: t.search })).toHaveAttribute(
				'placeholder',
				lang === 'en' ? /^Immune-checkpoint inhibitors, / : /^免疫检查点抑制剂、/
			);
		});
	});
}
