import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const KEY = 'resistance-atlas:my-story:alk-nsclc';

/** A story of two steps made through the explorer, then read back from storage. */
async function makeStory(page: Page) {
	for (const q of ['sel=alk-g1202r', 'sel=lorlatinib&gen=3']) {
		await page.goto(`/?${q}`);
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		await page.getByRole('button', { name: 'Add this view to my story' }).click();
		await expect(page.getByText(/Added as step \d of my story\./)).toBeVisible();
	}
	return page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
}
const encode = (s: unknown) => Buffer.from(JSON.stringify(s)).toString('base64url');

test.describe('my story is never lost', () => {
	test.describe.configure({ timeout: 60_000 });
	test('the editor enforces the schema limits on title and captions', async ({ page }) => {
		await makeStory(page);
		await page.goto('/stories/mine');
		await expect(page.getByLabel('Title')).toHaveAttribute('maxlength', '300');
		await expect(page.getByLabel('Caption of step 1')).toHaveAttribute('maxlength', '2000');
		await page.getByLabel('Caption of step 1').fill('y'.repeat(2500));
		await expect(page.getByLabel('Caption of step 1')).toHaveValue('y'.repeat(2000));
		await page.reload();
		await expect(page.getByLabel('Caption of step 1')).toHaveValue('y'.repeat(2000));
	});

	test('a stored story that no longer parses is set aside, explained and offered for download', async ({
		page
	}) => {
		const story = await makeStory(page);
		const bad = JSON.stringify({
			...story,
			steps: Array.from({ length: 201 }, () => story.steps[0])
		});
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, bad]);
		await page.goto('/stories/mine');
		await expect(page.getByRole('alert')).toContainText(
			'Your stored story could not be read (\u2068steps: Invalid length: Expected <=200 but received 201\u2069)'
		);
		const dl = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the unreadable story' }).click();
		expect(readFileSync(await (await dl).path(), 'utf8')).toBe(bad);
		// a new step is a new story; the old one stays in its backup key
		await page.goto('/?sel=alk-g1202r');
		await page.getByRole('button', { name: 'Add this view to my story' }).click();
		await expect(page.getByText('Added as step 1 of my story.')).toBeVisible();
		expect(
			await page.evaluate(() => localStorage.getItem('resistance-atlas:my-story-backup:alk-nsclc'))
		).toBe(bad);
	});

	test('evidence renamed by a later release is dropped from its step with a notice', async ({
		page
	}) => {
		const story = await makeStory(page);
		story.steps[1].cites.push('ev-renamed-later');
		story.steps[0].view += '&selx=1';
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(story)]);
		await page.goto('/stories/mine');
		const notice = page.getByRole('status').filter({ hasText: 'Removed from the story' });
		await expect(notice).toContainText('step 1: unknown parameter "selx"');
		await expect(notice).toContainText('step 2: unknown evidence "ev-renamed-later"');
		await expect(page.getByLabel('Caption of step 2')).toBeVisible();
	});

	test('a storage error is caught and shown', async ({ page }) => {
		await makeStory(page);
		await page.goto('/stories/mine');
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.getByLabel('Caption of step 1').fill('not stored');
		await expect(page.getByRole('alert')).toContainText(
			'Your last change could not be stored in this browser (\u2068QuotaExceededError'
		);
	});

	test('share links: failures say why; a link opened on the page works without reload; keeping asks', async ({
		page
	}) => {
		const mine = await makeStory(page);
		await page.goto('/stories/mine#story=');
		await expect(page.getByRole('alert')).toHaveText(
			'The shared link could not be opened: \u2068the link carries no story\u2069. Your story was kept.'
		);
		await page.evaluate(() => (location.hash = '#story=@@@'));
		await expect(page.getByRole('alert')).toHaveText(
			'The shared link could not be opened: \u2068not a story link\u2069. Your story was kept.'
		);
		const other = { ...mine, title: 'From a colleague', steps: [mine.steps[1]] };
		await page.evaluate((h) => (location.hash = h), `#story=${encode(other)}`);
		await expect(page.getByText('A shared story: “\u2068From a colleague\u2069”.')).toBeVisible();
		await expect(page.locator('.counter')).toHaveText('Step 1 of 1');
		// keeping asks first; saying no keeps my story
		page.once('dialog', (d) => {
			expect(d.message()).toContain('Replace your story');
			void d.dismiss();
		});
		await page.getByRole('button', { name: 'Keep it as my story' }).click();
		expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).steps.length, KEY)).toBe(
			2
		);
		page.once('dialog', (d) => void d.accept());
		await page.getByRole('button', { name: 'Keep it as my story' }).click();
		await expect(page.getByLabel('Title')).toHaveValue('From a colleague');
		expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).steps.length, KEY)).toBe(
			1
		);
	});

	test('a bad step parameter falls back to step 1 with a notice', async ({ page }) => {
		await page.goto('/stories/arms-race?step=0x2');
		await expect(page.locator('.counter')).toHaveText('Step 1 of 8');
		await expect(
			page.getByRole('status').filter({ hasText: '“step”: \u20680x2\u2069' })
		).toBeVisible();
		await page.goto('/embed/story/arms-race?step=99');
		await expect(page.locator('.counter')).toHaveText('Step 1 of 8');
		await expect(
			page.getByRole('status').filter({ hasText: '“step”: \u206899\u2069' })
		).toBeVisible();
	});
});

test('a bidi control in data text cannot reorder the line around it', async ({ page }) => {
	await page.goto('/?sel=%E2%80%AEevil');
	const notice = page.getByRole('status').filter({ hasText: 'Ignored an unknown value' });
	await expect(notice).toBeVisible();
	// the value is isolated (FSI … PDI) inside the sentence
	expect(await notice.locator('li').first().textContent()).toContain('\u2068\u202eevil\u2069');
	// labels in lists are isolated from their neighbours
	const label = page
		.getByRole('table', { name: /Entities \(\d+\)/ })
		.getByRole('button')
		.first();
	expect(await label.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});
