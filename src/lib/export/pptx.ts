/**
 * The deck model (`$lib/export/deck`) written as a PowerPoint file with pptxgenjs. This module is
 * only ever loaded with a dynamic `import()` when a lecturer asks for a deck, so pptxgenjs is never
 * in a route's initial JS. 16:9 (13.33 × 7.5 in); each step's picture is its slide-composed image at
 * 2×; every text (title, caption, question, options, answer, link) stays editable text.
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck, DeckSlide } from '$lib/export/deck';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TextOpts = PptxGenJS.TextPropsOptions;

const W = 13.333;
const INK = '1A1A1A';
const GREY = '555555';
const LINK = '0B5CAD';
const RIGHT = '0B6E4F';

/** The picture's box: 16:9, left; the text column beside it. */
const PIC = { x: 0.4, y: 1.05, w: 8.6, h: 8.6 * (9 / 16) };
const COL = { x: PIC.x + PIC.w + 0.25, y: PIC.y, w: W - (PIC.x + PIC.w + 0.25) - 0.4, h: PIC.h };

function fonts(deck: Deck): TextOpts {
	// Windows and macOS have these; LibreOffice substitutes what the system has (Noto CJK on Debian)
	return deck.locale === 'zh'
		? { fontFace: 'Microsoft YaHei', lang: 'zh-CN' }
		: { fontFace: 'Arial', lang: 'en-GB' };
}

function header(s: Slide, slide: { title: string }, f: TextOpts) {
	s.addText(slide.title, {
		...f,
		x: 0.4,
		y: 0.25,
		w: W - 0.8,
		h: 0.7,
		fontSize: 24,
		bold: true,
		color: INK,
		fit: 'shrink',
		valign: 'middle'
	});
}

function footer(s: Slide, slide: { footer: string; link: string }, f: TextOpts, label: string) {
	s.addText(slide.footer, { ...f, x: 0.4, y: 6.78, w: W - 0.8, h: 0.3, fontSize: 10, color: GREY });
	s.addText([{ text: `${label}: ${slide.link}`, options: { hyperlink: { url: slide.link } } }], {
		...f,
		x: 0.4,
		y: 7.06,
		w: W - 0.8,
		h: 0.3,
		fontSize: 10,
		color: LINK
	});
}

function picture(s: Slide, data: string | undefined) {
	if (data) s.addImage({ data, ...PIC });
}

function stepSlide(s: Slide, slide: Extract<DeckSlide, { step: number }>, f: TextOpts) {
	const runs: PptxGenJS.TextProps[] = [];
	const para = (text: string, o: TextOpts = {}) =>
		runs.push({ text, options: { breakLine: true, paraSpaceAfter: 6, ...o } });
	if (slide.kind === 'step') para(slide.caption, { fontSize: 16 });
	if (slide.kind === 'question') {
		para(slide.caption, { fontSize: 18, bold: true });
		para(slide.hint, { fontSize: 12, color: GREY, italic: true });
		for (const o of slide.options) para(`${o.letter}   ${o.label}`, { fontSize: 18 });
	}
	if (slide.kind === 'answer') {
		para(slide.caption, { fontSize: 14, bold: true });
		for (const o of slide.options)
			para(`${o.correct ? '✓' : '  '} ${o.letter}   ${o.label}`, {
				fontSize: 16,
				bold: o.correct,
				color: o.correct ? RIGHT : GREY
			});
		para(slide.explanation, { fontSize: 13 });
	}
	s.addText(runs, { ...f, ...COL, color: INK, valign: 'top', fit: 'shrink' });
}

function titleSlide(
	s: Slide,
	slide: Extract<DeckSlide, { kind: 'title' }>,
	f: TextOpts,
	label: string
) {
	s.addText(slide.title, {
		...f,
		x: 0.8,
		y: 1.4,
		w: W - 1.6,
		h: 1.5,
		fontSize: 36,
		bold: true,
		color: INK,
		fit: 'shrink'
	});
	s.addText(slide.subtitle, {
		...f,
		x: 0.8,
		y: 3.0,
		w: W - 1.6,
		h: 1.6,
		fontSize: 16,
		color: INK,
		valign: 'top',
		fit: 'shrink'
	});
	s.addText(slide.lines.join('\n'), {
		...f,
		x: 0.8,
		y: 4.8,
		w: W - 1.6,
		h: 1.4,
		fontSize: 13,
		color: GREY,
		valign: 'top'
	});
	s.addText([{ text: `${label}: ${slide.link}`, options: { hyperlink: { url: slide.link } } }], {
		...f,
		x: 0.8,
		y: 6.5,
		w: W - 1.6,
		h: 0.4,
		fontSize: 12,
		color: LINK
	});
}

function sourcesSlide(s: Slide, slide: Extract<DeckSlide, { kind: 'sources' }>, f: TextOpts) {
	header(s, slide, f);
	const n = slide.entries.length;
	const fontSize = n <= 8 ? 14 : n <= 16 ? 11 : n <= 30 ? 9 : 7;
	const columns = n > 12 ? 2 : 1;
	const per = Math.ceil(n / columns);
	const colW = (W - 0.8 - 0.3 * (columns - 1)) / columns;
	for (let c = 0; c < columns; c++) {
		const part = slide.entries.slice(c * per, (c + 1) * per);
		s.addText(
			part.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 3 } })),
			{
				...f,
				x: 0.4 + c * (colW + 0.3),
				y: 1.05,
				w: colW,
				h: 6.1,
				fontSize,
				color: INK,
				valign: 'top',
				fit: 'shrink'
			}
		);
	}
}

/**
 * The deck as a .pptx Blob. `images` holds each step's slide image (a PNG data URL) by step number.
 * @example deckPptx(buildDeck(…), new Map([[1, 'data:image/png;base64,…']]), 'Open this view')
 */
export async function deckPptx(
	deck: Deck,
	images: Map<number, string>,
	linkLabel: string
): Promise<Blob> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.company = 'Resistance Atlas';
	const f = fonts(deck);
	for (const slide of deck.slides) {
		const s = pptx.addSlide();
		if (slide.kind === 'title') titleSlide(s, slide, f, linkLabel);
		else if (slide.kind === 'sources') sourcesSlide(s, slide, f);
		else {
			header(s, slide, f);
			picture(s, images.get(slide.step));
			stepSlide(s, slide, f);
			footer(s, slide, f, linkLabel);
		}
		if (slide.notes) s.addNotes(slide.notes);
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
