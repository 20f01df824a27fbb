/** Chart exports composed for slides: PNG 1920×1080 and 2×, SVG; names carry view and locale. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const pngSize = (file: string) => {
	const b = readFileSync(file);
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

for (const [locale, t] of Object.entries({
	en: {
		root: '/charts',
		png: 'PNG slide 1920×1080',
		png2: 'PNG slide 3840×2160 (2×)',
		svg: 'SVG slide'
	},
	zh: {
		root: '/zh/charts',
		png: 'PNG 幻灯片 1920×1080',
		png2: 'PNG 幻灯片 3840×2160(2×)',
		svg: 'SVG 幻灯片'
	}
}))
	test(`(${locale}) a chart exports as a slide: PNG 1920×1080, 2×, SVG, named by view and locale`, async ({
		page
	}) => {
		await page.goto(t.root);
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		const group = page.getByRole('group', { name: /Export image|导出图片/ }).first();
		for (const [label, name, size] of [
			[t.png, `resistance-atlas-frequency-${locale}.png`, 1920],
			[t.png2, `resistance-atlas-frequency-${locale}@2x.png`, 3840]
		] as const) {
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				group.getByRole('button', { name: label }).click()
			]);
			expect(dl.suggestedFilename()).toBe(name);
			const file = await dl.path();
			expect(pngSize(file)).toEqual({ width: size, height: (size * 9) / 16 });
		}
		const [dl] = await Promise.all([
			page.waitForEvent('download'),
			group.getByRole('button', { name: t.svg }).click()
		]);
		expect(dl.suggestedFilename()).toBe(`resistance-atlas-frequency-${locale}.svg`);
		const svg = readFileSync(await dl.path(), 'utf8');
		expect(svg).toContain('width="1920" height="1080"');
		// the link back names this site and the view
		expect(svg).toMatch(/class="view-link">http:\/\/localhost:\d+(\/zh)?\/charts#h-frequency</);
	});
