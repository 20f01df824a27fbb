/**
 * The charts' type scale, tied to where a chart is shown. A chart lays itself out in SVG units with
 * text of at least 12 units (`TEXT`) and draws at `scale` CSS px per unit, so its smallest text is
 * 12 × scale px on screen. Pure.
 */
export type ChartOutput = 'page' | 'present' | 'embed' | 'export';

/** Text sizes in SVG units; nothing smaller than `small`. */
export const TEXT = { small: 12, body: 13, head: 14, glyph: 15 } as const;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * CSS px per SVG unit for a chart in a box `box` px wide.
 * - page: 1 (text ≥ 12 px), a little larger in a wide box;
 * - present: large type, ≥ 1.5 (18 px) from a 1,500 px stage up (a 1920×1080 projector);
 * - embed: follows the frame (12 px at 960 px, ≥ 18 px from 1,500 px);
 * - export: the slide composes the chart itself (1).
 * @example chartScale('present', 1856) // 1.856: 12-unit text is 22 px
 */
export function chartScale(output: ChartOutput, box: number): number {
	if (output === 'present') return clamp(box / 1000, 1.2, 2.4);
	if (output === 'embed') return clamp(box / 1000, 1, 2.4);
	if (output === 'page') return clamp(box / 1100, 1, 1.2);
	return 1;
}

/** Layout width in SVG units of a chart drawn `box` px wide at `scale` (never narrower than `min`). */
export const layoutWidth = (box: number, scale: number, min = 480) =>
	Math.max(min, Math.round(box / scale));

/** Outputs whose frame shows a chart whole (an embed, a presented step). */
const shownWhole = (output: ChartOutput) => output === 'present' || output === 'embed';

/**
 * The least px per unit a chart shown whole in a box may shrink to: text in proportion to the box,
 * 18 px (1.5) from 1,800 px (a 1920-wide projector), 12 px (1) at 1,300 px and below; never more
 * than the width allows (`widthScale`, px per unit filling the box's width).
 */
export function scaleFloor(boxWidth: number, widthScale: number): number {
	return Math.min(clamp((boxWidth - 300) / 1000, 1, 1.5), widthScale);
}

/**
 * Scale and layout width of a chart shown whole in `box` (presented or embedded): as `chartScale`
 * when its height `heightAt(layoutWidth)` fits the box; else smaller type, down to the floor, laid
 * out wider so that it still fills the box's width (a wider layout is never taller). Elsewhere, or
 * without a box height, as `chartScale`.
 */
export function fitLayout(
	output: ChartOutput,
	box: { width: number; height?: number },
	heightAt: (layoutWidth: number) => number,
	min = 480
): { scale: number; width: number } {
	const scale = chartScale(output, box.width);
	const width = layoutWidth(box.width, scale, min);
	if (!shownWhole(output) || !box.height) return { scale, width };
	const h = heightAt(width);
	if (h * scale <= box.height) return { scale, width };
	const fit = Math.max(scaleFloor(box.width, scale), box.height / h);
	return { scale: fit, width: layoutWidth(box.width, fit, min) };
}

/**
 * The tallest a chart `units` high may be drawn (px) in a box `box` that shows it whole: the box's
 * height, unless that would take its text below the floor; then it is as tall as the floor makes
 * it, and the box scrolls. A chart drawn shorter than its width allows keeps its aspect ratio,
 * centred (SVG `meet`).
 * @example fitHeight('embed', 634, { width: 1920, height: 1046 }, 1000) // 1046: 12-unit text 19.8 px
 */
export function fitHeight(
	output: ChartOutput,
	units: number,
	box: { width: number; height: number },
	layoutWidth: number
): number | null {
	if (!shownWhole(output)) return null;
	const widthScale = box.width / layoutWidth;
	return Math.max(box.height, Math.ceil(units * scaleFloor(box.width, widthScale)));
}
