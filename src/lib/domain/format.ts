/**
 * Figures as text, in either language. Pure.
 */
import type { Figure } from './types';
import type { Locale } from './text';

const UNIT: Record<string, { en: string; zh: string }> = {
	'%': { en: '%', zh: '%' },
	months: { en: ' months', zh: ' 个月' },
	weeks: { en: ' weeks', zh: ' 周' },
	years: { en: ' years', zh: ' 年' },
	count: { en: '', zh: '' },
	patients: { en: ' patients', zh: ' 例' },
	samples: { en: ' samples', zh: ' 份样本' },
	cases: { en: ' cases', zh: ' 例' },
	cycles: { en: ' cycles', zh: ' 个周期' },
	ratio: { en: '', zh: '' },
	'p-value': { en: '', zh: '' },
	fold: { en: '×', zh: ' 倍' },
	nM: { en: ' nM', zh: ' nM' },
	reports: { en: ' reports', zh: ' 篇' }
};

const NR = { en: 'not reached', zh: '未达到' };

/**
 * A range as printed (`20–30`; ends that agree, one number), else the value (`43`): a chart row's
 * `value` stands for its range, so the range wins. The charts, their tables, the network's edge
 * labels and the evidence figures write numbers through this.
 */
export function formatRange(r: { value?: number | null; low?: number; high?: number }): string {
	if (r.low !== undefined && r.high !== undefined)
		return r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`;
	return r.value === undefined || r.value === null ? '' : `${r.value}`;
}

/** e.g. `43%`, `20–30%`, `10.9 months (95% CI 8.3–13.9)`, `12% (n = 52)`, `HR 0.33`, `P = 0.019`. */
export function formatFigure(f: Figure, locale: Locale): string {
	const u = UNIT[f.unit]?.[locale] ?? ` ${f.unit}`;
	let core: string;
	if (f.not_reached) core = NR[locale];
	else if (f.value !== undefined) core = `${f.value}${u}`;
	else core = `${formatRange(f)}${u}`;
	if (f.unit === 'p-value' && !f.not_reached) core = `P = ${f.value ?? formatRange(f)}`;
	if (f.unit === 'ratio' && f.measure && !f.not_reached) core = `${f.measure} ${core}`;
	if (f.qualifier && !f.not_reached)
		core =
			f.unit === 'p-value' ? core.replace('P = ', `P ${f.qualifier} `) : `${f.qualifier} ${core}`;
	const parts = [core];
	if (f.ci_low !== undefined || f.ci_high !== undefined || f.ci_high_not_reached) {
		const hi = f.ci_high_not_reached ? NR[locale] : f.ci_high;
		parts.push(`(${f.ci_level ?? 95}% CI ${f.ci_low}–${hi})`);
	}
	if (f.numerator !== undefined && f.denominator !== undefined)
		parts.push(`(${f.numerator}/${f.denominator})`);
	else if (f.denominator !== undefined) parts.push(`(n = ${f.denominator})`);
	return parts.join(' ');
}
