/**
 * Charts composed as slides: 1920×1080, chart text ≥ 14 px in the image, the legend column ≤ 12 %
 * of the width with only the codes shown, title, caption, release, citation and link; deterministic.
 * The slides are written to test-results/slides/ for review.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { chartSlide } from '$lib/server/chart-svg';
import { CHART_NAMES } from '$lib/charts/specs';
import { chartSlideName, LEGEND_W, SLIDE_W } from '$lib/export/chart-slide';

const atlas = loadAllAtlases()[0];
mkdirSync('test-results/slides', { recursive: true });

describe('chart slides', () => {
	for (const name of CHART_NAMES)
		for (const locale of ['en', 'zh'] as const)
			it(`${name} (${locale}): labels ≥ 14 px, legend ≤ 12 % of the width`, () => {
				const { svg, scale } = chartSlide(name, atlas, locale, '2026.11.0');
				expect(chartSlide(name, atlas, locale, '2026.11.0').svg).toBe(svg);
				writeFileSync(`test-results/slides/${chartSlideName(name, locale, 'svg')}`, svg);
				expect(svg).toMatch(
					/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/
				);
				// the chart's smallest text × its scale on the slide
				const inner = svg.slice(svg.indexOf('<svg x='));
				const sizes = [...inner.matchAll(/font-size="([\d.]+)"/g)].map((x) => Number(x[1]));
				expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
				expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(14);
				expect(LEGEND_W).toBeLessThanOrEqual(SLIDE_W * 0.12);
				expect(svg).toContain('2026.11.0');
				expect(svg).toContain('CC BY 4.0');
				expect(svg).toMatch(/class="view-link">(\/zh)?\/charts#h-/);
				expect(svg).not.toContain('<!--');
			});
	it('names files by view and locale', () => {
		expect(chartSlideName('frequency', 'zh', 'svg')).toBe('resistance-atlas-frequency-zh.svg');
		expect(chartSlideName('trials', 'en', '2x.png')).toBe('resistance-atlas-trials-en@2x.png');
	});
});
