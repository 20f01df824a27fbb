/** Charts as standalone SVG files, rendered on the server by the same Svelte components the page uses. */
import { render } from 'svelte/server';
import { chartSpec, type ChartName } from '$lib/charts/specs';
import type { Atlas } from '$lib/model/types';
import type { Locale } from '$lib/model/text';

/** The chart's `<svg>` markup, without Svelte's hydration comments; deterministic for the same data. */
export function chartSvg(
	name: ChartName,
	atlas: Atlas,
	locale: Locale,
	release: string,
	width = 960
): string {
	const spec = chartSpec(name, atlas, locale, release);
	const { body } = render(spec.component, { props: { ...spec.props, width } });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[\s\S]*?-->/g, '').trim()}\n`;
}
