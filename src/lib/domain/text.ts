/** Locale helpers for bilingual data. Pure. */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The app's string orders (`localeCompare(…, 'en')`, numeric or not); ICU-free for English labels
 * and ids (`./collate`).
 */
export { compareNumeric, compareText } from './collate';

/** Source quotes keep their markup as printed; for display, `<sup>[25]</sup>` reads as `[25]`. */
export function readableQuote(quote: string): string {
	return quote
		.replace(/<sup>\s*([^<]*?)\s*<\/sup>/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
