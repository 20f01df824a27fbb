import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas, sourceText } from '../../src/lib/server/load-atlas';
import { AtlasDataError } from '../../src/lib/domain/validate';
import { checkProvenance } from '../../src/lib/domain/provenance';

const fx = (name: string) => resolve(__dirname, 'fixtures', name);
const sources = resolve(__dirname, 'fixtures', 'sources');

function problemsOf(name: string): string {
	try {
		loadAtlas('t', fx(name));
	} catch (e) {
		expect(e).toBeInstanceOf(AtlasDataError);
		return (e as Error).message;
	}
	throw new Error(`fixture ${name} loaded without error`);
}

describe('graph-data validation names file and id', () => {
	it('loads the valid fixture', () => {
		const a = loadAtlas('t', fx('valid'));
		expect(a.nodes.map((n) => n.id)).toEqual(['crizotinib', 'alk-l1196m']);
		expect(a.relations).toHaveLength(1);
	});
	it.each([
		['missing-node', 't/relations.yaml [rel-1]: edge target "alectinib" is not a known node'],
		['duplicate-id', 't/nodes.yaml [crizotinib]: duplicate id (also in t/more.yaml)'],
		[
			'no-evidence',
			't/relations.yaml [rel-1]: evidence: every relation needs at least one evidence item'
		],
		['unknown-source', 't/evidence.yaml [ev-1]: source "nowhere" is not a known source'],
		['missing-zh', 't/nodes.yaml [alk-l1196m]: label.zh: must not be empty'],
		['bad-nct', 't/nodes.yaml [t-1]: nct: malformed NCT id (NCT + 8 digits)'],
		['no-unit', 't/evidence.yaml [ev-1]: figures.0.unit: every number needs a unit'],
		// atlas.yaml's own vocabulary: its groups and classes
		['vocab-column', 't/atlas.yaml [crizotinib]: mechanism_columns: "crizotinib" is not a group'],
		[
			'vocab-generation',
			't/atlas.yaml [tki-gen-2]: generation_groups: "tki-gen-2" is not a group node'
		],
		[
			'vocab-share-class',
			`t/charts.yaml [share-1]: class "alk-dependent" is not one of atlas.yaml's share_classes (bypass)`
		],
		[
			'vocab-bad-value',
			't/atlas.yaml [t]: generation_groups.0.generation: Invalid type: Expected (1 | 2 | 3 | 4) but received 5'
		],
		['vocab-bad-value', 'share_classes.0.colour: Invalid type: Expected ("vermilion" |'],
		['vocab-bad-value', 'but received "pink"'],
		// an atlas id that a route word would shadow (/embed/story/<id>)
		['atlas-route-id', 't/atlas.yaml [story]: atlas id "story" is a route (/embed/story/…)']
	])('%s', (name, message) => {
		expect(problemsOf(name)).toContain(message);
	});
});

describe('verbatim provenance', () => {
	const check = (name: string) => {
		const a = loadAtlas('t', fx(name));
		return checkProvenance(a.evidence, a.sources, (s) => sourceText(s.file, sources), a.fileOf);
	};
	it('accepts a quote found in its source (whitespace aside)', () => {
		expect(check('valid')).toEqual({ problems: [], checked: 1, missing: [] });
	});
	it('rejects a quote that is not verbatim, naming the evidence id', () => {
		expect(check('bad-quote').problems).toEqual([
			{ file: 't/evidence.yaml', id: 'ev-1', message: 'quote not found verbatim in source "doc"' }
		]);
	});
	it('rejects a figure whose number is not in its quote', () => {
		expect(check('figure-not-in-quote').problems[0].message).toBe(
			'figure frequency number 8 does not appear in its quote'
		);
	});
});
