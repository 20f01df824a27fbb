/**
 * Make and download a lecture deck: the deck model, each step's slide image (composed offscreen,
 * PNG at 2×), then the PowerPoint writer, loaded only now (`import('./pptx')`, with pptxgenjs).
 * Loaded itself only when a lecturer asks for a deck or a step image.
 */
import { m } from '$lib/paraglide/messages';
import { buildDeck, type DeckInput } from '$lib/export/deck';
import type { Atlas, Story } from '$lib/domain/types';
import type { Locale } from '$lib/domain/text';
import { download, toPng } from './image';
import { stepSlideSvg } from './step-image';

const dataUrl = (b: Blob) =>
	new Promise<string>((ok, fail) => {
		const r = new FileReader();
		r.onload = () => ok(r.result as string);
		r.onerror = () => fail(r.error);
		r.readAsDataURL(b);
	});

/** Build the deck, download it as `<name>-<locale>.pptx`; returns the file name and slide count. */
export async function downloadDeck(
	input: DeckInput,
	onprogress: (n: number, total: number) => void
): Promise<{ file: string; slides: number; bytes: number }> {
	const deck = buildDeck(input);
	const images = new Map<number, string>();
	for (const [i, n] of deck.images.entries()) {
		onprogress(i + 1, deck.images.length);
		const step = input.story.steps[n - 1];
		const svg = await stepSlideSvg(input.atlas, step, input.locale, {
			title: input.story.title[input.locale],
			caption: step.caption[input.locale],
			link: input.stepLink(n),
			release: input.release,
			bare: true
		});
		images.set(n, await dataUrl(await toPng(svg, 2)));
	}
	const { deckPptx } = await import('./pptx');
	const blob = await deckPptx(deck, images, m.deck_link());
	download(blob, deck.fileName);
	return { file: deck.fileName, slides: deck.slides.length, bytes: blob.size };
}

/** Download one step's composed slide: PNG at 2× or SVG (text stays text). */
export async function downloadStep(
	atlas: Atlas,
	story: Story,
	n: number,
	locale: Locale,
	release: string,
	link: string,
	kind: 'png2' | 'svg'
): Promise<string> {
	const step = story.steps[n - 1];
	const svg = await stepSlideSvg(atlas, step, locale, {
		title: story.title[locale],
		caption: step.caption[locale],
		link,
		release
	});
	const name = `resistance-atlas-${story.id}-step-${n}-${locale}`;
	const file = kind === 'svg' ? `${name}.svg` : `${name}@2x.png`;
	download(kind === 'svg' ? svg : await toPng(svg, 2), file);
	return file;
}
