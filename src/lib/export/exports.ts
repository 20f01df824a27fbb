/**
 * Open exports of an atlas: Cytoscape.js JSON, GraphML and CSV tables. Pure (strings in, strings out);
 * the build writes them to build/data/ through prerendered endpoints.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Atlas, Evidence, Figure } from '../domain/types';
import { edgeFrequency } from '../network/elements';
import { formatFigure } from '../domain/format';

/** `{ elements: { nodes, edges } }` as Cytoscape desktop and cytoscape.js read it. */
export function toCyjs(atlas: Atlas, release: string) {
	const ev = new Map(atlas.evidence.map((e) => [e.id, e]));
	return {
		format_version: '1.0',
		generated_by: 'Resistance Atlas',
		target_cytoscapejs_version: '~3',
		data: {
			name: atlas.meta.title.en,
			name_zh: atlas.meta.title.zh,
			release,
			licence: 'CC BY 4.0'
		},
		elements: {
			nodes: atlas.nodes.map((n) => ({
				data: {
					id: n.id,
					label: n.label.en,
					label_zh: n.label.zh,
					kind: n.kind,
					...(n.group ? { parent: n.group } : {}),
					...(n.kind === 'group' && n.parent ? { parent: n.parent } : {}),
					aliases: n.aliases,
					evidence: n.evidence
				}
			})),
			edges: atlas.relations.map((r) => {
				const f = edgeFrequency(r, ev);
				return {
					data: {
						id: r.id,
						source: r.from,
						target: r.to,
						relation: r.type,
						...(r.context ? { context: r.context } : {}),
						// negative evidence: looked for and not found
						...(r.negative ? { negative: true } : {}),
						evidence: r.evidence,
						...(f.frequency ? { frequency: f.frequency } : {}),
						figures: f.figures.map((x) => figureText(x))
					}
				};
			})
		}
	};
}

function figureText(f: Figure): string {
	return `${f.measure}${f.arm ? ` [${f.arm}]` : ''}: ${formatFigure(f, 'en')}`;
}

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML with node and edge attributes declared as keys. */
export function toGraphML(atlas: Atlas, release: string): string {
	const keys = [
		['label', 'node'],
		['label_zh', 'node'],
		['kind', 'node'],
		['group', 'node'],
		['relation', 'edge'],
		['context', 'edge'],
		['negative', 'edge'],
		['evidence', 'edge']
	];
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		...keys.map(([k, f]) => `  <key id="${k}" for="${f}" attr.name="${k}" attr.type="string"/>`),
		`  <graph id="${xml(atlas.meta.id)}" edgedefault="directed">`,
		`    <desc>${xml(`${atlas.meta.title.en} — release ${release} — CC BY 4.0`)}</desc>`
	];
	const data = (k: string, v: string | undefined) => (v ? `<data key="${k}">${xml(v)}</data>` : '');
	for (const n of atlas.nodes)
		lines.push(
			`    <node id="${xml(n.id)}">${data('label', n.label.en)}${data('label_zh', n.label.zh)}${data('kind', n.kind)}${data('group', n.group)}</node>`
		);
	for (const r of atlas.relations)
		lines.push(
			`    <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}">${data('relation', r.type)}${data('context', r.context)}${data('negative', r.negative ? 'true' : undefined)}${data('evidence', r.evidence.join(' '))}</edge>`
		);
	lines.push('  </graph>', '</graphml>', '');
	return lines.join('\n');
}

/**
 * A cell that a spreadsheet would read as a formula is prefixed with `'`: one starting with
 * = + - @ (or their full-width forms ＝ ＋ － ＠), also after leading white space (space, NBSP,
 * ideographic space, BOM), or starting with a tab, CR or LF.
 */
export function safeCell(v: unknown): string {
	const s = v === undefined || v === null ? '' : String(v);
	return FORMULA.test(s) ? `'${s}` : s;
}
const FORMULA = /^(?:[\t\r\n]|[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

function csv(header: string[], rows: unknown[][]): string {
	return csvFormatRows([header, ...rows.map((r) => r.map(safeCell))]) + '\n';
}

export function nodesCsv(atlas: Atlas): string {
	return csv(
		['id', 'kind', 'label', 'label_zh', 'group', 'aliases', 'evidence'],
		atlas.nodes.map((n) => [
			n.id,
			n.kind,
			n.label.en,
			n.label.zh,
			n.group ?? '',
			n.aliases.join('; '),
			n.evidence.join(' ')
		])
	);
}

export function edgesCsv(atlas: Atlas): string {
	return csv(
		['id', 'source', 'relation', 'target', 'context', 'negative', 'evidence'],
		atlas.relations.map((r) => [
			r.id,
			r.from,
			r.type,
			r.to,
			r.context ?? '',
			r.negative ? 'true' : '',
			r.evidence.join(' ')
		])
	);
}

export function evidenceCsv(atlas: Atlas): string {
	const src = new Map(atlas.sources.map((s) => [s.id, s]));
	const ids = (e: Evidence, k: 'doi' | 'pmid' | 'nct') =>
		[e.source, ...e.cites]
			.map((id) => src.get(id)?.[k])
			.filter(Boolean)
			.join(' ');
	return csv(
		[
			'id',
			'claim',
			'claim_zh',
			'figures',
			'source',
			'cites',
			'doi',
			'pmid',
			'nct',
			'study_type',
			'level',
			'direction',
			'conflicts_with',
			'quote',
			'misprint_as_printed',
			'misprint_corrected'
		],
		atlas.evidence.map((e) => [
			e.id,
			e.claim.en,
			e.claim.zh,
			e.figures.map(figureText).join('; '),
			e.source,
			e.cites.join(' '),
			ids(e, 'doi'),
			ids(e, 'pmid'),
			ids(e, 'nct'),
			e.study_type,
			e.level,
			e.direction,
			e.conflicts_with.join(' '),
			e.quote,
			e.misprint?.as_printed ?? '',
			e.misprint ? (e.misprint.corrected ?? '(unknown)') : ''
		])
	);
}
