/** "Paste your variants": table-driven cases and properties against the real ALK atlas. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadAllAtlases } from '../../src/lib/server/load-atlas';
import { parseVariants, tokens } from '../../src/lib/domain/variants';
import { DEFAULT_VIEW, parseView, serializeView } from '../../src/lib/domain/view-state';

const atlas = loadAllAtlases().find((a) => a.meta.id === 'alk-nsclc')!;
const parse = (s: string) => parseVariants(s, atlas.nodes);
const only = (s: string) => {
	const r = parse(s);
	expect(r.lines).toHaveLength(1);
	return r.lines[0];
};

describe('variant parser: one line', () => {
	it.each([
		['G1202R', 'alk-g1202r'],
		['g1202r', 'alk-g1202r'],
		['ALK G1202R', 'alk-g1202r'],
		['ALK: p.G1202R', 'alk-g1202r'],
		['p.G1202R', 'alk-g1202r'],
		['p.Gly1202Arg', 'alk-g1202r'],
		['p.(Gly1202Arg)', 'alk-g1202r'],
		['ALK p.Leu1196Met', 'alk-l1196m'],
		['Ｇ１２０２Ｒ', 'alk-g1202r'],
		['1151Tins', 'alk-i1151tins'],
		['I1171X', 'alk-i1171x'],
		['I1171T/N/S', 'alk-i1171x'],
		['G1202R/L1196M', 'alk-g1202r-l1196m'],
		['L1196M/G1202R', 'alk-g1202r-l1196m'],
		['p.Gly1202Arg/p.Leu1196Met', 'alk-g1202r-l1196m'],
		['EML4-ALK v3', 'eml4-alk-v3'],
		['EML4-ALK variant 3', 'eml4-alk-v3'],
		['V3', 'eml4-alk-v3'],
		['v1', 'eml4-alk-v1'],
		['E6;A20', 'eml4-alk-v3'],
		['E6; A20', 'eml4-alk-v3'],
		['E6；A20', 'eml4-alk-v3'],
		['MET amp', 'met-amplification'],
		['MET amplification', 'met-amplification'],
		['MET 扩增', 'met-amplification'],
		['MET基因扩增', 'met-amplification'],
		['ALK amp', 'alk-amplification'],
		['KRAS G12C', 'kras-mutation'],
		['EGFR L858R', 'egfr-mutation'],
		['小细胞肺癌转化', 'sclc-transformation'],
		['上皮间质转化', 'emt'],
		['P-糖蛋白', 'pgp-overexpression'],
		['HIP1-ALK', 'hip1-alk']
	])('%s → %s', (input, id) => {
		const l = only(input);
		expect(l.reason).toBeUndefined();
		expect(l.ids).toEqual([id]);
	});

	it.each([
		['c.3604G>A', 'cdna'],
		['ALK c.3604G>A', 'cdna'],
		['A1202R', 'unknown-residue'],
		['G3800R', 'unknown-residue'],
		['G1202K', 'not-in-atlas'],
		['I1171V', 'not-in-atlas'],
		['G1202R/L1152R', 'not-in-atlas'],
		['MET Y1003F', 'not-in-atlas'],
		['BRAF V600E', 'not-in-atlas'],
		['ROS1 amp', 'not-in-atlas'],
		['EML4-ALK v9', 'not-in-atlas'],
		['hello', 'not-in-atlas'],
		['阿来替尼', 'drug'],
		['lorlatinib', 'drug'],
		['培美曲塞', 'ambiguous'],
		['ALK', 'ignored'],
		['12.5%', 'ignored'],
		['Variant', 'ignored']
	])('%s is not recognised: %s', (input, reason) => {
		const l = only(input);
		expect(l.reason).toBe(reason);
		expect(parse(input).genotype).toEqual([]);
	});

	it('names the candidates of an ambiguous name and the atlas residue of a near miss', () => {
		// candidates in the atlas's label order (nodes are sorted at build)
		expect(only('培美曲塞').related).toEqual(['pemetrexed', 'pemetrexed-platinum']);
		expect(only('G1202K').related).toEqual(['alk-g1202r']);
		expect(only('A1202R').related).toEqual(['alk-g1202r']);
		expect(only('G1202R/L1152R').related).toEqual(['alk-g1202r', 'alk-l1152r']);
	});
});

describe('variant parser: a paste', () => {
	it('splits on new lines , ; 、 ， ； + and keeps / as a compound', () => {
		const r = parse('G1202R, L1196M; MET amp、KRAS G12C，V3；C1156Y + G1269A\nG1202R/L1196M');
		expect(r.genotype).toEqual([
			'alk-g1202r',
			'alk-l1196m',
			'met-amplification',
			'kras-mutation',
			'eml4-alk-v3',
			'alk-c1156y',
			'alk-g1269a',
			'alk-g1202r-l1196m'
		]);
	});

	it('"+" lists co-occurring alterations and points at the compound the atlas knows', () => {
		const r = parse('G1202R + L1196M');
		expect(r.genotype).toEqual(['alk-g1202r', 'alk-l1196m']);
		expect(r.lines.map((l) => l.related)).toEqual([['alk-g1202r-l1196m'], ['alk-g1202r-l1196m']]);
		expect(parse('EML4-ALK v3 + G1202R/L1196M').genotype).toEqual([
			'eml4-alk-v3',
			'alk-g1202r-l1196m'
		]);
	});

	it('reads a tab-separated lab report: header ignored, gene + change joined, c. beside p. ignored', () => {
		const report = [
			'基因\t氨基酸改变\t核苷酸改变\t丰度',
			'ALK\tp.Gly1202Arg\tc.3604G>A\t12.5%',
			'ALK\tp.L1196M\tc.3586C>A\t3.1%',
			'MET\t扩增\t\t',
			'TP53\tp.R273H\tc.818G>A\t40%'
		].join('\n');
		const r = parse(report);
		expect(r.genotype).toEqual(['alk-g1202r', 'alk-l1196m', 'met-amplification']);
		const bad = r.lines.filter((l) => l.reason && l.reason !== 'ignored');
		expect(bad.map((l) => [l.input, l.reason])).toEqual([['TP53 p.R273H', 'not-in-atlas']]);
	});

	it('reads a fusion row: EML4-ALK<TAB>V3 (E6;A20) is variant 3, not "all variants"', () => {
		const r = parse('EML4-ALK\tV3 (E6;A20)\nG1202R');
		expect(r.genotype).toEqual(['eml4-alk-v3', 'alk-g1202r']);
		expect(parse('EML4-ALK').genotype).toEqual(['eml4-alk']);
		expect(only('V3 (E6;A20)').ids).toEqual(['eml4-alk-v3']);
		expect(only('V1 (E6;A20)')).toMatchObject({
			reason: 'ambiguous',
			related: ['eml4-alk-v1', 'eml4-alk-v3']
		});
	});

	it('reads a CSV column', () => {
		expect(parse('Variant\nG1202R\n"L1196M"\nI1171N').genotype).toEqual([
			'alk-g1202r',
			'alk-i1171n'
		]);
	});

	it('tokens keep E6;A20 whole', () => {
		expect(tokens('E6;A20; G1202R').map((t) => t.text)).toEqual(['E6;A20', 'G1202R']);
	});
});

const GOOD = [
	'G1202R',
	'ALK G1202R',
	'p.Gly1202Arg',
	'G1202R/L1196M',
	'EML4-ALK v3',
	'E6;A20',
	'MET amp',
	'MET 扩增',
	'KRAS G12C',
	'1151Tins',
	'c.3604G>A',
	'A1202R',
	'阿来替尼'
];

describe('variant parser: properties', () => {
	it('never throws, and every line is recognised or has a reason', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (s) => {
				const r = parseVariants(s, atlas.nodes);
				for (const l of r.lines) expect(l.ids.length > 0 || !!l.reason).toBe(true);
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(fc.constantFrom(...GOOD, ',', ';', '+', '/', '\t', '\n', '、', ' '), fc.string())
				),
				(parts) => {
					expect(() => parseVariants(parts.join(''), atlas.nodes)).not.toThrow();
				}
			),
			{ numRuns: 300 }
		);
	});

	it('whitespace and case do not matter', () => {
		const sep = fc.constantFrom(',', ';', '+', '\n', '、', '，', '；');
		const pad = fc.constantFrom('', ' ', '  ', '\t ', '\u3000');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...GOOD), sep, pad, pad, fc.boolean()), {
					minLength: 1,
					maxLength: 6
				}),
				(items) => {
					const plain = items.map(([g]) => g).join('\n');
					const messy = items
						.map(([g, s, a, b, up]) => `${a}${up ? g.toUpperCase() : g.toLowerCase()}${b}${s}`)
						.join('');
					expect(parse(messy).genotype).toEqual(parse(plain).genotype);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('the recognised genotype round-trips through the URL', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...GOOD), { maxLength: 8 }), (items) => {
				const { genotype } = parse(items.join('\n'));
				const url = serializeView({ ...DEFAULT_VIEW, geno: genotype });
				expect(parseView(new URLSearchParams(url), atlas).view.geno).toEqual(genotype);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('paste → answer', () => {
	it('a pasted report answers like the checkboxes; a fusion variant does not veto it', async () => {
		const { activityFor } = await import('../../src/lib/domain/activity');
		const { genotype } = parse('EML4-ALK v3 + G1202R/L1196M');
		const verdict = (ids: string[]) =>
			Object.fromEntries(activityFor(atlas, ids).map((d) => [d.drug, d.activity]));
		expect(verdict(genotype)).toEqual(verdict(['alk-g1202r-l1196m']));
		expect(verdict(genotype)).toMatchObject({
			'nvl-655': 'active',
			'tpx-0131': 'active',
			lorlatinib: 'inactive'
		});
	});
});
