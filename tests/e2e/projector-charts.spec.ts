/**
 * Charts on a projector: text measured as rendered (font size × the SVG's screen transform), in
 * presentation mode, in embeds and in the page; the heatmap's highlighted cell in view; every text
 * inside the chart; trial value labels apart; a legend on every chart. Screenshots go to SHOTS_DIR
 * when it is set (one per chart, output, language and screen size).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SHOTS = process.env.SHOTS_DIR;
const CHARTS = ['frequency', 'sensitivity', 'trials', 'shares', 'lollipop'] as const;
const stories = (
	parse(readFileSync('graph-data/alk-nsclc/stories.yaml', 'utf8')) as {
		stories: { id: string; steps: { show: string }[] }[];
	}
).stories;
/** the first story step that shows each chart */
const STEP = Object.fromEntries(
	CHARTS.map((c) => {
		for (const s of stories) {
			const i = s.steps.findIndex((st) => st.show === c);
			if (i >= 0) return [c, `/stories/${s.id}?step=${i + 1}&present=1`];
		}
		return [c, ''];
	})
);

/** Smallest rendered text (px) in an SVG, and texts that stick out of it. */
async function measure(svg: Locator) {
	return svg.evaluate((el: SVGSVGElement) => {
		const box = el.getBoundingClientRect();
		let min = Infinity;
		const outside: string[] = [];
		for (const t of el.querySelectorAll('text')) {
			if (!t.textContent?.trim()) continue;
			const ctm = t.getScreenCTM()!;
			const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
			min = Math.min(min, Math.round(px * 100) / 100);
			const r = t.getBoundingClientRect();
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1)
				outside.push(t.textContent);
		}
		return { min, outside, width: box.width };
	});
}

/** How far (px) the chart's scrolling box hides the chart: 0 when it is shown whole. */
const hidden = (page: Page, box: string) =>
	page
		.locator(box)
		.first()
		.evaluate((el) =>
			Math.max(0, el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth)
		);

const shot = async (page: Page, name: string) => {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

for (const locale of ['en', 'zh'] as const) {
	const pre = locale === 'zh' ? '/zh' : '';
	for (const name of CHARTS) {
		test(`${name} (${locale}): ≥ 18 px at 1920×1080 presenting and embedded, embedded whole at 1920×1080 and 1280×720, ≥ 12 px at 960×540 and in the page`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			const sizes = [
				{ width: 1920, height: 1080 },
				{ width: 1280, height: 720 }
			];
			for (const vp of sizes) {
				await page.setViewportSize(vp);
				// no story shows the lollipop: embedded only
				if (STEP[name]) {
					await page.goto(`${pre}${STEP[name]}`);
					const svg = page.locator('.player.present svg.chart-svg');
					await expect(svg).toBeVisible({ timeout: 20_000 });
					const r = await measure(svg);
					expect(r.outside, 'text inside the chart').toEqual([]);
					if (vp.width === 1920) expect(r.min, `${name} presenting`).toBeGreaterThanOrEqual(18);
					else expect(r.min).toBeGreaterThanOrEqual(12);
					// the whole chart on the stage, legend and source line included, where it fits at the
					// least text size (the heatmap at both sizes and the trials at 1280 are taller: they
					// scroll, the step's selection in view)
					const whole =
						vp.width === 1920 ? name !== 'sensitivity' : name === 'frequency' || name === 'shares';
					if (whole) {
						expect(await hidden(page, '.player.present .stage .chart'), 'presented whole').toBe(0);
						await expect(svg.locator('g.legend > g').first()).toBeInViewport();
					} else await expect(svg.locator('[aria-pressed="true"]').first()).toBeInViewport();
					await shot(page, `present-${name}-${locale}-${vp.width}`);
				}

				await page.goto(`${pre}/embed/chart/${name}`);
				const esvg = page.locator('svg.chart-svg');
				await expect(esvg).toBeVisible({ timeout: 20_000 });
				const e = await measure(esvg);
				expect(e.outside).toEqual([]);
				if (vp.width === 1920) expect(e.min, `${name} embedded`).toBeGreaterThanOrEqual(18);
				else expect(e.min).toBeGreaterThanOrEqual(12);
				await expect(page.locator('html[data-hydrated]')).toBeAttached();
				expect(await hidden(page, '.embed .chart'), 'embedded whole').toBe(0);
				await shot(page, `embed-${name}-${locale}-${vp.width}`);
			}
			await page.setViewportSize({ width: 960, height: 540 });
			await page.goto(`${pre}/embed/chart/${name}`);
			expect((await measure(page.locator('svg.chart-svg'))).min).toBeGreaterThanOrEqual(12);
			await shot(page, `embed-${name}-${locale}-960`);
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto(`${pre}/charts`);
			const charts = page.locator('svg.chart-svg');
			// the four charts and the lollipop
			await expect(charts).toHaveCount(5);
			for (const c of await charts.all()) expect((await measure(c)).min).toBeGreaterThanOrEqual(12);
		});
	}
}

test('presenting at 1280×720, the heatmap keeps the highlighted cell in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(STEP.sensitivity);
	const svg = page.locator('.player.present svg.chart-svg');
	await expect(svg).toBeVisible({ timeout: 20_000 });
	const cell = svg.locator('[aria-pressed="true"]').first();
	await expect(cell).toBeAttached();
	await expect(cell).toBeInViewport();
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(STEP.sensitivity);
	await expect(page.locator('.player.present svg [aria-pressed="true"]').first()).toBeInViewport();
});

test('trial value labels never overlap, at three widths', async ({ page }) => {
	for (const width of [960, 1280, 1920]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/embed/chart/trials');
		const boxes = await page.locator('svg.chart-svg .mark text').evaluateAll((ts) =>
			ts.map((t) => {
				const r = t.getBoundingClientRect();
				return { l: r.left, r: r.right, t: r.top, b: r.bottom, s: t.textContent };
			})
		);
		expect(boxes.length).toBeGreaterThan(5);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				const hit = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
				expect(hit, `${a.s} overlaps ${b.s} at ${width}`).toBe(false);
			}
	}
});

test('every chart has a legend for its colour codes, generation colours included', async ({
	page
}) => {
	await page.goto('/charts');
	for (const [i, keys] of [
		['Generation 1', 'Generation 2', 'Generation 3'],
		['sensitive', 'resistant', 'Generation 2'],
		['Generation 2', 'ORR', 'iORR'],
		['range as printed']
	].entries()) {
		const legend = page.locator('svg.chart-svg').nth(i).locator('g.legend');
		for (const k of keys) await expect(legend.getByText(k, { exact: true })).toBeVisible();
	}
});
