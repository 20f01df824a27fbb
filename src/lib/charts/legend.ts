/**
 * Chart legends as data: one item per colour (or glyph) code a chart shows, only the kinds shown; the
 * layout of a legend row that wraps to the chart's width. Pure (the page, the server-rendered SVG
 * and the slide export draw the same items).
 */
import { textWidth } from './palette';
import { TEXT } from './type-scale';

export type Swatch =
	| { shape: 'rect'; fill: string; stroke?: string; opacity?: number }
	| { shape: 'circle'; fill: string }
	| { shape: 'diamond'; stroke: string }
	| { shape: 'line'; stroke: string }
	| { shape: 'glyph'; fill: string; glyph: string };

export interface LegendItem {
	label: string;
	swatch: Swatch;
}

export const SWATCH = 14;
const GAP = 6;
const ITEM_GAP = 20;
export const LEGEND_ROW = 22;

/** Width of one item (swatch, gap, text at the legend's size). */
export const itemWidth = (it: LegendItem) => SWATCH + GAP + textWidth(it.label) * (TEXT.small / 12);

/** Items placed in rows no wider than `width`: x, row index; and the legend's height. */
export function legendLayout(
	items: readonly LegendItem[],
	width: number
): { placed: { item: LegendItem; x: number; row: number }[]; height: number } {
	const placed: { item: LegendItem; x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const w = itemWidth(item);
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		placed.push({ item, x, row });
		x += w + ITEM_GAP;
	}
	return { placed, height: items.length ? (row + 1) * LEGEND_ROW : 0 };
}
