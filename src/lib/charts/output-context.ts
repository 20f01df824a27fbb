/**
 * Where charts are shown, passed down by context: EmbedFrame says "embed", a presenting story player
 * says "present"; a chart's own `output` prop wins. Outside any, charts are in the page.
 */
import { getContext, setContext } from 'svelte';
import type { ChartOutput } from './type-scale';

const KEY = Symbol('chart-output');
type Getter = () => ChartOutput | null;

/** Charts below this component are shown as `get()` says (null: as the parent says). */
export function provideChartOutput(get: Getter): void {
	const parent = getContext<Getter | undefined>(KEY);
	setContext<Getter>(KEY, () => get() ?? parent?.() ?? null);
}

/** The output charts here are shown in. */
export function chartOutputHere(): () => ChartOutput {
	const get = getContext<Getter | undefined>(KEY);
	return () => get?.() ?? 'page';
}
