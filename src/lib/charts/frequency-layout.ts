/**
 * Where the frequency chart's parts go, in SVG units (pure, deterministic): a header line per
 * mechanism then its bars, the label column and the value column, the x ticks. From the charts
 * page's width down to the evidence drawer's (about 280 units), every label and value stays inside
 * the chart at full size; the layout is only narrower, never smaller.
 */
import type { FrequencyRow } from '../domain/charts';
import { formatRange } from '../domain/format';
import { textWidth } from './palette';

/** A bar's row and a mechanism's header line (units); the x axis runs 0–`X_MAX` %. */
export const ROW = 26;
const HEAD = 24;
export const X_MAX = 80;

export type FrequencyItem =
	{ type: 'head'; y: number; label: string } | { type: 'bar'; y: number; row: FrequencyRow };

export interface FrequencyLayout {
	/** margins around the plot: the labels left of it, the values written after the bars right */
	m: { top: number; right: number; bottom: number; left: number };
	items: FrequencyItem[];
	height: number;
	/** tick count for the x axis: every 10 %, 20 % or 50 %, the finest with ticks 23 units apart */
	ticks: number;
	/** centre of the axis label: under the plot, moved in where it would stick out of the chart */
	axisX: number;
}

/** The value written after a bar: the value or range as printed, and n. */
export const valueText = (r: FrequencyRow) =>
	`${formatRange(r)}%${r.denominator ? ` (n = ${r.denominator})` : ''}`;

/**
 * The layout `width` units wide. The label column is as wide as the longest label, and at least
 * 160 (a third of a chart narrower than 480); the value column 120 (a quarter of a narrower chart),
 * or wider where a value would not fit after its bar.
 * @param o.label a bar's label (drug · generation)
 * @example frequencyLayout(rows, { width: 960, top: 34, bottom: 56, label, axisLabel }).m
 * // { top: 34, right: 120, bottom: 56, left: 176 }
 */
export function frequencyLayout(
	rows: FrequencyRow[],
	o: {
		width: number;
		top: number;
		bottom: number;
		label: (r: FrequencyRow) => string;
		axisLabel: string;
	}
): FrequencyLayout {
	const left = 16 + Math.max(Math.min(160, o.width / 3), ...rows.map((r) => textWidth(o.label(r))));
	// a value starts 5 units after its bar and ends 4 inside the chart: with the plot
	// (room - right) wide, x(v) + 9 + text ≤ width
	const room = o.width - left;
	const right = Math.max(
		Math.min(120, o.width / 4),
		...rows.map((r) => {
			const v = r.high ?? r.value;
			return v > 0 ? room - ((room - 9 - textWidth(valueText(r))) * X_MAX) / v : 0;
		})
	);
	const plot = room - right;
	const step = [10, 20].find((s) => (plot * s) / X_MAX >= 23) ?? 50;
	const half = textWidth(o.axisLabel) / 2;
	const axisX = Math.max(8 + half, Math.min(o.width - 8 - half, left + plot / 2));
	let y = o.top;
	const items: FrequencyItem[] = [];
	let last = '';
	for (const r of rows) {
		if (r.mechanism !== last) {
			items.push({ type: 'head', y: y + 15, label: r.mechanismLabel });
			y += HEAD;
			last = r.mechanism;
		}
		items.push({ type: 'bar', y, row: r });
		y += ROW;
	}
	return {
		m: { top: o.top, right, bottom: o.bottom, left },
		items,
		height: y + o.bottom,
		ticks: X_MAX / step,
		axisX
	};
}
