/**
 * The charts as (component, props) for a locale: one place used by the charts page, embeds, story
 * steps, slide images and the server-rendered SVG downloads, so all show the same thing.
 */
import type { Component, ComponentProps } from 'svelte';
import { m } from '$lib/paraglide/messages';
import type { Atlas } from '$lib/domain/types';
import type { Locale } from '$lib/domain/text';
import { frequencyRows, sensitivityMatrix } from '$lib/domain/charts';
import { shareRows, trialRows } from '$lib/domain/chart-trials';
import FrequencyChart from './FrequencyChart.svelte';
import SensitivityMatrix from './SensitivityMatrix.svelte';
import TrialChart from './TrialChart.svelte';
import ShareChart from './ShareChart.svelte';
import type LollipopChart from './LollipopChart.svelte';
import { lollipopSpec } from './lollipop-spec';
import type { LegendItem } from './legend';
import type { ChartPlacement } from './chart-props';
import { CHART_COLOUR, genColour, STATUS_FILL, STATUS_GLYPH } from './palette';
import { shareClasses } from '$lib/domain/vocabulary';

import { CHART_NAMES, type ChartName } from '$lib/domain/constants';
import { formatRange } from '$lib/domain/format';
export { CHART_NAMES, type ChartName };

const SENS = {
	sensitive: m.sens_sensitive,
	resistant: m.sens_resistant,
	conflicting: m.sens_conflicting,
	'not-found': m.sens_not_found,
	none: m.sens_none
};

/** Each chart's component. */
interface ChartComponents {
	frequency: typeof FrequencyChart;
	sensitivity: typeof SensitivityMatrix;
	trials: typeof TrialChart;
	shares: typeof ShareChart;
	lollipop: typeof LollipopChart;
}

/**
 * Chart `N`'s props as its spec gives them: all but what the place sets (`ChartPlacement`), with
 * the chart's own legend and footer (an export replaces them).
 */
type ChartData<N extends ChartName> = Omit<
	ComponentProps<ChartComponents[N]>,
	Exclude<keyof ChartPlacement, 'legend' | 'footer'>
>;

interface ChartSpecOf<N extends ChartName> {
	name: N;
	title: string;
	/** the same numbers as a table */
	table: { columns: string[]; rows: string[][] };
	/** drawn with `props` and what the place adds */
	component: Component<ChartData<N> & ChartPlacement>;
	props: ChartData<N>;
	/** one item per colour or glyph code the chart shows (also in `props.legend`) */
	legend: LegendItem[];
}

/**
 * The spec of chart `N`; `ChartSpec` alone is any chart's (a union on `name`). Where `N` is a type
 * parameter, TypeScript knows `component` and `props` belong together, so a component or function
 * generic in `N` draws any spec checked: `<spec.component {...spec.props} {width} {selected} />`
 * (`SpecChart.svelte`, `drawnChart`, the server's `chartSvg`).
 */
export type ChartSpec<N extends ChartName = ChartName> = { [K in ChartName]: ChartSpecOf<K> }[N];

/** Generation swatches for the generations shown, in order. */
function generationKey(gens: (number | null)[], o: { locale: Locale }): LegendItem[] {
	return [...new Set(gens)]
		.sort((a, b) => (a ?? 9) - (b ?? 9))
		.map((g) => ({
			label: g ? m.gen_n({ n: g }, o) : m.gen_none({}, o),
			swatch: { shape: 'rect', fill: genColour(g) }
		}));
}
const rangeKey = (o: { locale: Locale }): LegendItem => ({
	label: m.chart_legend_range({}, o),
	swatch: { shape: 'rect', fill: '#999999', opacity: 0.55, stroke: '#777777' }
});

