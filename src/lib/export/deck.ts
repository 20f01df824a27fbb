/**
 * A lecture deck of a story, as data: which slides, their texts, their speaker notes. A title slide,
 * one slide per step (a question step: a question slide, then an answer slide), a closing sources
 * slide. Pure: the images (each step's slide-composed export) and the file format are another
 * module's job (`$lib/export/pptx`), so this is tested in node.
 */
import { m } from '$lib/paraglide/messages';
import { studyLabel } from '$lib/app/labels';
import type { Atlas, Evidence, Source, Story } from '../domain/types';
import { readableQuote, type Locale } from '../domain/text';
import { optionLetter } from '../domain/question';

export interface DeckInput {
	atlas: Atlas;
	story: Story;
	locale: Locale;
	release: string;
	/** the link back to step n (1-based) of the exact view */
	stepLink: (n: number) => string;
	/** the link to the whole story (title slide) */
	storyLink: string;
	/** the deck's file name, without extension */
	name: string;
}

interface Framed {
	/** 1-based step whose slide image this slide shows */
	step: number;
	title: string;
	caption: string;
	/** short link back to the exact view */
	link: string;
	footer: string;
	notes: string;
}
export type DeckSlide =
	| { kind: 'title'; title: string; subtitle: string; lines: string[]; link: string; notes: string }
	| ({ kind: 'step' } & Framed)
	| ({ kind: 'question'; options: { letter: string; label: string }[]; hint: string } & Framed)
	| ({
			kind: 'answer';
			options: { letter: string; label: string; correct: boolean }[];
			explanation: string;
	  } & Framed)
	| { kind: 'sources'; title: string; entries: string[]; notes: string };

export interface Deck {
	title: string;
	locale: Locale;
	fileName: string;
	slides: DeckSlide[];
	/** the steps whose slide images the deck needs (1-based) */
	images: number[];
}

/** "Authors. Title. Journal Year;vol(issue):pages. DOI … · PMID … · NCT …" */
export function sourceLine(s: Source): string {
	const who = s.authors?.length
		? `${s.authors.slice(0, 3).join(', ')}${s.authors.length > 3 ? ' et al' : ''}. `
		: '';
	const where = [
		s.journal,
		s.year,
		s.volume ? `;${s.volume}${s.issue ? `(${s.issue})` : ''}` : '',
		s.pages ? `:${s.pages}` : ''
	]
		.filter((x) => x !== undefined && x !== '')
		.join(' ')
		.replace(/ ;/, ';')
		.replace(/ :/, ':');
	const ids = [
		s.doi && `DOI ${s.doi}`,
		s.pmid && `PMID ${s.pmid}`,
		s.nct && `${s.nct}`,
		!s.doi && !s.pmid && s.url ? s.url : ''
	].filter(Boolean);
	const num = s.ref_number ? `[${s.ref_number}] ` : '';
	return `${num}${who}${s.title}.${where ? ` ${where}.` : ''}${ids.length ? ` ${ids.join(' · ')}` : ''}`;
}

/** Speaker notes for the evidence a step cites: claim, verbatim quote, level, source and references. */
export function evidenceNotes(atlas: Atlas, ids: string[], locale: Locale): string {
	const o = { locale };
	const byId = new Map(atlas.sources.map((s) => [s.id, s]));
	return ids
		.map((id) => atlas.evidence.find((e) => e.id === id))
		.filter((e): e is Evidence => !!e)
		.map((e, i) => {
			const doc = byId.get(e.source);
			const refs = e.cites.map((c) => byId.get(c)).filter((s): s is Source => !!s);
			// the trials the evidence is about, with their registry numbers
			const trials = atlas.relations
				.filter((r) => r.evidence.includes(e.id))
				.flatMap((r) => [r.from, r.to])
				.map((id) => atlas.nodes.find((n) => n.id === id))
				.filter((n) => n?.kind === 'trial' && n.nct)
				.map((n) => `${n!.label[locale]} (${n!.kind === 'trial' ? n!.nct : ''})`);
			return [
				`${m.deck_notes_evidence({}, o)} ${i + 1} (${e.id}): ${e.claim[locale]}`,
				m.deck_notes_level({ level: e.level, study: studyLabel(e.study_type, locale) }, o),
				`${m.deck_notes_quote({}, o)}: “${readableQuote(e.quote)}”`,
				`${m.deck_notes_source({}, o)}: ${doc ? sourceLine(doc) : e.source}`,
				...refs.map((r) => `${m.deck_notes_cited({}, o)}: ${sourceLine(r)}`),
				...[...new Set(trials)].map((t) => `${m.deck_notes_trial({}, o)}: ${t}`)
			].join('\n');
		})
		.join('\n\n');
}

