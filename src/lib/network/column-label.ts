/** Labels of the generation columns, in both languages (UI strings, from Paraglide). */
import { m } from '$lib/paraglide/messages';
import type { ColumnLabel } from '$lib/network/network-model';

export const columnLabel: ColumnLabel = (g) =>
	g
		? { en: m.gen_n({ n: g }, { locale: 'en' }), zh: m.gen_n({ n: g }, { locale: 'zh' }) }
		: { en: m.other_column({}, { locale: 'en' }), zh: m.other_column({}, { locale: 'zh' }) };
