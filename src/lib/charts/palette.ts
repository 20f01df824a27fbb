import type { ChartColour } from '$lib/domain/constants';

/** Chart colours (Okabe–Ito); every colour is paired with a text or glyph code in the charts. */
export const GENERATION_COLOUR: Record<string, string> = {
	'1': '#E69F00',
	'2': '#0072B2',
	'3': '#009E73',
	'4': '#CC79A7',
	none: '#777777'
};
export const genColour = (g: number | null) => GENERATION_COLOUR[g ? String(g) : 'none'];

/** The colours an atlas may give its share classes (atlas.yaml `share_classes`), by name. */
export const CHART_COLOUR: Record<ChartColour, string> = {
	vermilion: '#D55E00',
	orange: '#E69F00',
	'bluish-green': '#009E73',
	'sky-blue': '#56B4E9',
	blue: '#0072B2',
	'reddish-purple': '#CC79A7',
	yellow: '#F0E442',
	grey: '#777777'
};

export const STATUS_FILL = {
	sensitive: '#cfe3f3',
	resistant: '#f6d2bd',
	conflicting: '#f7f0a6',
	'not-found': '#ffffff',
	none: '#f4f5f7'
} as const;
export const STATUS_GLYPH = {
	sensitive: '✓',
	resistant: '✗',
	conflicting: '!',
	'not-found': '∅',
	none: ''
} as const;
export const SVG_FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** Rough text width at 12px, enough to size a label margin deterministically (CJK glyphs are wider). */
export const textWidth = (s: string) =>
	[...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12.5 : 6.8), 0);
