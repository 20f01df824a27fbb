import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const counter = (page: Page) => page.locator('.counter');

for (const [lang, p] of [
	['en', ''],
	['zh', '/zh']
] as const) {
	test.describe(`stories and presentation (${lang})`, () => {
		test('step through a story with the keyboard in presentation mode; the step is in the URL; Esc leaves', async ({
			page
		}) => {
			await page.goto(`${p}/stories`);
			await page
				.getByRole('link', { name: lang === 'en' ? /^The arms race/ : /^军备竞赛/ })
				.click();
			await expect(page).toHaveURL(/\/stories\/arms-race/);
			// the player's buttons act once the page has hydrated (slow on a loaded machine)
			await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
			await page.getByRole('button', { name: lang === 'en' ? 'Present' : '演示' }).click();
			await expect(page).toHaveURL(/present=1/);
			await expect(page.locator('.player.present')).toBeVisible();
			await expect(counter(page)).toHaveText(lang === 'en' ? 'Step 1 of 8' : '第 1 步,共 8 步');
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(/step=2/);
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(/step=3/);
			await page.keyboard.press('PageUp');
			await expect(counter(page)).toHaveText(lang === 'en' ? 'Step 2 of 8' : '第 2 步,共 8 步');
			// a clicker's Next on the last step stays on the last step
			await page.keyboard.press('End');
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(/step=8/);
			await page.keyboard.press('Escape');
			await expect(page).not.toHaveURL(/present=1/);
			await expect(page.locator('.player.present')).toHaveCount(0);
		});
	});
}

test('my story: add views from the explorer, edit, reorder, delete, survive a reload, reject a bad file', async ({
	page
}) => {
	await page.goto('/?sel=alk-g1202r');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Add this view to my story' }).click();
	await expect(page.getByText('Added as step 1 of my story.')).toBeVisible();
	await page.goto('/?sel=lorlatinib&gen=3');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Add this view to my story' }).click();
	await expect(page.getByText('Added as step 2 of my story.')).toBeVisible();

	await page.goto('/stories/mine');
	await page.getByLabel('Caption of step 1').fill('G1202R after second-generation TKIs');
	await page.getByRole('button', { name: 'Move step 2 up' }).click();
	await expect(page.getByLabel('Caption of step 2')).toHaveValue(
		'G1202R after second-generation TKIs'
	);
	await page.reload();
	await expect(page.getByLabel('Caption of step 2')).toHaveValue(
		'G1202R after second-generation TKIs'
	);

	// save as a file, then open an invalid one: rejected with the reason, the story kept
	const dl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save as file' }).click();
	const saved = JSON.parse(readFileSync(await (await dl).path(), 'utf8'));
	expect(saved.steps).toHaveLength(2);
	const bad = { ...saved, steps: [...saved.steps, { caption: 'x', view: 'sel=not-a-node' }] };
	bad.format = 'other';
	await page.getByLabel('Open a story file').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(
		page.getByRole('status').filter({
			hasText: /^The file was rejected: \u2068format: .*\u2069\. Your story was kept\.$/
		})
	).toBeVisible();
	await page.getByLabel('Open a story file').setInputFiles({
		name: 'big.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(300 * 1024, 32)
	});
	await expect(
		page.getByRole('status').filter({ hasText: /rejected: \u2068?larger than 256 KB/ })
	).toBeVisible();
	await expect(page.getByLabel('Caption of step 2')).toHaveValue(
		'G1202R after second-generation TKIs'
	);

	// the shared link opens the same story elsewhere
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/stories\/mine#story=[\w-]+$/);
	await page.getByRole('button', { name: 'Delete step 1' }).click();
	await expect(page.getByLabel('Caption of step 2')).toHaveCount(0);
	const other = await page.context().browser()!.newPage();
	await other.goto(link);
	await expect(other.getByText(/A shared story/)).toBeVisible();
	await expect(other.locator('.counter')).toHaveText('Step 1 of 2');
	await other.close();
});
