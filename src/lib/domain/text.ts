/** Locale helpers for bilingual data. Pure. */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

let numeric: Intl.Collator | undefined;
let plain: Intl.Collator | undefined;

/**
 * The app's string orders: `Intl.Collator('en')`, numeric (`L1196M` before `L1198F`, `v3` before
 * `v10`) or not. Each collator is made on first need, never on the network's first draw: the loader
 * sorts an atlas's nodes at build time (`byLabel`) and the network lays them out in array order.
 */
export const compareNumeric = (a: string, b: string) =>
	(numeric ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
export const compareText = (a: string, b: string) =>
	(plain ??= new Intl.Collator('en')).compare(a, b);

/** Label order: English label (numbers by value), then id. The order of `atlas.nodes`. */
export const byLabel = (a: { id: string; label: { en: string } }, b: typeof a) =>
	compareNumeric(a.label.en, b.label.en) || compareText(a.id, b.id);

/** Source quotes keep their markup as printed; for display, `<sup>[25]</sup>` reads as `[25]`. */
export function readableQuote(quote: string): string {
	return quote
		.replace(/<sup>\s*([^<]*?)\s*<\/sup>/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