/** The spec with its legend in the chart's props too. */
function withLegend<N extends ChartName>(
	spec: Omit<ChartSpecOf<N>, 'legend'>,
	legend: LegendItem[]
): ChartSpecOf<N> {
	return { ...spec, legend, props: { ...spec.props, legend } };
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
		const legend = [
			...generationKey(
				rows.map((r) => r.generation),
				o
			),
			...(rows.some((r) => r.low !== undefined) ? [rangeKey(o)] : [])
		];
		return withLegend(
			{
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
						`${formatRange(r)}%`,
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
					describe: (r) =>
						`${r.mechanismLabel} · ${r.label}: ${formatRange(r)}%${r.denominator ? ` (n = ${r.denominator})` : ''} · ${r.source}`
				}
			},
			legend
		);
	}
	if (name === 'sensitivity') {
		const title = m.chart_matrix_title({}, o);
		const matrix = sensitivityMatrix(atlas, locale);
		const shown = new Set(matrix.cells.map((c) => c.status));
		const legend: LegendItem[] = [
			...(['sensitive', 'resistant', 'conflicting', 'none'] as const)
				.filter((k) => shown.has(k))
				.map((k): LegendItem => ({
					label: SENS[k]({}, o),
					swatch: { shape: 'glyph', fill: STATUS_FILL[k], glyph: STATUS_GLYPH[k] }
				})),
			...(matrix.cells.some((c) => c.level)
				? [
						{
							label: m.chart_legend_level({}, o),
							swatch: { shape: 'glyph', fill: '#ffffff', glyph: 'A' } as const
						}
					]
				: []),
			...generationKey(
				matrix.cols.map((c) => c.generation),
				o
			)
		];
		return withLegend(
			{
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
					describe: (c) =>
						`${label(c.row)} × ${label(c.col)}: ${SENS[c.status]({}, o)}${c.level ? `, ${m.level_short({ level: c.level }, o)}` : ''}`
				}
			},
			legend
		);
	}
	if (name === 'trials') {
		const title = m.chart_trials_title({}, o);
		const rows = trialRows(atlas, locale);
		const has = (k: string) => rows.some((r) => r.measure === k && r.value !== null);
		const legend: LegendItem[] = [
			...generationKey(
				rows.map((r) => r.generation),
				o
			),
			...(has('mPFS')
				? [
						{
							label: m.chart_legend_mpfs({}, o),
							swatch: { shape: 'circle', fill: '#555555' }
						} as const
					]
				: []),
			...(rows.some((r) => r.ciLow !== undefined)
				? [
						{
							label: m.chart_legend_ci({}, o),
							swatch: { shape: 'line', stroke: '#333333' }
						} as const
					]
				: []),
			...(has('ORR')
				? [{ label: 'ORR', swatch: { shape: 'circle', fill: '#555555' } } as const]
				: []),
			...(has('iORR')
				? [{ label: 'iORR', swatch: { shape: 'diamond', stroke: '#555555' } } as const]
				: [])
		];
		return withLegend(
			{
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
					describe: (r) =>
						`${r.drugLabel} · ${r.trialLabel} · ${r.measure}: ${r.value === null ? m.chart_nr({}, o) : `${r.qualifier ?? ''}${r.value}${r.unit === '%' ? '%' : ` ${r.unit}`}`}${r.ciLow !== undefined ? ` (95% CI ${r.ciLow}–${r.ciHigh})` : ''}`
				}
			},
			legend
		);
	}
	const title = m.chart_shares_title({}, o);
	const rows = shareRows(atlas, locale);
	// the atlas's own classes (atlas.yaml `share_classes`): label and colour
	const classes = new Map(shareClasses(atlas.meta).map((c) => [c.id, c]));
	const classLabel = (c: string) => classes.get(c)?.label[locale] ?? c;
	const classColour = (c: string) => CHART_COLOUR[classes.get(c)?.colour ?? 'grey'];
	const legend: LegendItem[] = [
		...[...new Set(rows.map((r) => r.class))].map((c): LegendItem => ({
			label: classLabel(c),
			swatch: { shape: 'rect', fill: classColour(c) }
		})),
		...(rows.some((r) => r.low !== r.high) ? [rangeKey(o)] : [])
	];
	return withLegend(
		{
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
					classLabel(r.class),
					r.setting,
					r.of,
					`${formatRange(r)}%`,
					r.source
				])
			},
			component: ShareChart,
			props: {
				rows,
				title,
				axisLabel: m.chart_shares_axis({}, o),
				classLabel,
				classColour,
				sourceLabel: src,
				footer: footer(title),
				describe: (r) =>
					`${classLabel(r.class)} · ${r.setting}: ${formatRange(r)}% (${r.of}) · ${src(r.source)}`
			}
		},
		legend
	);
}
