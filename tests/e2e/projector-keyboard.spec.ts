/**
 * Keyboard on a projector: skip links, focus that follows the selection, and the way from page load
 * to a node's first evidence quote in at most 10 key presses.
 */
import { expect, test, type Page } from '@playwright/test';

async function ready(page: Page) {
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	// the element list twin renders its rows a frame after the network
	await expect(page.locator('button[data-id]').first()).toBeAttached();
}

for (const [lang, t] of Object.entries({
	en: { root: '/', skip: 'Skip to content', skipEv: 'Skip to evidence', ev: /^Evidence \(\d+\)$/ },
	zh: { root: '/zh', skip: '跳到正文', skipEv: '跳到证据', ev: /^证据 \(\d+\)$/ }
})) {
	test(`(${lang}) from page load to a node's first evidence quote in ≤ 10 key presses`, async ({
		page
	}) => {
		await page.goto(t.root);
		await ready(page);
		let presses = 0;
		const press = async (key: string) => {
			presses++;
			await page.keyboard.press(key);
		};
		await press('Tab');
		await expect(page.getByRole('link', { name: t.skip })).toBeFocused();
		await press('Enter');
		// past the atlas switcher to the search box
		const search = page.getByRole('combobox');
		while (presses < 8 && !(await search.evaluate((el) => el === document.activeElement)))
			await press('Tab');
		await expect(search).toBeFocused();
		await press('ArrowDown'); // the empty box offers its examples
		await expect(page.getByRole('listbox')).toBeVisible();
		await press('Enter');
		// choosing moved focus to the evidence heading
		const heading = page.getByRole('heading', { name: t.ev });
		await expect(heading).toBeFocused();
		await press('Tab');
		const card = page.locator('[data-evidence]').first();
		await expect(card.locator(':focus')).toHaveCount(1);
		const quote = card.locator('blockquote');
		await expect(quote).toBeInViewport();
		expect((await quote.innerText()).length).toBeGreaterThan(20);
		expect(presses).toBeLessThanOrEqual(10);
		console.log(`${lang}: ${presses} key presses to the first evidence quote`);
	});
}

test('the skip link to the evidence focuses the drawer; a list-twin choice focuses the evidence heading', async ({
	page
}) => {
	await page.goto('/?sel=alk-g1202r');
	await ready(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to evidence' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Evidence \(\d+\)$/ })).toBeFocused();
	// the page opened with a selection does not steal focus; a new choice does
	const row = page.getByRole('button', { name: 'Lorlatinib', exact: true }).first();
	await row.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/sel=lorlatinib/);
	await expect(page.getByRole('heading', { name: /^Evidence \(\d+\)$/ })).toBeFocused();
	await expect(page.getByRole('heading', { name: /^Evidence: Lorlatinib$/ })).toBeVisible();
});
