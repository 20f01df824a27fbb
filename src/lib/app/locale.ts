/** The app's current locale, read from Paraglide (which reads it from the URL). */
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/domain/text';
import type { LabelField } from '$lib/network/network-view';

export function locale(): Locale {
	return getLocale() as Locale;
}

/** The element field the network labels show: the current locale's, or both (`labels=both`). */
export function labelField(labels: 'both' | null = null): LabelField {
	if (labels === 'both') return 'label_both';
	return locale() === 'zh' ? 'label_zh' : 'label';
}
