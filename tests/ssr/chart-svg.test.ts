/**
 * Deterministic SVG snapshots of every chart in both languages, rendered on the server by the same
 * components as the page. The checked-in files in tests/snapshots/ are reviewable as images.
 */
import { describe, expect, it } from 'vitest';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { chartSvg } from '$lib/server/chart-svg';
import { CHART_NAMES } from '$lib/charts/specs';

const atlas = loadAllAtlases()[0];

describe('chart SVG', () => {
	for (const name of CHART_NAMES)
		for (const locale of ['en', 'zh'] as const)
			it(`${name} (${locale}) matches its snapshot and is deterministic`, async () => {
				const svg = chartSvg(name, atlas, locale, 'snapshot');
				expect(chartSvg(name, atlas, locale, 'snapshot')).toBe(svg);
				expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
				expect(svg).not.toContain('<!--');
				await expect(svg).toMatchFileSnapshot(`../snapshots/${name}-${locale}.svg`);
			});
});
