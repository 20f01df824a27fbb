import { expect, test, type Locator, type Page } from '@playwright/test';

const SHOTS = process.env.LOLLIPOP_SHOTS; // a folder: also save screenshots there

const REPORT = [
	'基因\t氨基酸改变\t核苷酸改变\t丰度',
	'EML4-ALK\tV3 (E6;A20)\t\t',
	'ALK\tp.Gly1202Arg/p.Leu1196Met\tc.3604G>A\t8.1%',
	'KRAS\tp.G12C\tc.34G>T\t2.0%',
	'MET 扩增',
	'阿来替尼'
].join('\n');

const L = {
	en: {
		p: '',
		genotype: 'What is active against this genotype?',
		box: /Variants from a report/,
		apply: 'Use these variants',
		recognised: /^Recognised/,
		unrecognised: /^Not recognised/,
		cdna: /c\.-level \(cDNA\) changes are not supported/,
		drug: /a drug \(Alectinib\), not a variant/,
		active: 'Active',
		inactive: 'Inactive',
		lollipopLink: 'Show on the ALK lollipop',
		lollipop: /^Where on ALK resistance strikes/,
		matrix: /^Drug × alteration sensitivity/,
		geno: 'in the pasted genotype',
		net: 'Show in the network',
		showTable: 'Show data table'
	},
	zh: {
		p: '/zh',
		genotype: '哪些药物对该基因型有效?',
		box: /报告中的变异/,
		apply: '使用这些变异',
		recognised: /^已识别/,
		unrecognised: /^未识别/,
		cdna: /不支持 c\..cDNA.水平的改变/,
		drug: /这是药物.阿来替尼.*不是变异/,
		active: '有效',
		inactive: '无效',
		lollipopLink: '在 ALK 棒棒糖图中显示',
		lollipop: /^ALK 耐药突变发生在哪里/,
		matrix: /^药物 × 变异 敏感性/,
		geno: '粘贴的基因型',
		net: '在网络中显示',
		showTable: '显示数据表'
	}
};

