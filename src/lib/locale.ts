/** The app's current locale, read from Paraglide (which reads it from the URL). */
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/model/text';
import type { LabelField } from '$lib/network-view';

export function locale(): Locale {
	return getLocale() as Locale;
}

/** The element field the network labels show in the current locale. */
export function labelField(): LabelField {
	return locale() === 'zh' ? 'label_zh' : 'label';
}
