import { expect, test } from '@playwright/test';

/**
 * Interactions on the explorer (selecting entities in the list, which opens their evidence): the
 * JS heap, measured after forced garbage collection, levels off instead of growing with every
 * click. HEAP_INTERACTIONS=1500 runs the full 1,500 (slow: ~0.3–0.7 s a click here).
 *
 * Before the network changed classes instead of elements on a click, each selection left ~12–36 KB
 * in Cytoscape's label texture cache's request queue (a request per new element style key, never
 * drained); now the element set is fixed and the heap levels off (~2 KB per click of noise after
 * warm-up, against the 12–36 KB it grew by).
 */
const TOTAL = Number(process.env.HEAP_INTERACTIONS ?? 300);
test('the heap plateaus over repeated interactions', async ({ page }) => {
	test.setTimeout(120_000 + TOTAL * 1_000);
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
	const STEP = 150;
	for (let i = 0; i < TOTAL; i += STEP) {
		await clickBatch(i, STEP);
		samples.push(await heap());
		console.log(`heap after ${i + STEP} interactions: ${(samples.at(-1)! / 1e6).toFixed(2)} MB`);
	}
	await expect(page.getByRole('heading', { name: /^Evidence: / })).toBeVisible();
	const mb = samples.map((s) => (s / 1e6).toFixed(2));
	console.log(`heap (MB) every ${STEP} interactions from 0 to ${TOTAL}: ${mb.join(', ')}`);
	// after warm-up (the first batch), growth per interaction stays well under the 12 KB once measured
	const perClick = (samples.at(-1)! - samples[1]) / (TOTAL - STEP);
	console.log(`growth after warm-up: ${(perClick / 1024).toFixed(2)} KB per interaction`);
	expect(perClick).toBeLessThan(6 * 1024);
});
