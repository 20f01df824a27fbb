/**
 * Where an atlas's pages are (`atlasPath`: the one place the route scheme is written) and which
 * views it has data for (`atlasEntry`: no page, and no link, for a view without data).
 */
import { describe, expect, it } from 'vitest';
import { atlasPath } from '../../src/lib/domain/atlases';
import { atlasEntry } from '../../src/lib/domain/atlas-views';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { CHART_NAMES } from '../../src/lib/domain/constants';

describe('atlasPath', () => {
	it.each([
		['/', '/atlas/x'],
		['/?sel=a', '/atlas/x?sel=a'],
		['/charts', '/atlas/x/charts'],
		['/charts?geno=a#h-lollipop', '/atlas/x/charts?geno=a#h-lollipop'],
		['/stories/mine', '/atlas/x/stories/mine'],
		['/embed/network?sel=a', '/embed/x/network?sel=a'],
		['/embed/chart/shares', '/embed/x/chart/shares'],
		['/embed/story/s?step=2', '/embed/x/story/s?step=2'],
		['/svg/shares-en.svg', '/svg/x/shares-en.svg']
	])('%s → %s for atlas x, unchanged at today’s URLs', (path, scoped) => {
		expect(atlasPath('x', path)).toBe(scoped);
		expect(atlasPath(null, path)).toBe(path);
	});
});

describe('the views each atlas has', () => {
	const [alk, immuno] = loadAllAtlases().map(atlasEntry);
	it('the ALK atlas: every chart and its stories', () => {
		expect(alk.id).toBe('alk-nsclc');
		expect(alk.charts).toEqual([...CHART_NAMES]);
		expect(alk.stories).toContain('arms-race');
	});
	it('the immunotherapy atlas: the sensitivity matrix only, no curated story', () => {
		expect(immuno.id).toBe('immuno-nsclc');
		expect(immuno.charts).toEqual(['sensitivity']);
		expect(immuno.stories).toEqual([]);
	});
});
