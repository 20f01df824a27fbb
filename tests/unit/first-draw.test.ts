/**
 * The loader sorts an atlas's nodes once at build with a real `Intl.Collator` (label order), so
 * drawing an explorer network in the browser makes no collator (8–15 ms of a page's first draw).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { loadAtlas } from '../../src/lib/server/load-atlas';

const atlases = [loadAtlas('alk-nsclc'), loadAtlas('immuno-nsclc')];
const numeric = new Intl.Collator('en', { numeric: true }).compare;
const plain = new Intl.Collator('en').compare;

describe('nodes in label order, sorted at build', () => {
	it.each(atlases.map((a) => [a.meta.id, a] as const))('%s', (_, atlas) => {
		const sorted = [...atlas.nodes].sort(
			(a, b) => numeric(a.label.en, b.label.en) || plain(a.id, b.id)
		);
		expect(atlas.nodes.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
	});
});

describe('drawing the explorer network', () => {
	afterEach(() => vi.restoreAllMocks());
	it('makes no collator, in any arrangement', async () => {
		const atlas = atlases[0];
		// fresh modules: their collators, made on first need, not made yet
		vi.resetModules();
		const Collator = vi.spyOn(Intl, 'Collator');
		const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
		const { networkModel } = await import('../../src/lib/network/network-model');
		const { parseView } = await import('../../src/lib/domain/view-state');
		for (const q of [
			'',
			'arr=generation&sel=alk-g1202r&gen=2',
			'arr=mechanism',
			'exp=all&next=1'
		]) {
			const { view } = parseView(new URLSearchParams(q), atlas);
			networkModel(atlas, view, (g) => ({ en: `G${g}`, zh: `第${g}代` }));
		}
		expect(Collator).not.toHaveBeenCalled();
		expect(localeCompare).not.toHaveBeenCalled();
	});
});

describe('elements added as they will be drawn (`settled`)', () => {
	// a network created from `settled` elements needs no restyle or move before its first frame:
	// each element's classes are what applyClasses gives, its position and box what applyPlacement gives
	it.each([
		'',
		'sel=alk-g1202r',
		'exp=kinase-domain-mutations&sel=crizotinib',
		'arr=generation&sel=alk-g1202r&gen=2',
		'exp=all&next=1&cls=bypass'
	])('view "%s"', async (q) => {
		const cytoscape = (await import('cytoscape')).default;
		const { networkModel } = await import('../../src/lib/network/network-model');
		const { parseView } = await import('../../src/lib/domain/view-state');
		const view = await import('../../src/lib/network/network-view');
		const { classState, settled } = await import('../../src/lib/network/class-state');
		const atlas = atlases[0];
		const { view: v } = parseView(new URLSearchParams(q), atlas);
		const net = networkModel(atlas, v, (g) => ({ en: `G${g}`, zh: `第${g}代` }));
		const state = classState(net, v.sel, false);
		const headless = (els: typeof net.elements) =>
			cytoscape({
				headless: true,
				styleEnabled: false,
				layout: { name: 'preset' },
				elements: els as ElementDefinition[]
			});
		const after = headless(net.elements);
		if (net.placement) view.applyPlacement(after, net.placement);
		view.applyClasses(after, state);
		const before = headless(settled(net.elements, state));
		const shape = (c: ReturnType<typeof headless>) =>
			c.elements().map((e) => ({
				id: e.id(),
				classes: [...e.classes()].sort(),
				at: e.isNode() ? e.position() : null,
				box: e.isNode() ? [e.data('w'), e.data('h')] : null
			}));
		const got = shape(before);
		expect(got.length).toBeGreaterThan(50);
		// a changed view: not everything is hidden, something is
		expect(got.some((e) => e.classes.includes('hidden'))).toBe(true);
		expect(got.some((e) => !e.classes.includes('hidden'))).toBe(true);
		expect(got).toEqual(shape(after));
	});
});

describe('a network holds the nodes it has shown (`toAdd`)', () => {
	const atlas = atlases[0];
	const model = async (q: string) => {
		const { networkModel } = await import('../../src/lib/network/network-model');
		const { parseView } = await import('../../src/lib/domain/view-state');
		const { classState } = await import('../../src/lib/network/class-state');
		const { view } = parseView(new URLSearchParams(q), atlas);
		const net = networkModel(atlas, view, (g) => ({ en: `G${g}`, zh: `第${g}代` }));
		return { net, state: classState(net, view.sel, false) };
	};
	const shown = async (q: string) => {
		const { settled } = await import('../../src/lib/network/class-state');
		const { net, state } = await model(q);
		return settled(net.elements, state)
			.filter((e) => !e.classes!.split(' ').includes('hidden'))
			.map((e) => e.data.id);
	};

	it('the first draw adds what the view shows, and the edges between those nodes', async () => {
		const { toAdd } = await import('../../src/lib/network/class-state');
		const { net, state } = await model('');
		const first = toAdd(net.elements, state, () => false);
		const ids = new Set(first.map((e) => e.data.id));
		expect(ids.size).toBeLessThan(net.elements.length / 2);
		for (const id of await shown('')) expect(ids, id).toContain(id);
		for (const e of first)
			if (e.group === 'edges') {
				const d = e.data as { source: string; target: string };
				expect(ids.has(d.source) && ids.has(d.target), e.data.id).toBe(true);
			} else expect(e.classes, e.data.id).not.toMatch(/\bhidden\b/);
	});

	it('a selection adds nothing; a family opening adds its own nodes and their edges, once', async () => {
		const { toAdd } = await import('../../src/lib/network/class-state');
		const first = await model('');
		const holds = new Set(
			toAdd(first.net.elements, first.state, () => false).map((e) => e.data.id)
		);
		const has = (id: string) => holds.has(id);
		const sel = await model('sel=alk-g1202r');
		expect(toAdd(sel.net.elements, sel.state, has)).toEqual([]);
		const open = await model('exp=kinase-domain-mutations');
		const more = toAdd(open.net.elements, open.state, has);
		const nodes = new Set(more.filter((e) => e.group === 'nodes').map((e) => e.data.id));
		expect(nodes).toContain('open:kinase-domain-mutations');
		expect(nodes).toContain('alk-l1152r');
		expect([...nodes].every((id) => !has(id))).toBe(true);
		for (const e of more)
			if (e.group === 'edges') {
				const d = e.data as { source: string; target: string };
				expect(nodes.has(d.source) || nodes.has(d.target), e.data.id).toBe(true);
			}
		for (const e of more) holds.add(e.data.id);
		for (const id of await shown('exp=kinase-domain-mutations')) expect(holds, id).toContain(id);
		expect(toAdd(open.net.elements, open.state, has)).toEqual([]);
	});
});
