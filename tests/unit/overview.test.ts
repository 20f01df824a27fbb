/** The overview: families, layout, visibility and validation, on the real atlases and a synthetic one. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { overviewOf, overviewProblems } from '../../src/lib/domain/overview';
import { overviewLayout, SLOT } from '../../src/lib/network/overview-layout';
import { networkModel, wrappable } from '../../src/lib/network/network-model';
import { DEFAULT_VIEW, parseView, serializeView } from '../../src/lib/domain/view-state';
import { validateAtlas, AtlasDataError } from '../../src/lib/domain/validate';
import { readAtlasFiles } from '../../src/lib/server/load-atlas';
import { generateSynthetic } from '../../scripts/bench/synthetic';
import type { NodeData } from '../../src/lib/network/elements';
import type { Atlas } from '../../src/lib/domain/types';

const alk = loadAtlas('alk-nsclc');
const immuno = loadAtlas('immuno-nsclc');
const cols = () => ({ en: '', zh: '' });

/** Labelled nodes the default view draws (not areas or headings). */
function shownNodes(atlas: Atlas, view = DEFAULT_VIEW) {
	const net = networkModel(atlas, view, cols);
	return net.elements.filter(
		(e) =>
			e.group === 'nodes' &&
			net.visible.has(e.data.id) &&
			!/\b(area|heading)\b/.test(e.classes ?? '')
	);
}

