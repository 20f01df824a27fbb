/**
 * What the network view does to a Cytoscape instance when the view state changes: classes (in one
 * batch, touching only those whose state changes) and the camera. No Svelte; used by Network.svelte.
 */
import { locale } from '$lib/app/locale';
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import type { ElementDef } from '$lib/network/elements';
import { classStates, toAdd, type ClassState } from '$lib/network/class-state';
import { placeOf, type OverviewPlacement } from '$lib/network/overview-layout';
import { cyOptions, graphStyle, type Theme } from '$lib/network/graph-style';

// Cytoscape's toggleClass(c, false) counts as a change even when `c` is absent (a collection,
// a style update and a `class` event per call): only touch classes whose state changes
function setClass(el: SingularElementArgument, cls: string, on: boolean) {
	if (el.hasClass(cls) !== on) el.toggleClass(cls, on);
}

/** Filters, selection, neighbourhood focus and overview detail: classes only. */
export function applyClasses(c: Core, s: ClassState) {
	c.batch(() => {
		c.elements().forEach((el) => {
			const has = (cls: string) => el.hasClass(cls);
			for (const [cls, on] of classStates(el.id(), el.isEdge(), has, s)) setClass(el, cls, on);
		});
	});
}

export type LabelField = 'label' | 'label_zh' | 'label_both';

/** The element field the network labels show: the current locale's, or both (`labels=both`). */
export function labelField(labels: 'both' | null = null): LabelField {
	if (labels === 'both') return 'label_both';
	return locale() === 'zh' ? 'label_zh' : 'label';
}

export const networkStyle = (field: LabelField, theme: Theme) =>
	graphStyle(field, theme) as unknown as cytoscape.StylesheetJson;

/** What a network adds to draw `s`, given what it holds (`toAdd`), as Cytoscape takes them. */
export const elementsToAdd = (els: ElementDef[], s: ClassState, held: (id: string) => boolean) =>
	toAdd(els, s, held) as cytoscape.ElementDefinition[];

/**
 * A Cytoscape instance on `container` drawing the view's class state `s` of `elements` (only what
 * it shows, each with its classes: `toAdd`), at their precomputed positions, fitted (unless the
 * caller frames them itself: `fit` false). Its options follow the size of the whole view.
 */
export function createNetwork(
	container: HTMLElement,
	elements: ElementDef[],
	s: ClassState,
	labelField: LabelField,
	theme: Theme,
	{ fit = true }: { fit?: boolean } = {}
): Core {
	return cytoscape({
		container,
		elements: elementsToAdd(elements, s, () => false),
		style: networkStyle(labelField, theme),
		layout: { name: 'preset', fit, padding: 24 },
		...cyOptions(elements.length)
	});
}

/**
 * The overview's placement for the view's open families: positions, and the areas' boxes. Only
 * nodes that move are touched.
 */
export function applyPlacement(c: Core, p: OverviewPlacement) {
	c.batch(() => {
		c.nodes().forEach((n) => {
			const to = placeOf(p, n.id());
			if (!to) return;
			if (to.size && (n.data('w') !== to.size.w || n.data('h') !== to.size.h)) n.data(to.size);
			const at = n.position();
			if (at.x !== to.at.x || at.y !== to.at.y) n.position({ ...to.at });
		});
	});
}

/** Padding around a framed subject: small, so a projected figure gets the canvas. */
const pad = (c: Core) =>
	Math.round(Math.min(40, Math.max(12, Math.min(c.width(), c.height()) * 0.03)));

function reduceMotion() {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Bring the story's camera, or the selection and its neighbourhood, into view, legibly. */
export function frame(
	c: Core,
	ids: string[],
	sel: string | null,
	near: Set<string>,
	animate = true
) {
	const want = ids.length ? new Set(ids) : sel ? near : null;
	// the subject, never the group boxes around it; with no subject, everything drawn
	const eles = want
		? // by class, not `visible()`: the style cache may not have caught up with this batch yet
			c
				.elements()
				.filter((el) => want.has(el.id()) && !el.hasClass('hidden') && !el.hasClass('area'))
		: c.elements().filter((el) => !el.hasClass('hidden'));
	if (!eles.length) return;
	fitTo(c, eles, animate);
}

/** Frame the nodes `ids` (the open families' areas), legibly (`fitTo`). */
export const frameAll = (c: Core, ids: string[], animate = true) =>
	fitTo(
		c,
		c.nodes().filter((n) => ids.includes(n.id())),
		animate
	);

/**
 * Fit the camera to `eles`, never closer than 1.6 (labels stay in proportion to the canvas):
 * animated unless asked not to or the user prefers reduced motion.
 */
function fitTo(c: Core, eles: cytoscape.CollectionReturnValue, animate: boolean) {
	// a new subject replaces a camera move still under way (Cytoscape would queue it after); the
	// canvas may have changed size with the page (a story's caption) since Cytoscape last looked
	c.stop(true, false);
	c.resize();
	const done = () => {
		if (c.zoom() > 1.6)
			c.zoom({ level: 1.6, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
	};
	if (animate && !reduceMotion())
		c.animate({ fit: { eles, padding: pad(c) } }, { duration: 300, complete: done });
	else {
		c.fit(eles, pad(c));
		done();
	}
}
