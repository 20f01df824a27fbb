/**
 * The explorer's network, drawn before the framework starts.
 *
 * A prerendered explorer page carries inline its network's first frame (`bootFrame`: the default
 * view's elements, placed and with their classes, put there by `$lib/server/boot-head`) and an empty
 * network container whose `data-boot` names the whole atlas's JSON. Its first script is
 * `network-boot-entry.ts` (an entry of its own, put first in the page by `hooks.server.ts`), which
 * runs `bootNetwork()` as soon as the page is parsed; `hooks.client.ts` waits for the same boot
 * before SvelteKit hydrates (and starts it should the entry be missing). A URL without a query
 * draws that frame as it is; a URL asking for another view (a permalink) has the atlas fetched and
 * its view built with the app's own parser and model (`parseView`, `networkModel`). Either way the
 * boot creates Cytoscape in the container, frames it, and waits for its first frame; until then the
 * panels around the network are left out of layout (`network-booting`), so the first frame is the
 * page with its network. The atlas's request is handed to the app (`$lib/app/boot-atlas`): the page
 * downloads it once.
 *
 * Network.svelte then adopts that instance (`adoptNetwork`) instead of creating one, so the network
 * is on screen while the rest of the page hydrates; should what it shows differ from what the app
 * would draw, the app swaps its elements in as for any change of arrangement. A node tapped in
 * between is highlighted with its neighbours at once and becomes the app's selection when it
 * adopts the instance.
 *
 * Anything unexpected (no inline frame, a parse error, a failed request) leaves nothing behind: the
 * app then creates the network as it always did.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { ViewState } from '$lib/domain/view-state';
import { cyOptions, DETAIL_ZOOM, LARGE_NETWORK, type Theme } from '$lib/network/graph-style';
import type { NetworkAtlas } from '$lib/domain/types';
import {
	labelField,
	applyClasses,
	applyPlacement,
	createNetwork,
	frame,
	frameAll,
	networkStyle,
	type LabelField
} from '$lib/network/network-view';
import { classState, openAreas, type ClassState } from '$lib/network/class-state';
import { BOOT_FRAME, type BootFrame } from '$lib/network/boot-frame';
import { handOver } from '$lib/app/boot-atlas';

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

/** The page's first frame of its default view (`bootFrame`), which it carries inline. */
function inlineFrame(): BootFrame | undefined {
	const script = document.getElementById(BOOT_FRAME);
	return script?.textContent ? (JSON.parse(script.textContent) as BootFrame) : undefined;
}

/** The atlas JSON at `href`, asked for once: the app takes the same request over (`takeOver`). */
function requestAtlas(href: string): Promise<NetworkAtlas> {
	const atlas = fetch(href).then((r) =>
		r.ok ? (r.json() as Promise<NetworkAtlas>) : Promise.reject(new Error(`${r.status} ${href}`))
	);
	handOver(href, atlas);
	return atlas;
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
	const first = container && inlineFrame();
	const href = container?.dataset.boot;
	if (!container || !first || !href) return;
	const root = document.documentElement;
	root.classList.add(BOOTING);
	let asked = false;
	try {
		// the default view, as the page carries it; any other view from the whole atlas
		if (!location.search.slice(1)) booted = fromFrame(container, first);
		else {
			asked = true;
			booted = await fromAtlas(container, await requestAtlas(href));
		}
		await firstFrame(booted.cy, container);
	} finally {
		root.classList.remove(BOOTING);
		if (!asked) requestAtlas(href);
	}
}

/** The network of the page's first frame: created from it as it is, then framed. */
function fromFrame(container: HTMLElement, f: BootFrame): Booted {
	const field = labelField(null);
	const large = f.total > LARGE_NETWORK;
	const cy = cytoscape({
		container,
		elements: f.elements as cytoscape.ElementDefinition[],
		style: networkStyle(field, THEME),
		layout: { name: 'preset', fit: false },
		...cyOptions(f.total)
	});
	// what it shows: what it holds, but the edges drawn hidden (`toAdd`)
	const visible = new Set(
		f.elements.filter((e) => !/\bhidden\b/.test(e.classes ?? '')).map((e) => e.data.id)
	);
	const state = classState({ elements: f.elements, visible, focus: new Set() }, null, large);
	return orDestroy(cy, () => start(cy, container, f.key, field, state, large));
}

/**
 * The network of the URL's view, from the whole atlas: its model built here (with code the
 * default view does without, loaded only then).
 */
async function fromAtlas(container: HTMLElement, atlas: NetworkAtlas): Promise<Booted> {
	const [{ parseView }, { networkModel }, { columnLabel }, { bootKey }] = await Promise.all([
		import('$lib/domain/view-state'),
		import('$lib/network/network-model'),
		import('$lib/network/column-label'),
		import('$lib/network/boot-frame')
	]);
	const { view } = parseView(new URLSearchParams(location.search), atlas);
	const net = networkModel(atlas, view, columnLabel);
	const field = labelField(view.labels);
	const large = net.elements.length > LARGE_NETWORK;
	// only what the view shows, added with the classes it is drawn with: the first frame styles
	// each element once; framed once, in `start`
	const state = classState(net, view.sel, large);
	const cy = createNetwork(container, net.elements, state, field, THEME, { fit: false });
	return orDestroy(cy, () => {
		if (net.placement) applyPlacement(cy, net.placement);
		return start(cy, container, bootKey(atlas.meta.id, view, field), field, state, large, view);
	});
}

/** `fn`'s result; should it throw, the instance is destroyed (the app then draws its own). */
function orDestroy(cy: Core, fn: () => Booted): Booted {
	try {
		return fn();
	} catch (e) {
		cy.destroy();
		throw e;
	}
}

/** Resolves on the network's first frame (a hidden tab may never draw one). */
function firstFrame(cy: Core, container: HTMLElement): Promise<void> {
	return new Promise<void>((done) => {
		const timer = setTimeout(done, 300);
		cy.one('render', () => {
			container.dataset.ready = 'true';
			clearTimeout(timer);
			done();
		});
	});
}

/** Camera for the view, and a tap listener that highlights and remembers a choice. */
function start(
	cy: Core,
	container: HTMLElement,
	key: string,
	field: LabelField,
	first: ClassState,
	large: boolean,
	view?: ViewState
): Booted {
	const show = (selected: string | null, focus: Set<string>) =>
		applyClasses(cy, { ...first, selected, focus, overview: large && cy.zoom() < DETAIL_ZOOM });
	// the elements came with their classes (`settled`); only a large network's edge detail
	// depends on the zoom, known once the camera has framed the view
	// the selection's neighbourhood; else the families the view opens, as opening them frames them
	// (Network.svelte); else everything
	const sel = view?.sel ?? null;
	const open = sel ? [] : openAreas(first.visible);
	if (open.length) frameAll(cy, open, false);
	else frame(cy, [], sel, first.focus, false);
	if (large) show(sel, first.focus);

	// until the app takes over: the tapped element and what it touches
	const onTap = (evt: EventObject) => {
		const t = evt.target;
		if (t !== cy && ['area', 'family', 'heading', 'agg'].some((c) => t.hasClass(c))) return;
		const id = t === cy ? null : (t.id() as string);
		b.pending = id;
		const near =
			t === cy ? cy.collection() : t.isNode() ? t.closedNeighborhood() : t.add(t.connectedNodes());
		show(id, new Set(near.map((e: { id(): string }) => e.id())));
	};
	const b: Booted = {
		cy,
		container,
		key,
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
