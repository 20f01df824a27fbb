/** The app's current locale, read from Paraglide (which reads it from the URL). */
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/domain/text';

export function locale(): Locale {
	return getLocale() as Locale;
}
