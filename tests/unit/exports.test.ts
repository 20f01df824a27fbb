/** The open exports load back: .cyjs into headless cytoscape, GraphML through an XML parser, CSV with d3-dsv. */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { XMLParser } from 'fast-xml-parser';
import { csvParse } from 'd3-dsv';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { EXPORT_FORMATS } from '../../src/lib/server/export-files';
import fc from 'fast-check';
import { safeCell } from '../../src/lib/export/exports';
import { wrapText } from '../../src/lib/export/slide';

const make = (suffix: string, atlas: ReturnType<typeof loadAllAtlases>[number]) =>
	EXPORT_FORMATS[suffix].make(atlas, '0.0.0-test');

for (const atlas of loadAllAtlases()) {
	describe(`exports of ${atlas.meta.id}`, () => {
		it('.cyjs opens in headless cytoscape with every node and edge', () => {
			const json = JSON.parse(make('.cyjs', atlas));
			const cy = cytoscape({ headless: true, elements: json.elements });
			expect(cy.nodes().length).toBe(atlas.nodes.length);
			expect(cy.edges().length).toBe(atlas.relations.length);
			const e = cy.getElementById(atlas.relations[0].id);
			expect(e.data('relation')).toBe(atlas.relations[0].type);
			expect(e.data('evidence')).toEqual(atlas.relations[0].evidence);
			expect(cy.nodes()[0].data('label_zh')).toBeTruthy();
		});
		it('.graphml parses back to the same graph', () => {
			const doc = new XMLParser({
				ignoreAttributes: false,
				isArray: (n) => ['node', 'edge', 'data', 'key'].includes(n)
			}).parse(make('.graphml', atlas));
			const g = doc.graphml.graph;
			expect(g.node).toHaveLength(atlas.nodes.length);
			expect(g.edge).toHaveLength(atlas.relations.length);
			expect(g.edge[0]['@_source']).toBe(atlas.relations[0].from);
		});
		it('CSV tables have one row per record and evidence rows carry the quote', () => {
			expect(csvParse(make('-nodes.csv', atlas))).toHaveLength(atlas.nodes.length);
			expect(csvParse(make('-edges.csv', atlas))).toHaveLength(atlas.relations.length);
			const ev = csvParse(make('-evidence.csv', atlas));
			expect(ev).toHaveLength(atlas.evidence.length);
			expect(ev[0].quote.length).toBeGreaterThan(0);
			expect(ev.columns).toContain('conflicts_with');
		});
		it('sources export as CSL-JSON, BibTeX and RIS through citation-js', () => {
			const csl = JSON.parse(make('.sources.json', atlas));
			expect(csl).toHaveLength(atlas.sources.length);
			expect(make('.bib', atlas)).toMatch(/@\w+\{/);
			expect(make('.ris', atlas)).toMatch(/^TY {2}- /m);
		});
	});
}

describe('CSV formula injection', { timeout: 60_000 }, () => {
	it.each([
		['=1+1', "'=1+1"],
		['+41', "'+41"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		[' =1+1', "' =1+1"],
		['\u00a0=1+1', "'\u00a0=1+1"],
		['\n=1+1', "'\n=1+1"],
		['\nplain', "'\nplain"],
		['＝1+1', "'＝1+1"],
		['\u3000＋1', "'\u3000＋1"],
		['－2', "'－2"],
		['＠SUM(A1)', "'＠SUM(A1)"],
		[' plain text', ' plain text'],
		['G1202R', 'G1202R']
	])('%j → %j', (v, out) => expect(safeCell(v)).toBe(out));

	it('property: no cell starts, after white space, with a formula sign', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (t) => {
				const c = safeCell(t);
				expect(/^[\s\u00a0\u3000\ufeff]*[=+\-@＝＋－＠]/.test(c) || /^[\t\r\n]/.test(c)).toBe(
					false
				);
			})
		);
	});
});

describe('slide text wrapping', () => {
	it('measures Chinese as double width, so a legend line fits its 12 % column', () => {
		const zh = wrapText('家族:多个节点合为一个(点击展开)', 17);
		expect(zh.every((l) => [...l].length <= 9)).toBe(true);
		expect(zh.join('')).toBe('家族:多个节点合为一个(点击展开)');
		expect(wrapText('Family: several nodes folded into one', 17)).toEqual([
			'Family: several',
			'nodes folded into',
			'one'
		]);
	});
});
