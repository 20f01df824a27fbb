/**
 * A chart drawn once into an element in the browser and read back as SVG: its `<svg>`'s inner
 * markup and layout size (viewBox), then unmounted. The Svelte side of a step's slide image
 * (`$lib/export/step-image`), which itself knows no Svelte.
 */
import { mount, unmount } from 'svelte';
import type { ChartPlacement } from './chart-props';
import type { ChartName, ChartSpec } from './specs';

export interface DrawnChart {
	markup: string;
	width: number;
	height: number;
}

/** Mount the chart of `spec` with `place` added to its props into `target`, read its `<svg>`, unmount it. */
export function drawnChart<N extends ChartName>(
	spec: ChartSpec<N>,
	place: ChartPlacement,
	target: HTMLElement
): DrawnChart {
	const app = mount(spec.component, { target, props: { ...spec.props, ...place } });
	try {
		const svg = target.querySelector('svg');
		if (!svg) throw new Error(`chart ${spec.name} drew no SVG`);
		const vb = svg.viewBox.baseVal;
		return { markup: svg.innerHTML, width: vb.width, height: vb.height };
	} finally {
		unmount(app);
	}
}
