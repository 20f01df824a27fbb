import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { Core } from 'cytoscape';
import Network from './Network.svelte';
import type { ElementDef } from '$lib/network/elements';

/** `n` nodes in a grid inside one area, each linked to the next. */
function grid(n: number): ElementDef[] {
	const node = (i: number): ElementDef => ({
		group: 'nodes',
		data: {
			id: `n${i}`,
			label: `N${i}`,
			label_zh: `N${i}`,
			kind: 'mechanism',
			sub: 'x',
			area: 'a',
			evidence: []
		},
		position: { x: (i % 40) * 130, y: Math.floor(i / 40) * 64 },
		classes: 'mechanism x'
	});
	const edge = (i: number): ElementDef => ({
		group: 'edges',
		data: {
			id: `e${i}`,
			source: `n${i}`,
			target: `n${i + 1}`,
			relation: 'resistant_to',
			evidence: [],
			figures: []
		},
		classes: 'resistant_to'
	});
	const area: ElementDef = {
		group: 'nodes',
		data: {
			id: 'a',
			label: 'A',
			label_zh: 'A',
			kind: 'group',
			sub: 'group',
			evidence: [],
			w: 5300,
			h: 1400
		},
		position: { x: 2600, y: 650 },
		classes: 'group area'
	};
	return [
		area,
		...Array.from({ length: n }, (_, i) => node(i)),
		...Array.from({ length: n - 1 }, (_, i) => edge(i))
	];
}

function mount(elements: ElementDef[], selected: string | null = null, visible?: Set<string>) {
	let cy: Core | undefined;
	const ids = new Set(elements.map((e) => e.data.id));
	const focus = new Set(selected ? [selected, 'e0', 'n1'] : []);
	render(Network, {
		elements,
		labelField: 'label',
		visible: visible ?? ids,
		selected,
		focus,
		onselect: () => {},
		oncy: (c: Core) => (cy = c),
		label: 'network'
	});
	return () => cy!;
}

const tick = () => new Promise((r) => setTimeout(r, 50));

describe('Network overview detail', () => {
	it('a large network starts with plain edges and gains arrowheads when zoomed in', async () => {
		const cy = mount(grid(900));
		await tick();
		const edges = cy().edges();
		expect(edges.length).toBe(899);
		expect(cy().zoom()).toBeLessThan(0.45);
		expect(edges.filter((e) => e.hasClass('lod')).length).toBe(899);
		expect(edges[0].style('target-arrow-shape')).toBe('none');
		// the first frame's fit may still be animating (a loaded machine): it would undo the zoom
		cy().stop(true, true).zoom(1);
		await tick();
		expect(cy().edges('.lod').length).toBe(0);
		expect(edges[0].style('target-arrow-shape')).toBe('tee');
		cy().stop(true, true).zoom(0.2);
		await tick();
		expect(cy().edges('.lod').length).toBe(899);
	});

	it('the selection’s neighbourhood keeps full detail in an overview', async () => {
		const cy = mount(grid(900), 'n0');
		// selecting frames the neighbourhood (full detail); zoomed back out, it keeps its detail
		await new Promise((r) => setTimeout(r, 400));
		cy().stop(true, true).zoom(0.2);
		await tick();
		expect(cy().getElementById('e0').hasClass('lod')).toBe(false);
		expect(cy().getElementById('e5').hasClass('lod')).toBe(true);
	});

	it('a small network is always drawn in full detail', async () => {
		const cy = mount(grid(100));
		await tick();
		expect(cy().edges('.lod').length).toBe(0);
	});

	it('an area is hidden when nothing inside it is shown', async () => {
		const els = grid(10);
		const cy = mount(els, null, new Set(['e1']));
		await tick();
		expect(cy().getElementById('a').hasClass('hidden')).toBe(true);
		expect(cy().getElementById('n1').hasClass('hidden')).toBe(true);
	});
});