async function shot(page: Page | Locator, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

for (const [lang, t] of Object.entries(L)) {
	test.describe(`lollipop and pasted variants (${lang})`, () => {
		test('paste a lab report → the recognised genotype answers, with reasons for the rest', async ({
			page
		}) => {
			test.setTimeout(60_000);
			await page.goto(`${t.p}/`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			await page.getByText(t.genotype, { exact: true }).click();
			await page.getByRole('textbox', { name: t.box }).fill(REPORT);
			await page.getByRole('button', { name: t.apply }).click();
			await expect(page).toHaveURL(
				/geno=eml4-alk-v3,alk-g1202r-l1196m,kras-mutation,met-amplification(&|$)/
			);
			const ok = page.getByRole('list', { name: t.recognised });
			await expect(ok.getByRole('listitem')).toHaveCount(4);
			await expect(ok).toContainText('ALK G1202R/L1196M');
			const bad = page.getByRole('list', { name: t.unrecognised });
			await expect(bad.getByRole('listitem')).toHaveCount(1);
			await expect(bad.getByRole('listitem').filter({ hasText: t.drug })).toHaveCount(1);
			// c. beside its p. in the same row is ignored, not an error
			await expect(bad).not.toContainText('c.3604G>A');
			// the answer lists the drugs: a drug is active only if active against every alteration
			// (the answer is grouped: one list per verdict, named "Inactive (n)" and so on)
			const group = (label: string) =>
				page.getByRole('list', { name: new RegExp(`^${label}\\s?[(（]`) });
			await expect(
				group(t.inactive)
					.getByRole('listitem')
					.filter({ hasText: /Lorlatinib|洛拉替尼/ })
			).toHaveCount(1);
			await bad.scrollIntoViewIfNeeded();
			await shot(page, `paste-report-${lang}`);
			// a c.-only line is explained; a fusion variant without drug evidence does not veto
			await page
				.getByRole('textbox', { name: t.box })
				.fill('c.3604G>A\nEML4-ALK v3 + G1202R/L1196M');
			await page.getByRole('button', { name: t.apply }).click();
			await expect(page).toHaveURL(/geno=eml4-alk-v3,alk-g1202r-l1196m(&|$)/);
			await expect(bad.getByRole('listitem').filter({ hasText: t.cdna })).toHaveCount(1);
			for (const drug of ['NVL-655', 'TPX-0131'])
				await expect(group(t.active).getByRole('listitem').filter({ hasText: drug })).toHaveCount(
					1
				);
			await expect(
				group(t.inactive)
					.getByRole('listitem')
					.filter({ hasText: /Lorlatinib|洛拉替尼/ })
			).toHaveCount(1);
			// and on to the lollipop, the genotype ringed there
			await page.getByRole('link', { name: t.lollipopLink }).click();
			await expect(page).toHaveURL(/\/charts\?geno=eml4-alk-v3,alk-g1202r-l1196m/, {
				timeout: 15_000
			});
			await expect(
				page.getByRole('button', { name: new RegExp(`^ALK G1202R/L1196M · .*${t.geno}$`) })
			).toHaveCount(1);
			await expect(
				page
					.getByRole('region', { name: t.lollipop })
					.getByRole('button', { name: /^ALK G1202R · / })
			).not.toHaveAccessibleName(new RegExp(t.geno));
		});

		test('lollipop ↔ matrix ↔ network: one selection in the URL', async ({ page }) => {
			test.setTimeout(60_000);
			await page.goto(`${t.p}/charts`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			const lol = page.getByRole('region', { name: t.lollipop });
			const needle = lol.getByRole('button', { name: /^ALK G1202R · / });
			await expect(needle).toHaveAccessibleName(/43%.*(Brigatinib|布格替尼)/);
			await needle.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/sel=alk-g1202r(&|$)/);
			await expect(needle).toHaveAttribute('aria-pressed', 'true');
			// the strip: the matrix's row for G1202R
			await expect(lol.getByRole('img', { name: /^(Lorlatinib|洛拉替尼): / })).toHaveCount(1);
			const mx = page.getByRole('region', { name: t.matrix });
			await expect(
				mx.getByRole('button', { name: /^ALK G1202R × (Lorlatinib|洛拉替尼):/ })
			).toHaveAttribute('aria-pressed', 'true');
			await shot(lol, `lollipop-page-${lang}`);
			// a matrix cell of the compound selects its arc, and the strip follows
			await mx
				.getByRole('button', { name: /^ALK G1202R\/L1196M × (Lorlatinib|洛拉替尼):/ })
				.click();
			await expect(page).toHaveURL(/sel=rel-/);
			const arc = lol.getByRole('button', { name: /^ALK G1202R\/L1196M · / });
			await expect(arc).toHaveAttribute('aria-pressed', 'true');
			await expect(needle).toHaveAttribute('aria-pressed', 'false');
			await expect(
				lol.getByRole('img', { name: /^(Lorlatinib|洛拉替尼): (resistant|耐药)/ })
			).toHaveCount(1);
			// a needle → the network, same selection
			await lol.getByRole('button', { name: /^ALK L1196M · / }).focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/sel=alk-l1196m(&|$)/);
			await page.getByRole('link', { name: t.net }).click();
			await expect(page).toHaveURL(/\/(zh)?\?sel=alk-l1196m$/, { timeout: 15_000 });
			await expect(page.locator('button[data-id="alk-l1196m"]')).toHaveAttribute(
				'aria-pressed',
				'true',
				{ timeout: 15_000 }
			);
		});

		test('data table twin, SVG download, embed, story step', async ({ page, request }) => {
			test.setTimeout(90_000); // two chart pages and a presented step, on a shared machine
			await page.goto(`${t.p}/charts?sel=alk-g1202r-l1196m`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			const lol = page.getByRole('region', { name: t.lollipop });
			await lol.getByRole('button', { name: t.showTable }).click();
			const rows = lol.getByRole('table').getByRole('row');
			await expect(rows.filter({ hasText: 'ALK G1202R' }).first()).toContainText('43%');
			await expect(rows.filter({ hasText: 'ALK L1198F' })).toHaveCount(1);
			const svg = await request.get(`/svg/lollipop-${lang}.svg`);
			expect(svg.status()).toBe(200);
			expect(await svg.text()).toContain('<svg xmlns="http://www.w3.org/2000/svg"');

			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`${t.p}/embed/chart/lollipop?sel=alk-g1202r-l1196m`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			await expect(page.getByRole('button', { name: /^ALK G1202R\/L1196M · / })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			await shot(page, `lollipop-embed-${lang}`);

			// a story step can show the lollipop (a shared story of one step), presented
			const story = {
				format: 'resistance-atlas-story',
				version: 1,
				atlas: 'alk-nsclc',
				title: 'Where on ALK',
				steps: [
					{
						caption: 'G1202R/L1196M',
						view: 'sel=alk-g1202r-l1196m',
						show: 'lollipop',
						cites: ['ev-g1202r-freq-after-2g']
					}
				]
			};
			const b64 = Buffer.from(JSON.stringify(story)).toString('base64url');
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(`${t.p}/stories/mine?step=1&present=1#story=${b64}`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			await expect(page.getByRole('button', { name: /^ALK G1202R\/L1196M · / })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			await shot(page, `lollipop-presentation-${lang}`);
		});
	});
}
