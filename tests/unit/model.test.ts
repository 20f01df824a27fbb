import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { miniAtlas } from './helpers';
import {
	DEFAULT_VIEW,
	parseView,
	serializeView,
	type ViewState
} from '../../src/lib/domain/view-state';
import { neighbourhood, visibleIds } from '../../src/lib/domain/filter';
import { buildSearchIndex, search, searchExamples } from '../../src/lib/domain/search';
import { indexAtlas } from '../../src/lib/domain/queries';
import { activityFor } from '../../src/lib/domain/activity';
import { formatFigure, formatRange } from '../../src/lib/domain/format';
import { frequencyAfterDrugs } from '../../src/lib/domain/charts';
import { arrange } from '../../src/lib/network/layout';
import { ARRANGEMENTS } from '../../src/lib/domain/view-state';
import { areaMembers, toElements, type NodeData } from '../../src/lib/network/elements';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { mentionsNumber } from '../../src/lib/domain/provenance';
import { networkModel } from '../../src/lib/network/network-model';
import { bootFrame, bootKey } from '../../src/lib/network/boot-frame';
import { classState, toAdd } from '../../src/lib/network/class-state';
import { applyPlacement } from '../../src/lib/network/network-view';
import cytoscape, { type ElementDefinition } from 'cytoscape';

const atlas = miniAtlas();
const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });

describe('view state ⇄ URL', () => {
	it.each([
		['', DEFAULT_VIEW, []],
		['?sel=alk-g1202r&arr=generation', view({ sel: 'alk-g1202r', arr: 'generation' }), []],
		[
			'?gen=2,9&lvl=A,Z',
			view({ gen: [2], lvl: ['A'] }),
			[
				{ param: 'gen', value: '9' },
				{ param: 'lvl', value: 'Z' }
			]
		],
		[
			'?sel=nope&arr=spiral',
			DEFAULT_VIEW,
			[
				{ param: 'sel', value: 'nope' },
				{ param: 'arr', value: 'spiral' }
			]
		],
		[
			'?drug=alectinib,aspirin&geno=alk-g1202r',
			view({ drug: ['alectinib'], geno: ['alk-g1202r'] }),
			[{ param: 'drug', value: 'aspirin' }]
		]
	])('parses %s', (qs, expected, notices) => {
		const r = parseView(new URLSearchParams(qs), atlas);
		expect(r.view).toEqual(expected);
		expect(r.notices).toEqual(notices);
	});
	it('round-trips any valid view', () => {
		const ids = ['alk-g1202r', 'alectinib', 'r1', null];
		fc.assert(
			fc.property(
				fc.record({
					sel: fc.constantFrom(...ids),
					arr: fc.constantFrom('mechanism' as const, 'generation' as const),
					gen: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4)).map((g) => g.sort()),
					lvl: fc.uniqueArray(fc.constantFrom('A' as const, 'B' as const, 'E' as const))
				}),
				(v) => {
					const full = view(v);
					expect(parseView(new URLSearchParams(serializeView(full)), atlas)).toEqual({
						view: full,
						notices: []
					});
				}
			)
		);
	});
	it('never throws on hostile query strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = parseView(new URLSearchParams(s), atlas);
				expect(ARRANGEMENTS.includes(r.view.arr)).toBe(true);
			})
		);
	});
});

describe('filters and neighbourhood', () => {
	it('shows everything by default', () => {
		const v = visibleIds(atlas, DEFAULT_VIEW);
		expect(v.has('alk-g1202r') && v.has('r6') && v.has('profile-1014')).toBe(true);
	});
	it('a generation filter keeps those drugs and what their relations reach', () => {
		const v = visibleIds(atlas, view({ gen: [2] }));
		expect([...v].sort()).toEqual(['alectinib', 'alk-g1202r', 'r1', 'r3']);
	});
	it('a level filter keeps relations with evidence at that level', () => {
		const v = visibleIds(atlas, view({ lvl: ['D'] }));
		expect([...v].sort()).toEqual(['alk-g1202r', 'lorlatinib', 'r2']);
	});
	it('a class filter hides other mechanism classes', () => {
		const v = visibleIds(atlas, view({ cls: ['bypass'] }));
		expect(v.has('met-amp')).toBe(true);
		expect(v.has('alk-g1202r')).toBe(false);
	});
	it('neighbourhood of a node is its edges and their ends', () => {
		const n = neighbourhood(atlas, 'met-amp', visibleIds(atlas, DEFAULT_VIEW));
		expect([...n].sort()).toEqual(['lorlatinib', 'met-amp', 'r5']);
	});
});

