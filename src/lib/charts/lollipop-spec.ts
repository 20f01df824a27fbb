/**
 * The lollipop chart as (component, props, table) for a locale, registered in specs.ts like the
 * other charts. The strip reuses the sensitivity matrix's rows.
 */
import { m } from '$lib/paraglide/messages';
import type { Atlas } from '$lib/domain/types';
import type { Locale } from '$lib/domain/text';
import { sensitivityMatrix } from '$lib/domain/charts';
import {
	lollipopModel,
	selectedAlterations,
	stripRows,
	type LollipopArc,
	type LollipopNeedle
} from '$lib/domain/lollipop';
import type { ChartSpec } from './specs';
import type { LollipopText } from './lollipop-layout';
import LollipopChart from './LollipopChart.svelte';

export function lollipopSpec(atlas: Atlas, locale: Locale, release: string): ChartSpec<'lollipop'> {
	const o = { locale };
	const label = (id: string) => atlas.nodes.find((n) => n.id === id)?.label[locale] ?? id;
	const gen = (g: number | null) => (g ? m.gen_label({ n: g }, o) : m.lol_not_stated({}, o));
	const title = m.chart_lollipop_title({}, o);
	const model = lollipopModel(atlas, locale);
	const matrix = sensitivityMatrix(atlas, locale);
	const status = {
		sensitive: m.sens_sensitive({}, o),
		resistant: m.sens_resistant({}, o),
		conflicting: m.sens_conflicting({}, o),
		none: m.sens_none({}, o)
	};
	const text: LollipopText = {
		axis: m.lol_axis({}, o),
		freqAxis: m.lol_freq_axis({}, o),
		nr: m.lol_nr({}, o),
		up: m.lol_up({}, o),
		down: m.lol_down({}, o),
		arcs: m.lol_arcs({}, o),
		strip: (l) => m.lol_strip({ label: l }, o),
		stripEmpty: m.lol_strip_empty({}, o),
		stripNone: m.lol_strip_none({}, o),
		gen,
		emerges: m.lol_emerges({}, o),
		escapes: m.lol_escapes({}, o),
		notStated: m.lol_not_stated({}, o),
		level: m.lol_level({}, o),
		genotype: m.lol_genotype({}, o),
		offScale: (l, position) => m.lol_off_scale({ label: l, position }, o),
		status
	};
	const sep = locale === 'zh' ? '、' : ', ';
	const freq = (n: LollipopNeedle) =>
		n.frequency
			? m.lol_mark_freq(
					{ value: n.frequency.value, drug: n.frequency.drugLabel, source: n.frequency.source },
					o
				)
			: m.lol_nr({}, o);
	const after = (x: LollipopNeedle | LollipopArc) =>
		x.basis === 'emerges'
			? m.lol_mark_after({ list: x.after.join(sep) }, o)
			: x.basis === 'escapes'
				? m.lol_mark_escapes({ gen: gen(x.generation) }, o)
				: m.lol_not_stated({}, o);
	const where = (x: LollipopNeedle | LollipopArc) =>
		'positions' in x
			? m.lol_mark_residues({ list: x.positions.join(' + ') }, o)
			: m.lol_mark_residue({ n: x.position }, o);
	const describe = (x: LollipopNeedle | LollipopArc) =>
		[
			x.label,
			where(x),
			'positions' in x ? null : freq(x),
			after(x),
			x.level ? m.level_short({ level: x.level }, o) : null
		]
			.filter(Boolean)
			.join(' · ');
	return {
		name: 'lollipop',
		title,
		table: {
			columns: [
				m.col_alteration({}, o),
				m.col_residue({}, o),
				m.col_highest({}, o),
				m.col_after({}, o),
				m.ev_level({}, o)
			],
			rows: [...model.needles, ...model.arcs].map((x) => [
				x.label,
				where(x),
				'positions' in x ? '' : freq(x),
				after(x),
				x.level ?? ''
			])
		},
		component: LollipopChart,
		// the lollipop draws its own key (LollipopLegend: shape and colour by generation, level)
		legend: [],
		props: {
			model,
			text,
			title,
			footer: m.cite_line({ version: release, title }, o),
			describe,
			drugLabel: label,
			resolve: (sel: string | null) => selectedAlterations(model, atlas, sel),
			strip: (ids: string[]) => {
				const rows = stripRows(matrix, ids);
				const missing = ids
					.filter((id) => !rows.some((r) => r.id === id))
					.map((id) => ({ id, label: label(id), cells: [] }));
				return [...rows, ...missing];
			}
		}
	};
}
