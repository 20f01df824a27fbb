import type { LegendItem } from './legend';
import type { ChartOutput } from './type-scale';

/** Props every chart takes, whatever its marks (`T`: the row or cell a mark stands for). */
export interface ChartProps<T> {
	/** the width of the chart's box in CSS px (the type scale turns it into a layout width) */
	width?: number;
	title: string;
	/** a mark's accessible name: value, n and source */
	describe: (mark: T) => string;
	/** source / release line drawn at the bottom */
	footer?: string;
	selected?: string | null;
	/** the page shows the title as a heading; exports draw it */
	showTitle?: boolean;
	/** where the chart is shown (sets its type scale); by default what the context says, else page */
	output?: ChartOutput;
	/** one item per colour or glyph code shown; an export draws it beside the chart instead */
	legend?: LegendItem[];
	onselect?: (mark: T) => void;
}
