import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const BASE = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const host = (src: string) =>
	`<!doctype html><html lang="en"><head><title>Host slide</title></head><body><h1>Host slide</h1><button id="before">before</button><iframe id="f" title="Atlas embed" src="${src}" style="width:960px;height:540px;border:0"></iframe><button id="after">after</button></body></html>`;

test.describe('embeds inside an iframe', () => {
	test('network embed: state from the URL, keys only after focus, Esc hands focus back', async ({
		page
	}) => {
		await page.setContent(
			host(`${BASE}/embed/network?sel=alk-g1202r&arr=generation&theme=projector`)
		);
		const f = page.frameLocator('#f');
		await expect(f.locator('.network[data-ready="true"]')).toBeVisible();
		await expect(f.locator('.embed.theme-projector')).toBeVisible();
		await expect(f.getByRole('link', { name: /Open in Resistance Atlas/ })).toHaveAttribute(
			'href',
			/\/\?sel=alk-g1202r&arr=generation/
		);
		// keyboard: Tab from the host into the view, arrows act there, Esc releases focus
		await page.locator('#before').focus();
		await page.keyboard.press('Tab');
		const region = f.getByRole('region', { name: 'Mechanism network' });
		await expect(region).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(region).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(region).not.toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(f.getByRole('region', { name: 'Mechanism network' })).not.toBeFocused();
	});

	test('a bad embed parameter falls back with a notice', async ({ page }) => {
		await page.goto('/embed/network?theme=neon');
		await expect(page.getByRole('status').filter({ hasText: /“theme”/ })).toBeVisible();
		await expect(page.locator('.embed.theme-light')).toBeVisible();
	});

	test('chart embed shows the chart with the selection from the URL (zh)', async ({ page }) => {
		await page.setContent(
			host(`${BASE}/zh/embed/chart/frequency?sel=rel-g1202r-emerges-after-brigatinib`)
		);
		const f = page.frameLocator('#f');
		await expect(f.getByRole('button', { name: /G1202R · 布格替尼: 43%/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(f.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	});

	test('story embed follows postMessage steps (validated) and arrow keys once focused', async ({
		page
	}) => {
		await page.setContent(host(`${BASE}/embed/story/arms-race?step=2&theme=dark`));
		const f = page.frameLocator('#f');
		await expect(f.locator('.counter')).toHaveText('Step 2 of 8');
		await page.evaluate(() =>
			(document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
				{ type: 'atlas:step', step: 5 },
				'*'
			)
		);
		await expect(f.locator('.counter')).toHaveText('Step 5 of 8');
		for (const bad of [
			{ type: 'atlas:step', step: 99 },
			{ type: 'atlas:step', step: '3' },
			{ type: 'other', step: 1 },
			'atlas:step',
			null
		])
			await page.evaluate(
				(msg) =>
					(document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(msg, '*'),
				bad
			);
		await page.waitForTimeout(300);
		await expect(f.locator('.counter')).toHaveText('Step 5 of 8');
		// arrow keys do nothing until the view has focus
		await page.locator('#before').focus();
		await page.keyboard.press('ArrowRight');
		await expect(f.locator('.counter')).toHaveText('Step 5 of 8');
		await f
			.getByRole('region', { name: /arms race/i })
			.first()
			.focus();
		await page.keyboard.press('ArrowRight');
		await expect(f.locator('.counter')).toHaveText('Step 6 of 8');
	});
});

function pngSize(path: string) {
	const b = readFileSync(path);
	expect(b.subarray(1, 4).toString()).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('export the network view as PNG (1920×1080 and 2×) and SVG with legend, caption and release', async ({
	page
}) => {
	await page.goto('/?sel=alk-g1202r');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	const release = (await page
		.getByRole('note')
		.filter({ hasText: /Data release/ })
		.textContent())!.match(/\d{4}\.\d+\.\d+/)![0];
	for (const [name, w, h] of [
		['PNG 1920×1080', 1920, 1080],
		['PNG 3840×2160 (2×)', 3840, 2160]
	] as const) {
		const dl = page.waitForEvent('download');
		await page.getByRole('button', { name }).click();
		const file = await dl;
		expect(file.suggestedFilename()).toMatch(/^resistance-atlas-alk-g1202r-en(@2x)?\.png$/);
		expect(pngSize((await file.path())!)).toEqual({ width: w, height: h });
	}
	const dl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'SVG', exact: true }).click();
	const svg = readFileSync((await (await dl).path())!, 'utf8');
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
	expect(svg).toContain('>ALK G1202R</text>'); // caption as text
	expect(svg).toContain(`data release ${release}`);
	expect(svg).toContain('>Legend</text>');
	// legend names wrap onto lines of their own
	const text = svg.replace(/<\/text><text[^>]*>/g, ' ');
	expect(text).toContain('Group that a relation points to');
	expect(svg).toMatch(/<text[^>]*>Brigatinib<\/text>/); // node labels stay text
	// composed for the slide: the subject without its ghosts, a legend of what is drawn only
	expect(svg).not.toMatch(/<text[^>]*>KRAS/);
	expect(svg).not.toContain('>Trial</text>');
	// every label of the picture is at least 14 px on the 1920×1080 slide
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
	const sizes = await page.evaluate(() =>
		[...document.querySelectorAll('svg svg text')].map((t) => {
			const m = (t as SVGTextElement).getScreenCTM()!;
			return Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(t).fontSize);
		})
	);
	expect(sizes.length).toBeGreaterThan(5);
	expect(sizes.filter((s) => s >= 14).length / sizes.length).toBeGreaterThanOrEqual(0.95);
});
