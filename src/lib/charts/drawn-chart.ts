/**
 * A chart component drawn once into an element in the browser and read back as SVG: its `<svg>`'s
 * inner markup and layout size (viewBox), then unmounted. The Svelte side of a step's slide image
 * (`$lib/export/step-image`), which itself knows no Svelte.
 */
import { mount, unmount, type Component } from 'svelte';

export interface DrawnChart {
	markup: string;
	width: number;
	height: number;
}

/** Mount `component` with `props` into `target`, read its `<svg>`, unmount it. */
export function drawnChart(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>,
	props: Record<string, unknown>,
	target: HTMLElement,
	name: string
): DrawnChart {
	const app = mount(component, { target, props });
	try {
		const svg = target.querySelector('svg');
		if (!svg) throw new Error(`chart ${name} drew no SVG`);
		const vb = svg.viewBox.baseVal;
		return { markup: svg.innerHTML, width: vb.width, height: vb.height };
	} finally {
		unmount(app);
	}
}