describe('overview', () => {
	it('is the default arrangement and a figure of 25–45 nodes for the ALK atlas', () => {
		expect(DEFAULT_VIEW.arr).toBe('overview');
		const n = shownNodes(alk).length;
		expect(n).toBeGreaterThanOrEqual(25);
		expect(n).toBeLessThanOrEqual(45);
	});
	it('stands for every node of both atlases: placed, or folded into a placed family', () => {
		for (const atlas of [alk, immuno]) {
			const o = overviewOf(atlas);
			for (const n of atlas.nodes)
				if (n.kind !== 'group') expect(o.cellOf.has(n.id) || o.familyOf.has(n.id), n.id).toBe(true);
			expect(overviewProblems(atlas)).toEqual([]);
		}
	});
	it('folds families with a count, and opening one shows its members in place', () => {
		const closed = networkModel(alk, DEFAULT_VIEW, cols);
		const fam = closed.elements.find((e) => e.data.id === 'kinase-domain-mutations')!;
		const members = overviewOf(alk).members.get('kinase-domain-mutations')!;
		expect((fam.data as NodeData).label).toMatch(new RegExp(`· ${members.length}$`));
		expect(closed.visible.has('alk-l1152r')).toBe(false);
		const open = networkModel(alk, { ...DEFAULT_VIEW, exp: ['kinase-domain-mutations'] }, cols);
		expect(open.elements).toBe(closed.elements);
		expect(members.every((m) => open.visible.has(m))).toBe(true);
		// aggregate edges of that family give way to the relations they stood for
		const aggs = [...closed.visible].filter(
			(id) => id.startsWith('agg:') && id.includes(':kinase-domain-mutations:')
		);
		expect(aggs.length).toBeGreaterThan(0);
		expect(open.visible.has('rel-met-amplification-emerges-after-lorlatinib')).toBe(true);
	});
	it('selecting a folded entity opens its family; the permalink keeps open families', () => {
		const m = networkModel(alk, { ...DEFAULT_VIEW, sel: 'alk-l1152r' }, cols);
		expect(m.openIds.has('kinase-domain-mutations')).toBe(true);
		expect(m.visible.has('alk-l1152r')).toBe(true);
		const view = {
			...DEFAULT_VIEW,
			exp: ['compound-mutations', 'fusion-variants'],
			next: true,
			labels: 'both' as const
		};
		const qs = serializeView(view);
		expect(parseView(new URLSearchParams(qs), alk)).toEqual({ view, notices: [] });
		expect(
			parseView(new URLSearchParams('exp=nope&next=2&labels=fr'), alk).notices.map((n) => n.param)
		).toEqual(['exp', 'next', 'labels']);
	});
	it('trials and strategies are a layer the user turns on', () => {
		expect(shownNodes(alk).some((e) => e.data.id === 'trials')).toBe(false);
		expect(
			shownNodes(alk, { ...DEFAULT_VIEW, next: true }).some((e) => e.data.id === 'trials')
		).toBe(true);
	});
	it('lays out without two nodes in one slot, with every family open', () => {
		const o = overviewOf(alk);
		const p = overviewLayout(o, new Set(o.members.keys()), new Set());
		const pts = Object.entries(p.position).filter(
			([id]) => !o.members.has(id) || !o.members.get(id)!.length
		);
		for (let i = 0; i < pts.length; i++)
			for (let j = i + 1; j < pts.length; j++) {
				const [a, b] = [pts[i][1], pts[j][1]];
				const apart = Math.abs(a.x - b.x) >= SLOT.w - 1 || Math.abs(a.y - b.y) >= SLOT.h - 1;
				expect(apart, `${pts[i][0]} / ${pts[j][0]}`).toBe(true);
			}
	});
	it('filters hide families left empty', () => {
		const m = networkModel(alk, { ...DEFAULT_VIEW, cls: ['bypass'] }, cols);
		expect(m.visible.has('kinase-domain-mutations')).toBe(false);
		expect(m.visible.has('met-amplification')).toBe(true);
	});
	it(
		'a synthetic 500-node atlas folds into an overview of at most 50 nodes',
		{ timeout: 60_000 },
		() => {
			const out = mkdtempSync(join(tmpdir(), 'ra-synth-'));
			generateSynthetic(500, out);
			const atlas = loadAtlas('synthetic', join(out, 'data'));
			expect(shownNodes(atlas).length).toBeLessThanOrEqual(50);
			expect(shownNodes(atlas).length).toBeGreaterThan(5);
		}
	);
	it('a curated overview naming an unknown node fails naming file and id', () => {
		const files = readAtlasFiles('alk-nsclc');
		const meta = files.find((f) => f.file.endsWith('atlas.yaml'))!;
		const data = structuredClone(meta.data) as { overview: { cells: { ids: string[] }[] } };
		data.overview.cells[0].ids.push('no-such-node');
		const bad = files.map((f) => (f === meta ? { ...f, data } : f));
		expect(() => validateAtlas('alk-nsclc', bad)).toThrow(AtlasDataError);
		expect(() => validateAtlas('alk-nsclc', bad)).toThrow(
			/alk-nsclc\/atlas\.yaml.*no-such-node|no-such-node.*atlas\.yaml/s
		);
	});
});

describe('wrappable labels', () => {
	const cuts = (s: string) => wrappable(s).split('\u200b');
	it('breaks Chinese between characters, never inside a Latin token or before closing punctuation', () => {
		expect(cuts('ALK G1202R/L1196M 复合突变')).toEqual([
			'ALK G1202R/',
			'L1196M 复',
			'合',
			'突',
			'变'
		]);
		expect(cuts('CheckMate 370 研究')).toEqual(['CheckMate 370 研', '究']);
		const parts = cuts('基因检测（组织、血浆/脑脊液 ctDNA）');
		expect(parts.some((p) => /^[、）/]/.test(p))).toBe(false);
		expect(parts.join('')).toBe('基因检测（组织、血浆/脑脊液 ctDNA）');
	});
	it('leaves English alone apart from hyphens and slashes between words', () => {
		expect(cuts('Lorlatinib')).toEqual(['Lorlatinib']);
		expect(cuts('EML4-ALK variant 3')).toEqual(['EML4-ALK variant 3']);
		expect(cuts('P-glycoprotein efflux')).toEqual(['P-glycoprotein efflux']);
	});
});
