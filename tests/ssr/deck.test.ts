/** The deck model: which slides a story makes, their texts and speaker notes, in either language. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas, loadRelease } from '../../src/lib/server/load-atlas';
import { buildDeck, sourceLine } from '../../src/lib/export/deck';
import type { Locale } from '../../src/lib/domain/text';

const data = resolve(__dirname, '../../graph-data');
const atlas = loadAtlas('alk-nsclc', data);
const release = loadRelease(data).version;
const deck = (id: string, locale: Locale = 'en') =>
	buildDeck({
		atlas,
		story: atlas.stories.find((s) => s.id === id)!,
		locale,
		release,
		stepLink: (n) => `https://atlas.example/stories/${id}?step=${n}`,
		storyLink: `https://atlas.example/stories/${id}`,
		name: `resistance-atlas-${id}`
	});

describe('deck model', () => {
	it('a story without questions: title, one slide per step, sources', () => {
		const story = atlas.stories.find((s) => s.id === 'arms-race')!;
		const d = deck('arms-race');
		expect(d.slides.map((s) => s.kind)).toEqual([
			'title',
			...story.steps.map(() => 'step'),
			'sources'
		]);
		expect(d.fileName).toBe('resistance-atlas-arms-race-en.pptx');
		expect(d.images).toEqual(story.steps.map((_, i) => i + 1));
		const s3 = d.slides[3];
		expect(s3.kind === 'step' && s3.link).toBe('https://atlas.example/stories/arms-race?step=3');
		expect(s3.kind === 'step' && s3.caption).toBe(story.steps[2].caption.en);
	});

	it('a question step is two slides: the question, then the answer', () => {
		const story = atlas.stories.find((s) => s.id === 'predict-next')!;
		const questions = story.steps.filter((s) => s.question).length;
		expect(questions).toBeGreaterThanOrEqual(6);
		const d = deck('predict-next');
		expect(d.slides).toHaveLength(story.steps.length + questions + 2);
		const q = d.slides[1];
		const a = d.slides[2];
		expect(q.kind).toBe('question');
		expect(a.kind).toBe('answer');
		if (q.kind !== 'question' || a.kind !== 'answer') return;
		expect(q.options.map((o) => `${o.letter} ${o.label}`)).toEqual([
			'A L1196M',
			'B G1202R',
			'C G1269A',
			'D MET amplification'
		]);
		// the answer is in the lecturer's notes, not on the audience's question slide
		expect(q.notes).toBe('Answer: A, C');
		expect(a.options.filter((o) => o.correct).map((o) => o.letter)).toEqual(['A', 'C']);
		expect(a.explanation).toContain('L1196M (7%) and G1269A (4%)');
	});

	it('speaker notes carry claim, verbatim quote, level and the source with its DOI', () => {
		const d = deck('arms-race');
		const s = d.slides.find((x) => x.kind === 'step' && x.step === 4)!;
		// ev-g1202r-freq-after-2g: seed 001 (DOI 10.3969/…), citing ref. 25
		expect(s.notes).toContain(
			'After brigatinib, alectinib and ceritinib, G1202R was found in 43%, 29% and 21%'
		);
		expect(s.notes).toContain('“在接受布格替尼、阿来替尼、塞瑞替尼治疗后耐药的患者中');
		expect(s.notes).toContain('[25]');
		expect(s.notes).toContain('Level E (');
		expect(s.notes).toContain('DOI 10.3969/j.issn.2095-1264.2025.01.12');
		expect(s.notes).not.toContain('<sup>');
	});

	it('the sources slide lists each cited document and reference once, with DOI / PMID', () => {
		const d = deck('arms-race');
		const last = d.slides.at(-1)!;
		expect(last.kind).toBe('sources');
		if (last.kind !== 'sources') return;
		expect(new Set(last.entries).size).toBe(last.entries.length);
		// documents (seed texts) first, by id; then the references they cite, by number
		expect(last.entries[0]).toMatch(
			/^DONG Fuyao, PENG Wenying\. .* DOI 10\.3969\/j\.issn\.2095-1264\.2025\.01\.12$/
		);
		expect(last.entries.filter((e) => /^\[\d+\] /.test(e)).length).toBeGreaterThan(5);
		expect(last.entries.filter((e) => / DOI 10\.\d+\//.test(e)).length).toBeGreaterThan(5);
	});

	it('notes name the trials an evidence item is about, with the NCT number', () => {
		const trial = atlas.nodes.find((n) => n.kind === 'trial' && n.nct)!;
		const rel = atlas.relations.find((r) => r.to === trial.id || r.from === trial.id)!;
		const story = {
			id: 't',
			title: { en: 'T', zh: 'T' },
			summary: { en: '', zh: '' },
			steps: [
				{
					caption: { en: 'c', zh: 'c' },
					view: '',
					show: 'network' as const,
					fit: [],
					cites: [rel.evidence[0]]
				}
			]
		};
		const d = buildDeck({
			atlas,
			story,
			locale: 'en',
			release,
			stepLink: () => '',
			storyLink: '',
			name: 't'
		});
		expect(d.slides[1].kind === 'step' && d.slides[1].notes).toContain(
			`(${trial.kind === 'trial' && trial.nct})`
		);
	});

	it('the Chinese deck is in Chinese', () => {
		const d = deck('predict-next', 'zh');
		expect(d.fileName).toBe('resistance-atlas-predict-next-zh.pptx');
		expect(d.slides[0].kind === 'title' && d.slides[0].title).toBe('预测下一种耐药');
		const a = d.slides[2];
		expect(a.kind === 'answer' && a.notes).toMatch(/^答案: A, C/);
		expect(a.kind === 'answer' && a.notes).toContain('证据等级 E');
		expect(d.slides.at(-1)!.kind === 'sources' && d.slides.at(-1)!.title).toBe('参考来源');
	});

	it('sourceLine writes authors, journal, year and identifiers', () => {
		expect(
			sourceLine({
				id: 'r',
				type: 'reference',
				title: 'T',
				authors: ['A', 'B', 'C', 'D'],
				journal: 'J',
				year: 2020,
				volume: '3',
				pages: '1-2',
				doi: '10.1/x',
				pmid: '123',
				ref_number: 7
			} as never)
		).toBe('[7] A, B, C et al. T. J 2020;3:1-2. DOI 10.1/x · PMID 123');
	});
});
