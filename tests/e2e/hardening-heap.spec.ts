import { expect, test } from '@playwright/test';

/**
 * 1,500 interactions on the explorer (selecting entities in the list, opening their evidence):
 * the JS heap, measured after forced garbage collection, levels off instead of growing with
 * every click.
 */
test('the heap plateaus over 1,500 interactions', async ({ page }) => {
	test.setTimeout(600_000);
	await page.goto('/');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	const list = page.getByRole('table', { name: /Entities \(\d+\)/ });
	const buttons = list.getByRole('button');
	await expect(buttons.first()).toBeVisible();
	const names = (await buttons.allTextContents()).slice(0, 30);
	const cdp = await page.context().newCDPSession(page);
	const heap = async () => {
		for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	const samples: number[] = [await heap()];
	const TOTAL = 1500;
	for (let i = 1; i <= TOTAL; i++) {
		const name = names[i % names.length];
		await list.getByRole('button', { name, exact: true }).first().click();
		if (i % 300 === 0) {
			samples.push(await heap());
			console.log(`heap after ${i} interactions: ${(samples.at(-1)! / 1e6).toFixed(2)} MB`);
		}
	}
	const mb = samples.map((s) => (s / 1e6).toFixed(2));
	console.log(`heap (MB) at 0, 300 … 1,500 interactions: ${mb.join(', ')}`);
	// after warm-up (first 300), growth per interaction stays well under the 12 KB once measured
	const perClick = (samples.at(-1)! - samples[1]) / (TOTAL - 300);
	console.log(`growth after warm-up: ${(perClick / 1024).toFixed(2)} KB per interaction`);
	expect(perClick).toBeLessThan(2 * 1024);
});
