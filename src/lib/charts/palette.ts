/** Chart colours (Okabe–Ito); every colour is paired with a text or glyph code in the charts. */
export const GENERATION_COLOUR: Record<string, string> = {
	'1': '#E69F00',
	'2': '#0072B2',
	'3': '#009E73',
	'4': '#CC79A7',
	none: '#777777'
};
export const genColour = (g: number | null) => GENERATION_COLOUR[g ? String(g) : 'none'];

/** Mechanism classes in the share chart (dependent on ALK: vermilion/orange; independent: green). */
export const SHARE_COLOUR: Record<string, string> = {
	'alk-dependent': '#D55E00',
	'kinase-domain-mutations': '#D55E00',
	'alk-amplification': '#E69F00',
	'alk-independent': '#009E73',
	bypass: '#009E73',
	pharmacologic: '#56B4E9'
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
