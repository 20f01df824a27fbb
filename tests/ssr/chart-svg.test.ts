/**
 * Deterministic SVG snapshots of every chart in both languages, rendered on the server by the same
 * components as the page. The checked-in files in tests/snapshots/ are reviewable as images.
 */
import { describe, expect, it } from 'vitest';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { chartFile, chartFiles, chartSvg } from '$lib/server/chart-svg';
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

describe('chart SVG files of each atlas', () => {
	const immuno = loadAllAtlases().find((a) => a.meta.id === 'immuno-nsclc')!;
	it('an atlas has files for the charts it can draw only', () => {
		expect(chartFiles(atlas)).toHaveLength(CHART_NAMES.length * 4);
		expect(chartFiles(immuno)).toEqual([
			'sensitivity-en.svg',
			'resistance-atlas-sensitivity-en.svg',
			'sensitivity-zh.svg',
			'resistance-atlas-sensitivity-zh.svg'
		]);
		expect(chartFile('frequency-en.svg', immuno, 'x', 'immuno-nsclc')).toBeNull();
	});
	it("a slide links back to its atlas's charts, at today's URL or the atlas's own", () => {
		const link = (svg: string | null) => /class="view-link">([^<]*)/.exec(svg ?? '')?.[1];
		expect(link(chartFile('resistance-atlas-shares-zh.svg', atlas, 'x', null))).toBe(
			'/zh/charts#h-shares'
		);
		expect(
			link(chartFile('resistance-atlas-sensitivity-en.svg', immuno, 'x', 'immuno-nsclc'))
		).toBe('/atlas/immuno-nsclc/charts#h-sensitivity');
	});
});