describe('the first frame an explorer page carries', () => {
	const alk = loadAtlas('alk-nsclc');
	const label = (g: number | null) => ({ en: `G${g}`, zh: `第${g}代` });
	it('is what the app draws first for a URL without a query', () => {
		const { view, notices } = parseView(new URLSearchParams(''), alk);
		expect(notices).toEqual([]);
		expect(view).toEqual(DEFAULT_VIEW);
		const net = networkModel(alk, view, label);
		const f = bootFrame(alk, 'label_zh', label);
		const first = toAdd(net.elements, classState(net, null, false), () => false);
		// as the app adds them, then places them
		const cy = cytoscape({
			headless: true,
			styleEnabled: false,
			elements: first as ElementDefinition[]
		});
		applyPlacement(cy, net.placement!);
		expect(f.elements.map((e) => e.data.id)).toEqual(first.map((e) => e.data.id));
		for (const e of f.elements) {
			const el = cy.getElementById(e.data.id);
			expect(e.classes, e.data.id).toBe(first.find((x) => x.data.id === e.data.id)!.classes);
			if (e.group !== 'nodes') continue;
			expect(e.position, e.data.id).toEqual(el.position());
			const d = e.data as NodeData;
			expect([d.w, d.h], e.data.id).toEqual([el.data('w'), el.data('h')]);
		}
		expect(f.total).toBe(net.elements.length);
		expect(f.key).toBe(bootKey('alk-nsclc', view, 'label_zh'));
		expect(bootFrame(alk, 'label', label).key).toBe('alk-nsclc||label');
	});
	it('holds the overview, not the atlas: a few dozen nodes, and a fifth of the bytes or less', () => {
		const f = bootFrame(alk, 'label', label);
		const nodes = f.elements.filter((e) => e.group === 'nodes');
		expect(nodes.length).toBeGreaterThan(25);
		expect(nodes.length).toBeLessThan(alk.nodes.length / 2);
		expect(JSON.stringify(f).length).toBeLessThan(JSON.stringify(alk).length / 5);
	});
	it('selects a group that carries evidence of its own (a share bar), not an empty one', () => {
		expect(parseView(new URLSearchParams('sel=alk-dependent'), alk).view.sel).toBe('alk-dependent');
		const empty = parseView(new URLSearchParams('sel=bypass-signalling'), alk);
		expect(empty.view.sel).toBeNull();
		expect(empty.notices).toEqual([{ param: 'sel', value: 'bypass-signalling' }]);
	});
});

describe('search', () => {
	const ix = buildSearchIndex(atlas);
	it.each([
		['G1202R', 'alk-g1202r'],
		['p.Gly1202Arg', 'alk-g1202r'],
		['洛拉替尼', 'lorlatinib'],
		['ch5424802', 'alectinib'],
		['NCT01154140', 'profile-1014'],
		['pf-02341066', 'crizotinib']
	])('%s finds %s first', (q, id) => {
		expect(search(ix, q, 'en')[0]?.id).toBe(id);
	});
	it('finds nothing for an unknown term', () => {
		expect(search(ix, 'zzzz', 'en')).toEqual([]);
	});
	it('offers examples of this atlas that it finds', () => {
		const alk = loadAtlas('alk-nsclc');
		const immuno = loadAtlas('immuno-nsclc');
		for (const [a, locale] of [
			[alk, 'en'],
			[alk, 'zh'],
			[immuno, 'en'],
			[atlas, 'en']
		] as const) {
			const examples = searchExamples(indexAtlas(a), locale);
			expect(examples.length).toBeGreaterThanOrEqual(2);
			const found = buildSearchIndex(a);
			for (const term of examples)
				expect(search(found, term, locale)[0]?.label ?? '', term).not.toBe('');
		}
		expect(searchExamples(indexAtlas(alk), 'en').join()).toContain('G1202R');
		expect(searchExamples(indexAtlas(immuno), 'en').join()).not.toContain('G1202R');
	});
});

describe('activity against a genotype', () => {
	it('G1202R: lorlatinib active, alectinib inactive, crizotinib unknown', () => {
		const r = Object.fromEntries(
			activityFor(atlas, ['alk-g1202r']).map((x) => [x.drug, x.activity])
		);
		expect(r).toEqual({ lorlatinib: 'active', alectinib: 'inactive', crizotinib: 'unknown' });
	});
	it('G1202R + the compound: lorlatinib conflicting across the genotype is inactive', () => {
		const r = Object.fromEntries(
			activityFor(atlas, ['alk-g1202r', 'alk-g1202r-l1196m']).map((x) => [x.drug, x.activity])
		);
		expect(r.lorlatinib).toBe('inactive');
	});
});

