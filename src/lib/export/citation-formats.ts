/**
 * BibTeX and RIS from CSL-JSON items, written so that no field can leave its place: every BibTeX
 * value is escaped (braces, backslash and TeX specials; URLs and DOIs percent-encoded), every RIS
 * value is one line. Text is kept as Unicode (Chinese titles survive). Pure.
 */

export interface CslName {
	family?: string;
	given?: string;
	literal?: string;
}
export interface CslItem {
	id: string;
	type: string;
	title: string;
	author?: CslName[];
	'container-title'?: string;
	issued?: { 'date-parts': number[][] };
	volume?: string;
	issue?: string;
	page?: string;
	DOI?: string;
	PMID?: string;
	URL?: string;
	note?: string;
}

/**
 * Line breaks (any kind), tabs and other control characters become a space, and runs of white
 * space one space (as TeX reads them anyway).
 */
export function oneLine(s: string): string {
	// eslint-disable-next-line no-control-regex
	return s.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

const TEX: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}'
};

/**
 * A BibTeX field value: braces always balanced, TeX specials escaped, TeX ligatures (`--`, ` `` `,
 * `''`) broken with `{}` so they read back as typed, one line.
 */
export function bibText(s: string): string {
	return oneLine(s)
		.replace(/[\\{}&%$#_^~]/g, (c) => TEX[c])
		.replace(/([-`'])(?=\1)/g, '$1{}');
}

/** URLs and DOIs stay verbatim for biblatex: only characters that could break the field are encoded. */
export function bibVerbatim(s: string): string {
	return oneLine(s).replace(
		/[{}\\%#\s"]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
	);
}

/** A citation key: the source id (kebab ASCII), anything else replaced. */
const bibKey = (id: string) => id.replace(/[^A-Za-z0-9_:.-]/g, '-') || 'source';

function bibName(n: CslName): string {
	if (n.literal !== undefined) return `{${bibText(n.literal)}}`;
	const family = bibText(n.family ?? '');
	return n.given ? `{${family}}, ${bibText(n.given)}` : `{${family}}`;
}

const year = (c: CslItem) => c.issued?.['date-parts'][0]?.[0];

export function toBibtex(items: CslItem[]): string {
	return items
		.map((c) => {
			const type = c.type === 'article-journal' ? 'article' : 'misc';
			const f: [string, string | undefined][] = [
				['title', bibText(c.title)],
				['author', c.author?.map(bibName).join(' and ')],
				['journal', c['container-title'] && bibText(c['container-title'])],
				['year', year(c) !== undefined ? String(year(c)) : undefined],
				['volume', c.volume && bibText(c.volume)],
				['number', c.issue && bibText(c.issue)],
				['pages', c.page && bibText(c.page).replace(/(\d)\s*[-–]\s*(\d)/g, '$1--$2')],
				['doi', c.DOI && bibVerbatim(c.DOI)],
				['pmid', c.PMID && bibText(c.PMID)],
				['url', c.URL && bibVerbatim(c.URL)],
				['note', c.note && bibText(c.note)]
			];
			const body = f
				.filter(([, v]) => v)
				.map(([k, v]) => `\t${k} = {${v}},`)
				.join('\n');
			return `@${type}{${bibKey(c.id)},\n${body}\n}\n`;
		})
		.join('\n');
}

function risName(n: CslName): string {
	if (n.literal !== undefined) return oneLine(n.literal);
	return oneLine(n.given ? `${n.family ?? ''}, ${n.given}` : (n.family ?? ''));
}

export function toRis(items: CslItem[]): string {
	return items
		.map((c) => {
			const type = c.type === 'article-journal' ? 'JOUR' : c.type === 'webpage' ? 'ELEC' : 'GEN';
			const [sp, ep] = (c.page ?? '').split(/\s*[-–]\s*/);
			const f: [string, string | undefined][] = [
				['TY', type],
				['ID', c.id],
				['TI', c.title],
				...(c.author ?? []).map((a): [string, string] => ['AU', risName(a)]),
				['T2', c['container-title']],
				['PY', year(c) !== undefined ? String(year(c)) : undefined],
				['VL', c.volume],
				['IS', c.issue],
				['SP', sp || undefined],
				['EP', ep || undefined],
				['DO', c.DOI],
				['AN', c.PMID],
				['UR', c.URL],
				['N1', c.note]
			];
			const lines = f
				.map(([k, v]) => [k, v === undefined ? '' : oneLine(v)])
				.filter(([, v]) => v)
				.map(([k, v]) => `${k}  - ${v}`);
			return `${lines.join('\n')}\nER  - \n`;
		})
		.join('\n');
}
