/** Props every chart takes, whatever its marks (`T`: the row or cell a mark stands for). */
export interface ChartProps<T> {
	width?: number;
	title: string;
	/** a mark's accessible name: value, n and source */
	describe: (mark: T) => string;
	/** source / release line drawn at the bottom */
	footer?: string;
	selected?: string | null;
	/** the page shows the title as a heading; exports draw it */
	showTitle?: boolean;
	onselect?: (mark: T) => void;
}