describe('figures as text', () => {
	it.each([
		[{ measure: 'frequency', value: 43, unit: '%' as const }, 'en', '43%'],
		[{ measure: 'frequency', low: 20, high: 30, unit: '%' as const }, 'en', '20–30%'],
		[
			{
				measure: 'mPFS',
				value: 10.9,
				unit: 'months' as const,
				ci_low: 8.3,
				ci_high: 13.9,
				ci_level: 95
			},
			'en',
			'10.9 months (95% CI 8.3–13.9)'
		],
		[{ measure: 'mPFS', value: 10.9, unit: 'months' as const }, 'zh', '10.9 个月'],
		[{ measure: 'mPFS', not_reached: true, unit: 'months' as const }, 'zh', '未达到'],
		[
			{ measure: 'frequency', value: 12, unit: '%' as const, denominator: 52 },
			'en',
			'12% (n = 52)'
		],
		[{ measure: 'HR', value: 0.33, unit: 'ratio' as const }, 'en', 'HR 0.33'],
		[{ measure: 'p', value: 0.019, unit: 'p-value' as const }, 'en', 'P = 0.019'],
		[
			{ measure: 'p', value: 0.001, unit: 'p-value' as const, qualifier: '<' as const },
			'en',
			'P < 0.001'
		],
		[
			{ measure: 'mPFS', value: 60, unit: 'months' as const, qualifier: '>' as const },
			'zh',
			'> 60 个月'
		]
	])('%o in %s → %s', (f, loc, text) => {
		expect(formatFigure(f, loc as 'en' | 'zh')).toBe(text);
	});
	it('writes a range as printed, else the value; a chart row’s value stands for its range', () => {
		expect(formatRange({ low: 20, high: 30 })).toBe('20–30');
		expect(formatRange({ value: 25, low: 20, high: 30 })).toBe('20–30');
		expect(formatRange({ low: 12, high: 12 })).toBe('12');
		expect(formatRange({ value: 43 })).toBe('43');
		expect(formatRange({ value: null })).toBe('');
		expect(formatRange({})).toBe('');
	});
});

describe('numbers in quotes', () => {
	it.each([
		['分别为 43%、29%、21%', 29, true],
		['10.9\t74\t18', 74, true],
		['HR=0.760, P=0.097', 0.76, true],
		['93.0\t90.9', 93, true],
		['1202R', 120, false],
		['G1202R', 1202, true]
	])('%s mentions %d: %s', (text, n, yes) => {
		expect(mentionsNumber(text, n)).toBe(yes);
	});
});

describe('chart rows and layout', () => {
	it('G1202R frequency rows come from emerges_after with a frequency for that drug', () => {
		expect(frequencyAfterDrugs(atlas, 'alk-g1202r', 'en').map((r) => [r.label, r.value])).toEqual([
			['Alectinib', 29]
		]);
	});
	it('layouts are deterministic and place every leaf', () => {
		for (const how of ['mechanism', 'generation'] as const) {
			const a = arrange(atlas, how);
			expect(arrange(atlas, how)).toEqual(a);
			for (const n of atlas.nodes.filter((x) => x.kind !== 'group'))
				expect(a.position[n.id]).toBeDefined();
		}
	});
	it('groups are background areas around their members, not compound parents', () => {
		const alk = loadAtlas('alk-nsclc');
		for (const how of ['mechanism', 'generation'] as const) {
			const placement = arrange(alk, how);
			const els = toElements(alk, placement);
			// no Cytoscape compound parents: their bookkeeping is what made large atlases slow
			expect(els.some((e) => 'parent' in e.data)).toBe(false);
			const byId = new Map(els.map((e) => [e.data.id, e]));
			const members = areaMembers(els);
			expect(members.size).toBeGreaterThan(how === 'mechanism' ? 10 : 4);
			for (const [area, ids] of members) {
				const box = placement.boxes[area];
				expect(ids.length, area).toBeGreaterThan(0);
				const d = byId.get(area)!.data as NodeData;
				expect(d.w).toBe(Math.round(box.x2 - box.x1));
				// every member's centre lies inside its area (nested members too)
				for (const id of ids) {
					const p = byId.get(id)!.position!;
					expect(
						p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2,
						`${id} in ${area}`
					).toBe(true);
				}
			}
			// a nested area lies inside its parent's, below the parent's title
			for (const n of alk.nodes)
				if (n.kind === 'group' && n.parent && placement.boxes[n.id] && how === 'mechanism') {
					const [inner, outer] = [placement.boxes[n.id], placement.boxes[n.parent]];
					expect(
						inner.x1 >= outer.x1 &&
							inner.x2 <= outer.x2 &&
							inner.y1 > outer.y1 &&
							inner.y2 <= outer.y2
					).toBe(true);
					expect(inner.depth).toBe(outer.depth + 1);
				}
		}
	});
	it('edges carry the frequency of their drug end', () => {
		const els = toElements(atlas, arrange(atlas, 'mechanism'));
		const r1 = els.find((e) => e.data.id === 'r1')!.data as { frequency?: string };
		expect(r1.frequency).toBe('29%');
	});
});
