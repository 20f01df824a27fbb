/** Chart colours (Okabe–Ito); every colour is paired with a text or glyph code in the charts. */
export const GENERATION_COLOUR: Record<string, string> = {
	'1': '#E69F00',
	'2': '#0072B2',
	'3': '#009E73',
	'4': '#CC79A7',
	none: '#777777'
};
export const genColour = (g: number | null) => GENERATION_COLOUR[g ? String(g) : 'none'];

export const STATUS_FILL = {
	sensitive: '#cfe3f3',
	resistant: '#f6d2bd',
	conflicting: '#f7f0a6',
	none: '#f4f5f7'
} as const;
export const STATUS_GLYPH = { sensitive: '✓', resistant: '✗', conflicting: '!', none: '' } as const;
export const SVG_FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
