/**
 * BibTeX and RIS exports round-trip: hostile titles (braces, backslashes, TeX specials, line
 * breaks, RIS tags, Chinese) read back with citation-js (and pandoc where installed) give the same
 * number of records and the same titles.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toBibtex, toRis } from '../../src/lib/server/citations';
import { oneLine } from '../../src/lib/export/citation-formats';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import type { Source } from '../../src/lib/domain/types';

const HOSTILE = [
	'Evil} title = {pwn',
	'Line one\nTY  - JOUR\nTI  - injected\r\nER  - ',
	'Back\\slash % # & $ ^ _ ~ 中文 {unbalanced',
	'}}}}',
	'\\end{document}',
	'A "quote" @article{x,',
	'ALK-positive NSCLC — G1202R: a--b---c',
	'U+2028\u2028and U+2029\u2029and NEL\u0085end',
	'ALK 阳性非小细胞肺癌耐药机制研究进展'
];

const source = (title: string, i: number): Source =>
	({
		id: `s-${i}`,
		type: 'reference',
		title,
		authors: ['SMITH J', `Evil} ${title.slice(0, 5)}`],
		journal: `J ${title.slice(0, 8)}`,
		year: 2020,
		doi: '10.1000/xy.z',
		url: 'https://example.org/a{b}?q=%41#f'
	}) as Source;

function readBib(text: string) {
	return new Cite(text, { forceType: '@biblatex/text' }).data as { title: string }[];
}
function readRis(text: string) {
	return new Cite(text, { forceType: '@ris/file' }).data as { title: string }[];
}
function hasPandoc() {
	try {
		execFileSync('pandoc', ['--version']);
		return true;
	} catch {
		return false;
	}
}

describe('BibTeX and RIS exports round-trip', { timeout: 120_000 }, () => {
	it('hostile titles: same record count, same titles (citation-js)', () => {
		const sources = HOSTILE.map(source);
		const bib = readBib(toBibtex(sources));
		expect(bib.map((x) => x.title)).toEqual(HOSTILE.map(oneLine));
		const ris = readRis(toRis(sources));
		expect(ris.map((x) => x.title)).toEqual(HOSTILE.map(oneLine));
		// every RIS line is a tag line
		for (const line of toRis(sources).split('\n'))
			expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true);
	});

	it('property: any titles round-trip through BibTeX and RIS', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), {
					minLength: 1,
					maxLength: 6
				}),
				(titles) => {
					const t = titles.map((x) => (oneLine(x) ? x : `x${x}`));
					const sources = t.map(source);
					expect(readBib(toBibtex(sources)).map((x) => x.title)).toEqual(t.map(oneLine));
					expect(readRis(toRis(sources)).map((x) => x.title)).toEqual(t.map(oneLine));
				}
			),
			{ numRuns: 150 }
		);
	});

	it('the bundled data: one record per source, titles as curated', () => {
		for (const atlas of loadAllAtlases()) {
			const titles = atlas.sources.map((s) => oneLine(s.title));
			expect(readBib(toBibtex(atlas.sources)).map((x) => x.title)).toEqual(titles);
			expect(readRis(toRis(atlas.sources)).map((x) => x.title)).toEqual(titles);
		}
	});

	it.runIf(hasPandoc())('pandoc reads the hostile BibTeX to the same titles', () => {
		const out = execFileSync('pandoc', ['-f', 'bibtex', '-t', 'csljson'], {
			input: toBibtex(HOSTILE.map(source))
		}).toString();
		expect((JSON.parse(out) as { title: string }[]).length).toBe(HOSTILE.length);
	});
});
