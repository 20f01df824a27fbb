/**
 * Where charts are shown, passed down by context: EmbedFrame says "embed", a presenting story player
 * says "present"; a chart's own `output` prop wins. Outside any, charts are in the page. A frame
 * that must show a chart whole (an embed, a presented step) also provides its box's size.
 */
import { getContext, setContext } from 'svelte';
import type { ChartOutput } from './type-scale';

const KEY = Symbol('chart-output');
const BOX = Symbol('chart-box');
type Getter = () => ChartOutput | null;
export interface ChartBox {
	width: number;
	height: number;
}

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

/** Charts below this component fit `get()`'s box (px) when their output is present or embed. */
export function provideChartBox(get: () => ChartBox | null): void {
	setContext(BOX, get);
}

/** The box charts here must fit, if any. */
export function chartBoxHere(): () => ChartBox | null {
	const get = getContext<(() => ChartBox | null) | undefined>(BOX);
	return () => get?.() ?? null;
}
