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
