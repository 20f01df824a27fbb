/**
 * The explorer's network, drawn before the framework starts.
 *
 * A prerendered explorer page carries inline only the network's part of its atlas (`networkSlice`,
 * put there by `$lib/server/boot-head`) and an empty network container whose `data-boot` names the
 * whole atlas's JSON. Its first script is `network-boot-entry.ts` (an entry
 * of its own, put first in the page by `hooks.server.ts`), which runs `bootNetwork()` as soon as the
 * page is parsed; `hooks.client.ts` waits for the same boot before SvelteKit hydrates (and starts it
 * should the entry be missing). The boot reads the view from the URL with the app's own parser,
 * builds the app's own elements and classes (`networkModel`, `applyClasses`), creates Cytoscape in
 * the container and waits for its first frame. Until then the page is not drawn (the script is
 * render-blocking) and the panels around the network are left out of layout (`network-booting`), so
 * the first frame is the page with its network; then the whole atlas is preloaded for the app.
 *
 * Network.svelte then adopts that instance (`adoptNetwork`) instead of creating one, so the network
 * is on screen while the rest of the page hydrates; should what it shows differ from what the app
 * would draw, the app swaps its elements in as for any change of arrangement. A node tapped in
 * between is highlighted at once and becomes the app's selection when it adopts the instance.
 *
 * Anything unexpected (no inline data, a parse error) leaves nothing behind: the app then creates
 * the network as it always did.
 */
import type { Core, EventObject } from 'cytoscape';
import { parseView, serializeView, type ViewState } from '$lib/domain/view-state';
import { networkModel, type NetworkModel } from '$lib/network/network-model';
import { DETAIL_ZOOM, LARGE_NETWORK, type Theme } from '$lib/network/graph-style';
import type { NetworkAtlas } from '$lib/domain/types';
import { columnLabel } from '$lib/network/column-label';
import {
	labelField,
	applyClasses,
	applyPlacement,
	createNetwork,
	frame,
	frameAll,
	type LabelField
} from '$lib/network/network-view';
import { classState, openAreas, type ClassState } from '$lib/network/class-state';
import { BOOT_DATA } from '$lib/network/network-slice';

export interface Booted {
	cy: Core;
	container: HTMLElement;
	/** what was drawn: atlas, view and label language (`bootKey`) */
	key: string;
	/** the stylesheet it was drawn with */
	labelField: LabelField;
	theme: Theme;
	/** a tap before the app adopted the instance: an id, `null` (background), or nothing */
	pending?: string | null;
	stop: () => void;
}

let booted: Booted | undefined;

/** The explorer's network is drawn in the light theme (Explorer passes no other). */
const THEME: Theme = 'light';

/** Identifies what a network shows, so the app adopts only a network showing what it would draw. */
export const bootKey = (atlasId: string, view: ViewState, labelField: LabelField) =>
	`${atlasId}|${serializeView(view)}|${labelField}`;

/** The network's part of the page's atlas (`networkSlice`), which the page carries inline. */
function inlineAtlas(): NetworkAtlas | undefined {
	const script = document.getElementById(BOOT_DATA);
	return script?.textContent ? (JSON.parse(script.textContent) as NetworkAtlas) : undefined;
}

let started: Promise<void> | undefined;

/**
 * Draw the explorer's network now, if this page has one; resolves after its first frame. One boot
 * per page load: the page's boot entry starts it, `hooks.client.ts` waits for the same promise.
 */
export function bootNetwork(): Promise<void> {
	return (started ??= boot());
}

/** On `<html>` while the network boots: the panels around it wait a frame (Explorer.svelte). */
const BOOTING = 'network-booting';

async function boot(): Promise<void> {
	const container = document.querySelector<HTMLElement>('.network[data-boot]');
	const atlas = container ? inlineAtlas() : undefined;
	if (!container || !atlas) return;
	const root = document.documentElement;
	root.classList.add(BOOTING);
	try {
		await draw(container, atlas);
	} finally {
		root.classList.remove(BOOTING);
		if (container.dataset.boot) preload(container.dataset.boot);
	}
}

/** The whole atlas, which the app reads when it starts (`fetchAtlas`), asked for once the network is drawn. */
function preload(href: string) {
	const link = Object.assign(document.createElement('link'), {
		rel: 'preload',
		as: 'fetch',
		href,
		crossOrigin: 'anonymous'
	});
	document.head.append(link);
}

async function draw(container: HTMLElement, atlas: NetworkAtlas): Promise<void> {
	const { view } = parseView(new URLSearchParams(location.search), atlas);
	const net = networkModel(atlas, view, columnLabel);
	const field = labelField(view.labels);
	const large = net.elements.length > LARGE_NETWORK;
	// only what the view shows, added with the classes it is drawn with: the first frame styles
	// each element once
	const first = classState(net, view.sel, large);
	// framed once, by `frame` below
	const cy = createNetwork(container, net.elements, first, field, THEME, { fit: false });
	if (net.placement) applyPlacement(cy, net.placement);
	try {
		booted = start(cy, container, atlas, view, field, net, large, first);
	} catch (e) {
		cy.destroy();
		throw e;
	}
	// the first frame before hydration takes the main thread (a hidden tab may never draw one)
	await new Promise<void>((done) => {
		const timer = setTimeout(done, 300);
		cy.one('render', () => {
			container.dataset.ready = 'true';
			clearTimeout(timer);
			done();
		});
	});
}

/** Classes and camera for the view, and a tap listener that highlights and remembers a choice. */
function start(
	cy: Core,
	container: HTMLElement,
	atlas: NetworkAtlas,
	view: ViewState,
	field: LabelField,
	net: NetworkModel,
	large: boolean,
	first: ClassState
): Booted {
	const show = (selected: string | null, focus: Set<string>) =>
		applyClasses(cy, { ...first, selected, focus, overview: large && cy.zoom() < DETAIL_ZOOM });
	// the elements came with their classes (`settled`); only a large network's edge detail
	// depends on the zoom, known once the camera has framed the view
	// the selection's neighbourhood; else the families the view opens, as opening them frames them
	// (Network.svelte); else everything
	const open = view.sel ? [] : openAreas(net.visible);
	if (open.length) frameAll(cy, open, false);
	else frame(cy, [], view.sel, net.focus, false);
	if (large) show(view.sel, net.focus);

	const onTap = (evt: EventObject) => {
		const t = evt.target;
		if (t !== cy && ['area', 'family', 'heading', 'agg'].some((c) => t.hasClass(c))) return;
		const id = t === cy ? null : (t.id() as string);
		b.pending = id;
		show(id, networkModel(atlas, { ...view, sel: id }, columnLabel).focus);
	};
	const b: Booted = {
		cy,
		container,
		key: bootKey(atlas.meta.id, view, field),
		labelField: field,
		theme: THEME,
		stop: () => cy.removeListener('tap', onTap)
	};
	cy.on('tap', onTap);
	return b;
}

/**
 * The booted instance, once, if it was drawn in `container`. The caller compares its `key` (and
 * `labelField`) with what it would draw and swaps elements or style where they differ.
 */
export function adoptNetwork(container: HTMLElement): Booted | undefined {
	const b = booted;
	booted = undefined;
	if (!b) return undefined;
	b.stop();
	if (b.container === container) return b;
	b.cy.destroy();
	return undefined;
}
