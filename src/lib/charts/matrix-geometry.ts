/**
 * Where the sensitivity heatmap's grid goes: alterations down (rows) or across (columns), cell size,
 * margins that hold every label (nothing clipped), the layout width and the px-per-unit scale. Pure.
 */
import type { ChartOutput } from './type-scale';

export interface MatrixGeometry {
	across: boolean;
	cell: number;
	left: number;
	top: number;
	gridRight: number;
	gridBottom: number;
	/** layout width (SVG units) */
	width: number;
	/** px per unit */
	scale: number;
}

/**
 * Smallest px per unit at which the alterations may run across (text ≥ 12 × this px): presented and
 * embedded from 12 px (then the grid is short enough to be shown whole), never in the page.
 */
const ACROSS_MIN: Record<ChartOutput, number> = { page: 9, present: 1, embed: 1, export: 0 };
const SIN50 = Math.sin((50 * Math.PI) / 180);
const COS50 = Math.cos((50 * Math.PI) / 180);

/**
 * @param altWidths text widths of the alteration labels (matrix rows), in units
 * @param drugWidths text widths of the drug labels (matrix columns)
 * @param box the box width in px; `scale` the output's px per unit for that box
 */
export function matrixGeometry(
	altWidths: number[],
	drugWidths: number[],
	output: ChartOutput,
	box: number,
	scale: number
): MatrixGeometry {
	const maxAlt = Math.max(60, ...altWidths);
	const maxDrug = Math.max(60, ...drugWidths);
	// across: drugs are rows (labels left), alterations columns (labels upright, read bottom-up)
	const cellA = 29;
	const acrossWidth = Math.ceil(8 + maxDrug + 10 + altWidths.length * cellA + 8);
	const fit = box / acrossWidth;
	if (output === 'export' || fit >= ACROSS_MIN[output]) {
		const s = output === 'export' ? 1 : Math.min(scale, fit);
		const left = Math.ceil(8 + maxDrug + 10);
		const top = Math.ceil(36 + maxAlt + 10);
		return {
			across: true,
			cell: cellA,
			left,
			top,
			gridRight: left + altWidths.length * cellA,
			gridBottom: top + drugWidths.length * cellA,
			width: Math.max(acrossWidth, Math.round(box / s)),
			scale: s
		};
	}
	const cell = 34;
	const left = Math.ceil(16 + Math.max(120, maxAlt) + 6);
	// the last drug's label leans right past the grid
	const overhang = Math.ceil(Math.max(16, (drugWidths.at(-1) ?? 0) * COS50 - cell / 2 + 8));
	const top = Math.ceil(36 + maxDrug * SIN50 + 12);
	const needed = left + drugWidths.length * cell + overhang;
	return {
		across: false,
		cell,
		left,
		top,
		gridRight: left + drugWidths.length * cell,
		gridBottom: top + altWidths.length * cell,
		width: Math.max(Math.ceil(needed), Math.round(box / scale)),
		scale
	};
}
