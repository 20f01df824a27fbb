/**
 * Resistance Atlas — a reveal.js plugin (ES module, no dependencies).
 *
 *   import Reveal from 'reveal.js';
 *   import ResistanceAtlas from 'https://<atlas site>/reveal/resistance-atlas.js';
 *   Reveal.initialize({ plugins: [ResistanceAtlas] });
 *
 * A slide holding `<iframe data-atlas-story="arms-race" src="https://<atlas site>/embed/story/arms-race">`
 * steps that story with the deck: on the slide the story shows step 1 + the number of fragments
 * shown (or the `data-atlas-step` of the last fragment shown that has one), so → / ← move fragments
 * and story steps together. The plugin asks the frame to pause its keyboard capture
 * (`{type:'atlas:keys', capture:false}`): navigation keys pressed while the viewer is inside the
 * frame come back as `{type:'atlas:key', key}` and move the deck, so reveal keeps its keys.
 * Messages go only to the frame's own origin; only the deck's own frames are listened to.
 */

/** What a key handed back by a frame does to the deck. */
const ACTIONS = {
	ArrowRight: (d) => d.next(),
	PageDown: (d) => d.next(),
	' ': (d) => d.next(),
	n: (d) => d.next(),
	ArrowLeft: (d) => d.prev(),
	PageUp: (d) => d.prev(),
	p: (d) => d.prev(),
	ArrowDown: (d) => d.down(),
	ArrowUp: (d) => d.up(),
	Home: (d) => d.slide(0),
	End: (d) => d.slide(Number.MAX_SAFE_INTEGER),
	Escape: (d) => d.toggleOverview(),
	o: (d) => d.toggleOverview(),
	b: (d) => d.togglePause(),
	'.': (d) => d.togglePause()
};

const originOf = (frame) => {
	try {
		return new URL(frame.src, location.href).origin;
	} catch {
		return null;
	}
};

/** The story step a slide's fragments ask for. */
function stepOf(slide) {
	const shown = [...slide.querySelectorAll('.fragment.visible')];
	const marked = shown.filter((f) => f.dataset.atlasStep);
	if (marked.length) return Number(marked[marked.length - 1].dataset.atlasStep) || 1;
	return 1 + shown.length;
}

export default function ResistanceAtlas() {
	return {
		id: 'resistance-atlas',
		init(deck) {
			const root = deck.getRevealElement();
			const frames = () => [...root.querySelectorAll('iframe[data-atlas-story]')];
			const post = (frame, msg) => {
				const origin = originOf(frame);
				if (origin && frame.contentWindow) frame.contentWindow.postMessage(msg, origin);
			};
			const prepare = (frame) => post(frame, { type: 'atlas:keys', capture: false });
			const sync = () => {
				const slide = deck.getCurrentSlide();
				if (!slide) return;
				for (const frame of slide.querySelectorAll('iframe[data-atlas-story]'))
					post(frame, { type: 'atlas:step', step: stepOf(slide) });
			};
			for (const frame of frames()) {
				// a frame (re)loads lazily: tell it again once it is there
				frame.addEventListener('load', () => {
					prepare(frame);
					sync();
				});
				prepare(frame);
			}
			addEventListener('message', (e) => {
				const frame = frames().find((f) => f.contentWindow === e.source);
				if (!frame || e.origin !== originOf(frame)) return;
				const d = e.data;
				if (!d || typeof d !== 'object') return;
				// a story frame that has started asks again for its step
				if (d.type === 'atlas:ready') return (prepare(frame), sync());
				if (d.type === 'atlas:key' && Object.hasOwn(ACTIONS, d.key)) ACTIONS[d.key](deck);
			});
			for (const ev of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'])
				deck.on(ev, sync);
		}
	};
}
