/**
 * Embed URLs and snippets, and the embed-only query parameters (theme, background, sizing). Pure.
 */
import { esc } from './slide';
import type { Theme } from '../network/graph-style';
import { THEMES } from '../domain/constants';

export interface EmbedOptions {
	theme: Theme;
	bg: 'paper' | 'transparent';
	size: '16:9' | 'responsive';
}

export const DEFAULT_EMBED: EmbedOptions = { theme: 'light', bg: 'paper', size: '16:9' };

export function parseEmbed(p: URLSearchParams): {
	options: EmbedOptions;
	notices: { param: string; value: string }[];
} {
	const notices: { param: string; value: string }[] = [];
	const pick = <T extends string>(k: string, allowed: readonly T[], d: T): T => {
		const v = p.get(k);
		if (v === null) return d;
		if ((allowed as readonly string[]).includes(v)) return v as T;
		notices.push({ param: k, value: v.slice(0, 60) });
		return d;
	};
	return {
		options: {
			theme: pick('theme', THEMES, 'light'),
			bg: pick('bg', ['paper', 'transparent'] as const, 'paper'),
			size: pick('size', ['16:9', 'responsive'] as const, '16:9')
		},
		notices
	};
}

/** Query string of embed options (defaults omitted). */
export function embedQuery(o: EmbedOptions): string {
	const q: string[] = [];
	if (o.theme !== 'light') q.push(`theme=${o.theme}`);
	if (o.bg !== 'paper') q.push(`bg=${o.bg}`);
	if (o.size !== '16:9') q.push(`size=responsive`);
	return q.join('&');
}

/**
 * The snippet's sizing. 16:9 keeps its ratio with `aspect-ratio` and is never taller than 72 % of
 * the window, so it fits a reveal.js slide under its title (1280×720 and 1920×1080); responsive
 * fills its container.
 */
export const EMBED_STYLE = {
	'16:9':
		'display:block;width:min(100%,calc(72vh * 16 / 9));aspect-ratio:16/9;margin:0 auto;border:0',
	responsive: 'display:block;width:100%;height:100%;min-height:min(480px,60vh);border:0'
} as const;

/** An iframe snippet: title, lazy loading, 16:9 within a maximum size, or responsive sizing. */
export function iframeSnippet(src: string, title: string, size: EmbedOptions['size']): string {
	const style = EMBED_STYLE[size];
	return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" style="${style}" allow="fullscreen"></iframe>`;
}

export type EmbedMessage =
	{ type: 'atlas:step'; step: number } | { type: 'atlas:keys'; capture: boolean };

/**
 * Validate a postMessage payload like URL state: anything unexpected is ignored.
 * `{type:'atlas:step', step:N}` (1 ≤ N ≤ total) moves the story; `{type:'atlas:keys', capture:false}`
 * pauses the frame's keyboard capture (a host such as a reveal.js deck keeps its keys: the frame
 * hands navigation keys back with `atlas:key`), `capture:true` resumes it.
 */
export function parseEmbedMessage(data: unknown, total: number): EmbedMessage | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	if (d.type === 'atlas:keys')
		return typeof d.capture === 'boolean' && Object.keys(d).length === 2
			? { type: 'atlas:keys', capture: d.capture }
			: null;
	if (d.type !== 'atlas:step' || typeof d.step !== 'number' || !Number.isInteger(d.step))
		return null;
	if (d.step < 1 || d.step > total) return null;
	return { type: 'atlas:step', step: d.step };
}

/** Navigation keys a frame whose capture is paused hands back to its host (`atlas:key`). */
export const HOST_KEYS = [
	'ArrowRight',
	'ArrowLeft',
	'ArrowUp',
	'ArrowDown',
	'PageDown',
	'PageUp',
	' ',
	'Home',
	'End',
	'Escape',
	'n',
	'p',
	'o',
	'b',
	'.'
] as const;
