/**
 * Structural validation: one fixture per kind of bad data, each failing with a message that names
 * the file and the id (tests/unit/fixtures/<kind>/).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
	checkDataForBuild,
	loadAllAtlases,
	loadAtlas,
	loadRelease
} from '../../src/lib/server/load-atlas';
import { AtlasDataError } from '../../src/lib/domain/validate';
import { failure } from './helpers';

const fx = (name: string) => resolve(__dirname, 'fixtures', name);
const sources = fx('sources');

describe('structural validation names file and id', () => {
	it.each([
		['self-loop', 't/relations.yaml [rel-loop]: self-loop: "crizotinib" resistant_to itself'],
		['compound-self', 't/nodes.yaml [alk-cpd]: a compound lists itself as a component'],
		['compound-twice', 't/nodes.yaml [alk-cpd]: component "alk-l1196m" is listed twice'],
		[
			'wrong-direction',
			't/relations.yaml [rel-drug-drug]: crizotinib (drug) component_of alectinib (drug): a single mutation is component_of a compound mutation'
		],
		['group-cycle', 't/nodes.yaml [g-a]: group parent cycle: g-a → g-b → g-a'],
		[
			'story-route-id',
			't/stories.yaml [mine]: story id "mine" is a route (/stories/mine): choose another'
		],
		[
			'unknown-view-param',
			't/stories.yaml [tour]: step 1: view parameter "selx" is not a view parameter'
		],
		[
			'story-hidden-entity',
			't/stories.yaml [tour]: step 2: the caption names "Alectinib" (alectinib), which its view does not show'
		],
		[
			'story-hidden-entity',
			't/stories.yaml [tour]: step 3: fit "alectinib" is not shown by its view'
		],
		['non-finite', 't/evidence.yaml [ev-1]: figures.0.value: not a finite number'],
		[
			'javascript-url',
			't/sources.yaml [ref-1]: url: only http(s) links are allowed ("javascript:alert(1)")'
		],
		[
			'upper-case-yaml',
			't/MORE.YAML [-]: upper-case extension: rename to .yaml (it would not be read)'
		]
	])('%s', (name, message) => {
		expect(failure(() => loadAtlas('t', fx(name)))).toContain(message);
	});

	it('a story step that frames or names what it shows loads (step 1 of story-hidden-entity)', () => {
		const msg = failure(() => loadAtlas('t', fx('story-hidden-entity')));
		expect(msg).not.toContain('step 1');
		expect(msg).toContain('2 problem(s)');
	});

	it('the group cycle and the story view are also caught through loadAllAtlases', () => {
		expect(failure(() => loadAllAtlases(fx('group-cycle')))).toContain('group parent cycle');
	});

	it('two atlas folders with the same id', () => {
		expect(failure(() => loadAllAtlases(fx('duplicate-atlas-id')))).toContain(
			't2/atlas.yaml [t]: atlas id "t" is also the id of t/atlas.yaml'
		);
	});

	it('two atlases that both say order: 0 (the default atlas)', () => {
		expect(failure(() => loadAllAtlases(fx('two-default-atlases')))).toContain(
			'atlas.yaml [t, t2]: exactly one atlas must have order: 0 (the default atlas); found 2'
		);
	});

	it('an empty data folder', () => {
		expect(failure(() => loadAllAtlases(fx('empty-data')))).toContain(
			`${fx('empty-data')} [-]: no atlas: no folder with an atlas.yaml`
		);
	});

	it('every failing atlas is reported at once', () => {
		const msg = failure(() => loadAllAtlases(fx('two-failing-atlases')));
		expect(msg).toContain('t/relations.yaml [rel-loop]: self-loop');
		expect(msg).toContain('u/relations.yaml [rel-1]: edge target "nowhere" is not a known node');
	});

	it('release.yaml is validated and named', () => {
		expect(loadRelease(fx('valid'))).toEqual({ version: '0.0.0', date: '2026-01-01' });
		expect(failure(() => loadRelease(fx('bad-release')))).toContain(
			'release.yaml [release]: date: date is YYYY-MM-DD'
		);
		expect(failure(() => loadRelease(fx('valid/t')))).toMatch(/release\.yaml \[release\]: missing/);
	});

	it('the build checks quotes and figures against their sources when the sources are present', () => {
		expect(checkDataForBuild(fx('valid'), sources)).toHaveLength(1);
		expect(failure(() => checkDataForBuild(fx('bad-quote'), sources))).toContain(
			't/evidence.yaml [ev-1]: quote not found verbatim in source "doc"'
		);
		expect(failure(() => checkDataForBuild(fx('bad-release'), sources))).toContain('release.yaml');
		// no source texts: nothing to compare, the data still loads
		expect(checkDataForBuild(fx('bad-quote'), fx('no-such-folder'))).toHaveLength(1);
	});

	it('the errors are AtlasDataError for a single atlas', () => {
		expect(() => loadAtlas('t', fx('self-loop'))).toThrow(AtlasDataError);
	});
});
