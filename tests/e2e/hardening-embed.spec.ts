import { expect, test } from '@playwright/test';

const BASE = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
// the host page is served from the site's own origin (a route), so the frame shares its heap and
// CDP's Runtime.getHeapUsage sees both
const HOST = `${BASE}/__host-slide.html`;
const hostHtml = (src: string) =>
	`<!doctype html><html lang="en"><head><title>Host slide</title></head><body><h1>Host slide</h1><iframe id="f" title="Atlas embed" src="${src}" style="width:960px;height:540px;border:0"></iframe></body></html>`;

test.describe('story embed under a postMessage burst', () => {
	test('10,000 messages settle within a second of the last one, with flat memory', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.route(HOST, (r) =>
			r.fulfill({ contentType: 'text/html', body: hostHtml('/embed/story/arms-race?step=2') })
		);
		await page.goto(HOST);
		const f = page.frameLocator('#f');
		await expect(f.locator('.counter')).toHaveText('Step 2 of 8');
		await expect(f.locator('.network[data-ready="true"]')).toBeVisible();
		const cdp = await page.context().newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		const before = await heap();
		const burst = (n: number, last: number) =>
			page.evaluate(
				([n, last]) => {
					const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
					const t0 = performance.now();
					for (let i = 0; i < n - 1; i++)
						w.postMessage({ type: 'atlas:step', step: (i % 8) + 1 }, '*');
					w.postMessage({ type: 'atlas:step', step: last }, '*');
					const at = performance.timeOrigin;
					return { t0: at + t0, t1: at + performance.now() };
				},
				[n, last]
			);
		// the frame notes (in its own clock) when it shows the step with its network drawn
		const frame = page.frames()[1];
		const watch = (step: number) =>
			frame.evaluate((step) => {
				const w = window as unknown as { settledAt?: number };
				w.settledAt = undefined;
				const done = () =>
					document.querySelector('.counter')?.textContent === `Step ${step} of 8` &&
					document.querySelector('.network[data-ready="true"]');
				const obs = new MutationObserver(() => {
					if (!done()) return;
					w.settledAt = performance.timeOrigin + performance.now();
					obs.disconnect();
				});
				obs.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			}, step);
		const settle = async (step: number) => {
			await expect(f.locator('.counter')).toHaveText(`Step ${step} of 8`, { timeout: 30_000 });
			await expect(f.locator('.network[data-ready="true"]')).toBeVisible();
			await expect
				.poll(() => frame.evaluate(() => (window as { settledAt?: number }).settledAt))
				.toBeTruthy();
			return frame.evaluate(() => (window as unknown as { settledAt: number }).settledAt);
		};
		// what one step change costs on this machine, for the log
		await watch(5);
		const one = await burst(1, 5);
		const single = (await settle(5)) - one.t1;
		await watch(6);
		const { t0, t1 } = await burst(10_000, 6);
		const settled = await settle(6);
		const after = await heap();
		const afterLast = settled - t1;
		console.log(
			`burst: 10,000 messages posted in ${(t1 - t0).toFixed(0)} ms, settled ${afterLast.toFixed(0)} ms after the last one ` +
				`(${Math.round(10_000 / ((settled - t0) / 1000))} messages/s end to end); ` +
				`heap ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB; one message alone settles in ${single.toFixed(0)} ms`
		);
		// a step change no longer draws a new network (one canvas for the story): the burst settles
		// within a second of its last message, as the issue asks, not a second after a step's cost
		expect(afterLast).toBeLessThan(1000);
		// a second burst: the heap does not keep what the first one left
		await watch(3);
		const { t1: t1b } = await burst(10_000, 3);
		const second = (await settle(3)) - t1b;
		const again = await heap();
		console.log(
			`second burst: settled ${second.toFixed(0)} ms after the last one; heap ${(again / 1e6).toFixed(1)} MB`
		);
		expect(second).toBeLessThan(1000);
		expect(after - before).toBeLessThan(4e6);
		expect(again - before).toBeLessThan(4e6);
	});

	test('messages from anything but the parent window are ignored', async ({ page }) => {
		await page.route(HOST, (r) =>
			r.fulfill({ contentType: 'text/html', body: hostHtml('/embed/story/arms-race?step=2') })
		);
		await page.goto(HOST);
		const f = page.frameLocator('#f');
		await expect(f.locator('.counter')).toHaveText('Step 2 of 8');
		// the frame posting to itself, and a nested frame posting to its parent (the embed)
		await page.frames()[1].evaluate(() => {
			window.postMessage({ type: 'atlas:step', step: 4 }, '*');
			const child = document.createElement('iframe');
			document.body.append(child);
			child.contentWindow!.parent.postMessage({ type: 'atlas:step', step: 5 }, '*');
		});
		await page.waitForTimeout(400);
		await expect(f.locator('.counter')).toHaveText('Step 2 of 8');
		await page.evaluate(() =>
			(document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
				{ type: 'atlas:step', step: 7 },
				'*'
			)
		);
		await expect(f.locator('.counter')).toHaveText('Step 7 of 8');
	});

	test('client-side navigation to an unknown story is a 404 page', async ({ page }) => {
		await page.goto('/stories');
		// the router has started: the click is a client-side navigation
		await expect(page.locator('html[data-hydrated="true"]')).toBeAttached({ timeout: 15_000 });
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/stories/no-such-story';
			a.textContent = 'go';
			document.body.append(a);
			a.click();
		});
		await expect(page.getByText(/404/).first()).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText('No story "no-such-story"')).toBeVisible();
	});
});