/** The sources a story rests on: each cited document and reference once, documents first. */
export function deckSources(atlas: Atlas, evidenceIds: string[]): Source[] {
	const seen = new Set<string>();
	const docs: Source[] = [];
	const refs: Source[] = [];
	for (const id of evidenceIds) {
		const e = atlas.evidence.find((x) => x.id === id);
		if (!e) continue;
		for (const sid of [e.source, ...e.cites]) {
			const s = atlas.sources.find((x) => x.id === sid);
			if (!s || seen.has(s.id)) continue;
			seen.add(s.id);
			(s.type === 'document' ? docs : refs).push(s);
		}
	}
	refs.sort((a, b) =>
		a.cited_in === b.cited_in
			? (a.ref_number ?? 0) - (b.ref_number ?? 0)
			: (a.cited_in ?? '').localeCompare(b.cited_in ?? '')
	);
	docs.sort((a, b) => a.id.localeCompare(b.id));
	return [...docs, ...refs];
}

/**
 * The deck of a story in one language.
 * @example buildDeck({ atlas, story, locale: 'zh', … }).slides.length // steps + questions + 2
 */
export function buildDeck(input: DeckInput): Deck {
	const { atlas, story, locale, release } = input;
	const o = { locale };
	const title = story.title[locale];
	const footer = `${m.cite_line({ version: release, title }, o)}`;
	const slides: DeckSlide[] = [
		{
			kind: 'title',
			title,
			subtitle: story.summary[locale],
			lines: [
				atlas.meta.title[locale],
				m.deck_steps({ n: story.steps.length }, o),
				m.deck_release({ version: release }, o),
				m.disclaimer({}, o)
			],
			link: input.storyLink,
			notes: story.summary[locale]
		}
	];
	story.steps.forEach((s, i) => {
		const n = i + 1;
		const base = {
			step: n,
			title,
			caption: s.caption[locale],
			link: input.stepLink(n),
			footer,
			notes: evidenceNotes(atlas, s.cites, locale)
		};
		const q = s.question;
		if (!q) return slides.push({ kind: 'step', ...base });
		const letters = q.options.map((_, j) => optionLetter(j));
		const answer = letters.filter((_, j) => q.correct.includes(q.options[j].id)).join(', ');
		slides.push(
			{
				kind: 'question',
				...base,
				title: m.deck_question_title({ title }, o),
				hint: q.kind === 'single' ? m.q_single({}, o) : m.q_multiple({}, o),
				options: q.options.map((opt, j) => ({ letter: letters[j], label: opt.label[locale] })),
				// the lecturer sees the answer in the notes; the audience on the next slide
				notes: `${m.q_answer({}, o)}: ${answer}`
			},
			{
				kind: 'answer',
				...base,
				title: m.deck_answer_title({ title }, o),
				options: q.options.map((opt, j) => ({
					letter: letters[j],
					label: opt.label[locale],
					correct: q.correct.includes(opt.id)
				})),
				explanation: q.explanation[locale],
				notes: `${m.q_answer({}, o)}: ${answer}\n${q.explanation[locale]}\n\n${base.notes}`
			}
		);
	});
	const cited = story.steps.flatMap((s) => s.cites);
	slides.push({
		kind: 'sources',
		title: m.deck_sources({}, o),
		entries: deckSources(atlas, cited).map(sourceLine),
		notes: footer
	});
	return {
		title,
		locale,
		fileName: `${input.name}-${locale}.pptx`,
		slides,
		images: story.steps.map((_, i) => i + 1)
	};
}
