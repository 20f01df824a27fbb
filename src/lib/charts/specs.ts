/**
 * The four charts as (component, props) for a locale: one place used by the charts page, the
 * drawer and the server-rendered SVG downloads, so all show the same thing.
 */
import type { Component } from 'svelte';
import { m } from '$lib/paraglide/messages';
import type { Atlas } from '$lib/model/types';
import type { Locale } from '$lib/model/text';
import { frequencyRows, sensitivityMatrix, type MatrixCell } from '$lib/model/charts';
import { shareRows, trialRows } from '$lib/model/chart-trials';
import FrequencyChart from './FrequencyChart.svelte';
import SensitivityMatrix from './SensitivityMatrix.svelte';
import TrialChart from './TrialChart.svelte';
import ShareChart from './ShareChart.svelte';
import { lollipopSpec } from './lollipop-spec';

export const CHART_NAMES = ['frequency', 'sensitivity', 'trials', 'shares', 'lollipop'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const SHARE: Record<string, (p: object, o: { locale: Locale }) => string> = {
	'alk-dependent': m.share_alk_dependent,
	'alk-independent': m.share_alk_independent,
	'kinase-domain-mutations': m.share_kinase_domain_mutations,
	'alk-amplification': m.share_alk_amplification,
	bypass: m.share_bypass,
	pharmacologic: m.share_pharmacologic
};
const SENS = {
	sensitive: m.sens_sensitive,
	resistant: m.sens_resistant,
	conflicting: m.sens_conflicting,
	'not-found': m.sens_not_found,
	none: m.sens_none
};

export interface ChartSpec {
	name: ChartName;
	title: string;
	/** the same numbers as a table */
	table: { columns: string[]; rows: string[][] };
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	props: Record<string, unknown>;
}

/** Props of one chart; `width` and selection are added by the caller. */
export function chartSpec(
	name: ChartName,
	atlas: Atlas,
	locale: Locale,
	release: string
): ChartSpec {
	const o = { locale };
	const label = (id: string) => atlas.nodes.find((n) => n.id === id)?.label[locale] ?? id;
	const gen = (g: number | null) => (g ? m.gen_label({ n: g }, o) : m.gen_none({}, o));
	const src = (s: string) => s;
	const footer = (title: string) => m.cite_line({ version: release, title }, o);
	if (name === 'lollipop') return lollipopSpec(atlas, locale, release);
	if (name === 'frequency') {
		const title = m.chart_frequency_title({}, o);
		const rows = frequencyRows(atlas, locale);
		return {
			name,
			title,
			table: {
				columns: [
					m.col_mechanism({}, o),
					m.col_drug({}, o),
					m.col_value({}, o),
					m.col_n({}, o),
					m.col_source({}, o)
				],
				rows: rows.map((r) => [
					r.mechanismLabel,
					`${r.label} (${gen(r.generation)})`,
					`${r.low !== undefined ? `${r.low}–${r.high}` : r.value}%`,
					r.denominator ? String(r.denominator) : '',
					r.source
				])
			},
			component: FrequencyChart,
			props: {
				rows,
				title,
				axisLabel: m.chart_frequency_axis({}, o),
				genLabel: gen,
				footer: footer(title),
				describe: (r: {
					mechanismLabel: string;
					label: string;
					low?: number;
					high?: number;
					value: number;
					denominator?: number;
					source: string;
				}) =>
					`${r.mechanismLabel} · ${r.label}: ${r.low !== undefined ? `${r.low}–${r.high}` : r.value}%${r.denominator ? ` (n = ${r.denominator})` : ''} · ${r.source}`
			}
		};
	}
	if (name === 'sensitivity') {
		const title = m.chart_matrix_title({}, o);
		const matrix = sensitivityMatrix(atlas, locale);
		return {
			name,
			title,
			table: {
				columns: [
					m.col_alteration({}, o),
					m.col_drug({}, o),
					m.col_status({}, o),
					m.ev_level({}, o)
				],
				rows: matrix.cells
					.filter((c) => c.status !== 'none')
					.map((c) => [label(c.row), label(c.col), SENS[c.status]({}, o), c.level ?? ''])
			},
			component: SensitivityMatrix,
			props: {
				matrix,
				title,
				footer: footer(title),
				describe: (c: MatrixCell) =>
					`${label(c.row)} × ${label(c.col)}: ${SENS[c.status]({}, o)}${c.level ? `, ${m.level_short({ level: c.level }, o)}` : ''}`
			}
		};
	}
	if (name === 'trials') {
		const title = m.chart_trials_title({}, o);
		const rows = trialRows(atlas, locale);
		return {
			name,
			title,
			table: {
				columns: [
					m.col_drug({}, o),
					m.col_trial({}, o),
					m.col_measure({}, o),
					m.col_value({}, o),
					m.col_ci({}, o)
				],
				rows: rows.map((r) => [
					`${r.drugLabel} (${gen(r.generation)})`,
					r.trialLabel,
					r.measure,
					r.value === null
						? m.chart_nr({}, o)
						: `${r.qualifier ?? ''}${r.value}${r.unit === '%' ? '%' : ''}`,
					r.ciLow !== undefined ? `${r.ciLow}–${r.ciHigh}` : ''
				])
			},
			component: TrialChart,
			props: {
				rows,
				title,
				pfsAxis: m.chart_trials_pfs({}, o),
				orrAxis: m.chart_trials_orr({}, o),
				nrLabel: m.chart_nr({}, o),
				footer: footer(title),
				describe: (r: {
					drugLabel: string;
					trialLabel: string;
					measure: string;
					value: number | null;
					unit: string;
					ciLow?: number;
					ciHigh?: number;
					qualifier?: string;
				}) =>
					`${r.drugLabel} · ${r.trialLabel} · ${r.measure}: ${r.value === null ? m.chart_nr({}, o) : `${r.qualifier ?? ''}${r.value}${r.unit === '%' ? '%' : ` ${r.unit}`}`}${r.ciLow !== undefined ? ` (95% CI ${r.ciLow}–${r.ciHigh})` : ''}`
			}
		};
	}
	const title = m.chart_shares_title({}, o);
	const rows = shareRows(atlas, locale);
	return {
		name,
		title,
		table: {
			columns: [
				m.col_class({}, o),
				m.col_setting({}, o),
				m.col_of({}, o),
				m.col_value({}, o),
				m.col_source({}, o)
			],
			rows: rows.map((r) => [
				SHARE[r.class]?.({}, o) ?? r.class,
				r.setting,
				r.of,
				`${r.low === r.high ? r.high : `${r.low}–${r.high}`}%`,
				r.source
			])
		},
		component: ShareChart,
		props: {
			rows,
			title,
			axisLabel: m.chart_shares_axis({}, o),
			classLabel: (c: string) => SHARE[c]?.({}, o) ?? c,
			sourceLabel: src,
			footer: footer(title),
			describe: (r: {
				class: string;
				setting: string;
				of: string;
				low: number;
				high: number;
				source: string;
			}) =>
				`${SHARE[r.class]?.({}, o)} · ${r.setting}: ${r.low === r.high ? r.high : `${r.low}–${r.high}`}% (${r.of}) · ${src(r.source)}`
		}
	};
}
