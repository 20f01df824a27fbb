import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
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

/**
 * Renders the network and waits, through its ARIA role and name, for its first frame
 * (`data-ready`), then hands back the instance it exposes (`oncy`). No fixed sleeps: each
 * assertion on the model polls until it holds or times out.
 */
async function mount(
	elements: ElementDef[],
	selected: string | null = null,
	visible?: Set<string>
) {
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
	const canvas = page.getByRole('img', { name: 'network' });
	await expect.element(canvas).toHaveAttribute('data-ready', 'true');
	return cy!;
}

describe('Network overview detail', () => {
	it('a large network starts with plain edges and gains arrowheads when zoomed in', async () => {
		const cy = await mount(grid(900));
		const edges = cy.edges();
		expect(edges.length).toBe(899);
		expect(cy.zoom()).toBeLessThan(0.45);
		await expect.poll(() => cy.edges('.lod').length).toBe(899);
		expect(edges[0].style('target-arrow-shape')).toBe('none');
		// the first frame's fit may still be animating (a loaded machine): it would undo the zoom
		cy.stop(true, true).zoom(1);
		await expect.poll(() => cy.edges('.lod').length).toBe(0);
		expect(edges[0].style('target-arrow-shape')).toBe('tee');
		cy.stop(true, true).zoom(0.2);
		await expect.poll(() => cy.edges('.lod').length).toBe(899);
	});

	it('the selection’s neighbourhood keeps full detail in an overview', async () => {
		const cy = await mount(grid(900), 'n0');
		// selecting frames the neighbourhood (full detail); zoomed back out, it keeps its detail
		await expect.poll(() => cy.zoom()).toBeGreaterThanOrEqual(0.45);
		await expect.poll(() => cy.animated()).toBe(false);
		cy.zoom(0.2);
		await expect.poll(() => cy.getElementById('e5').hasClass('lod')).toBe(true);
		expect(cy.getElementById('e0').hasClass('lod')).toBe(false);
	});

	it('a small network is always drawn in full detail', async () => {
		const cy = await mount(grid(100));
		expect(cy.edges('.lod').length).toBe(0);
	});

	// the network holds only what it has shown: what a view does not show is not drawn at all
	const drawn = (cy: Core) => cy.elements(':visible').map((e) => e.id());

	it('an area is not drawn when nothing inside it is shown', async () => {
		const cy = await mount(grid(10), null, new Set(['e1']));
		expect(drawn(cy)).not.toContain('a');
		expect(drawn(cy)).not.toContain('n1');
	});

	it('an area is drawn around what is shown inside it, and nothing else is', async () => {
		const cy = await mount(grid(10), null, new Set(['n3', 'n4', 'e3']));
		await expect.poll(() => drawn(cy).sort()).toEqual(['a', 'e3', 'n3', 'n4']);
	});
});
