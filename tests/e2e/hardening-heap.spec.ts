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
	await expect(list.getByRole('button').first()).toBeVisible();
	const cdp = await page.context().newCDPSession(page);
	const heap = async () => {
		for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	// real click events on the list's buttons, in the page (a Playwright round trip per click
	// would take ~1 s on this machine), each followed by a frame so the app renders the selection
	const clickBatch = (from: number, count: number) =>
		page.evaluate(
			async ([from, count]) => {
				const table = [...document.querySelectorAll('table')].find((t) =>
					/Entities \(\d+\)/.test(t.getAttribute('aria-label') ?? t.caption?.textContent ?? '')
				)!;
				for (let i = from; i < from + count; i++) {
					const buttons = table.querySelectorAll('button');
					(buttons[i % Math.min(30, buttons.length)] as HTMLButtonElement).click();
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				}
			},
			[from, count]
		);
	const samples: number[] = [await heap()];
	const TOTAL = 1500;
	for (let i = 0; i < TOTAL; i += 300) {
		await clickBatch(i, 300);
		samples.push(await heap());
		console.log(`heap after ${i + 300} interactions: ${(samples.at(-1)! / 1e6).toFixed(2)} MB`);
	}
	await expect(page.getByRole('heading', { name: /^Evidence: / })).toBeVisible();
	const mb = samples.map((s) => (s / 1e6).toFixed(2));
	console.log(`heap (MB) at 0, 300 … 1,500 interactions: ${mb.join(', ')}`);
	// after warm-up (first 300), growth per interaction stays well under the 12 KB once measured
	const perClick = (samples.at(-1)! - samples[1]) / (TOTAL - 300);
	console.log(`growth after warm-up: ${(perClick / 1024).toFixed(2)} KB per interaction`);
	expect(perClick).toBeLessThan(2 * 1024);
});
