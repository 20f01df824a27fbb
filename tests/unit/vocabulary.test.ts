/**
 * An atlas's own groups and classes come from its atlas.yaml (`mechanism_columns`,
 * `generation_groups`, `share_classes`), not from code: the ALK atlas declares its own, the
 * immune-checkpoint atlas none, and another atlas's declarations change what is drawn; a third
 * atlas (fixtures/third-atlas) brings its own in two files.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { arrange } from '../../src/lib/network/layout';
import { activityFor } from '../../src/lib/domain/activity';
import { generationGroup, shareClasses } from '../../src/lib/domain/vocabulary';
import { atlasPath } from '../../src/lib/domain/atlases';
import { atlasEntry } from '../../src/lib/domain/atlas-views';
import type { Atlas } from '../../src/lib/domain/types';

const alk = loadAtlas('alk-nsclc');
const immuno = loadAtlas('immuno-nsclc');

/** Left edge of each top-level group's area in the "by mechanism" arrangement. */
const left = (atlas: Atlas, id: string) => arrange(atlas, 'mechanism').boxes[id]?.x1 ?? NaN;

describe("an atlas's vocabulary in atlas.yaml", () => {
	it('the ALK atlas declares its columns, generation groups and share classes', () => {
		expect(alk.meta.mechanism_columns[0]).toEqual(['alk-tkis', 'other-drugs']);
		expect(generationGroup(alk.meta, 'tki-gen-2')).toBe(2);
		expect(shareClasses(alk.meta).map((c) => [c.id, c.colour])).toContainEqual([
			'pharmacologic',
			'sky-blue'
		]);
	});

	it('the "by mechanism" columns follow atlas.yaml', () => {
		expect(left(alk, 'alk-tkis')).toBeLessThan(left(alk, 'alk-dependent'));
		const swapped = {
			...alk,
			meta: { ...alk.meta, mechanism_columns: [['alk-dependent'], ['alk-tkis', 'other-drugs']] }
		};
		expect(left(swapped, 'alk-dependent')).toBeLessThan(left(swapped, 'alk-tkis'));
	});

	it('a relation to a generation group speaks for its drugs only while atlas.yaml says so', () => {
		const tki2 = alk.relations.find((r) => r.to === 'tki-gen-2' && r.type === 'resistant_to');
		expect(tki2).toBeDefined();
		const speaks = (atlas: Atlas) =>
			activityFor(atlas, [tki2!.from]).find((d) => d.relations.includes(tki2!.id))?.drug;
		expect(speaks(alk)).toBeDefined();
		const undeclared = { ...alk, meta: { ...alk.meta, generation_groups: [] } };
		expect(speaks(undeclared)).toBeUndefined();
	});

	it('an atlas that declares none draws its groups in one column each and has no classes', () => {
		expect(immuno.meta.mechanism_columns).toEqual([]);
		expect(immuno.meta.generation_groups).toEqual([]);
		expect(shareClasses(immuno.meta)).toEqual([]);
		const top = immuno.nodes.filter((n) => n.kind === 'group' && !n.parent).map((n) => n.id);
		expect(top.every((g) => Number.isFinite(left(immuno, g)))).toBe(true);
	});

	it('a class without a colour takes the palette’s next one', () => {
		const meta = {
			...immuno.meta,
			share_classes: [
				{ id: 'intrinsic', label: { en: 'Intrinsic', zh: '内源性' } },
				{ id: 'extrinsic', label: { en: 'Extrinsic', zh: '外源性' } }
			]
		};
		expect(shareClasses(meta).map((c) => c.colour)).toEqual(['vermilion', 'orange']);
	});
});

describe('a third atlas with its own groups and charts: two files, no code', () => {
	const dir = resolve(__dirname, 'fixtures', 'third-atlas');
	const egfr = loadAtlas('egfr-nsclc', dir);
	it('is read from its atlas.yaml and one data file', () => {
		expect(readdirSync(resolve(dir, 'egfr-nsclc')).sort()).toEqual([
			'atlas-data.yaml',
			'atlas.yaml'
		]);
	});
	it('has the charts and the story its data gives, at its own routes', () => {
		const entry = atlasEntry(egfr);
		expect(entry.charts).toEqual(['frequency', 'shares']);
		expect(entry.stories).toEqual(['tour']);
		expect(atlasPath(entry.id, '/charts')).toBe('/atlas/egfr-nsclc/charts');
	});
	it('draws its own columns, speaks for its generation group, colours its classes', () => {
		expect(left(egfr, 'egfr-tkis')).toBeLessThan(left(egfr, 'on-target'));
		expect(left(egfr, 'on-target')).toBe(left(egfr, 'off-target'));
		expect(activityFor(egfr, ['egfr-c797s']).find((d) => d.drug === 'osimertinib')).toMatchObject({
			activity: 'inactive',
			relations: ['r-c797s']
		});
		expect(shareClasses(egfr.meta).map((c) => [c.label.zh, c.colour])).toEqual([
			['靶点相关', 'vermilion'],
			['非靶点', 'orange']
		]);
	});
});
