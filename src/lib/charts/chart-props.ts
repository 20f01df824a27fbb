import type { LegendItem } from './legend';
import type { ChartOutput } from './type-scale';

/**
 * What the place that shows a chart gives it, the same for every chart: its box, the selection and
 * what to do when a mark is pressed; an export or a frame with its own heading also sets the output
 * and whether the title is drawn, and may replace the legend and footer the spec gives.
 */
export interface ChartPlacement {
	/** the width of the chart's box in CSS px (the type scale turns it into a layout width) */
	width?: number;
	/** the selected relation or node: the marks that stand for it are pressed */
	selected?: string | null;
	/** a mark was pressed: the id of the relation or node it stands for */
	onselect?: (id: string) => void;
	/** the page shows the title as a heading; exports draw it */
	showTitle?: boolean;
	/** where the chart is shown (sets its type scale); by default what the context says, else page */
	output?: ChartOutput;
	/** one item per colour or glyph code shown; an export draws it beside the chart instead */
	legend?: LegendItem[];
	/** source / release line drawn at the bottom */
	footer?: string;
}

/** Props every chart takes, whatever its marks (`T`: the row or cell a mark stands for). */
export interface ChartProps<T> extends ChartPlacement {
	title: string;
	/** a mark's accessible name: value, n and source */
	describe: (mark: T) => string;
}
