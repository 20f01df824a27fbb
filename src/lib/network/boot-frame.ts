/**
 * The first frame of an explorer page's network, computed while prerendering: the elements its
 * default view draws, each at its place (as `applyPlacement` puts it) and with its classes
 * (`toAdd`). The page carries them inline, so its boot (`network-boot.ts`) creates Cytoscape from
 * them without building the view's model in the browser; a page whose URL asks for another view
 * draws from the whole atlas instead. Pure.
 */
import type { NetworkAtlas } from '../domain/types';
import { DEFAULT_VIEW, serializeView, type ViewState } from '../domain/view-state';
import { classState, toAdd } from './class-state';
import type { ElementDef } from './elements';
import { LARGE_NETWORK } from './graph-style';
import { networkModel, type ColumnLabel } from './network-model';
import { place } from './overview-elements';
import type { LabelField } from './network-view';

/** The id of the explorer page's inline script holding its first frame. */
export const BOOT_FRAME = 'network-boot-frame';

export interface BootFrame {
	/** what it draws (`bootKey`): the app adopts a network only when it would draw the same */
	key: string;
	/** how many elements the whole view holds, drawn or not (Cytoscape's options follow it) */
	total: number;
	/** what the first frame adds, placed and with its classes */
	elements: ElementDef[];
}

/** Identifies what a network shows, so the app adopts only a network showing what it would draw. */
export const bootKey = (atlasId: string, view: ViewState, labelField: LabelField) =>
	`${atlasId}|${serializeView(view)}|${labelField}`;

/** The default view's first frame of `atlas`, labelled with `labelField`. */
export function bootFrame(
	atlas: NetworkAtlas,
	labelField: LabelField,
	columnLabel: ColumnLabel
): BootFrame {
	const net = networkModel(atlas, DEFAULT_VIEW, columnLabel);
	const state = classState(net, null, net.elements.length > LARGE_NETWORK);
	// copies: the model's elements are made once per atlas and shared
	const elements = toAdd(net.elements, state, () => false).map((e) => ({
		...e,
		data: { ...e.data }
	}));
	if (net.placement) place(elements, net.placement);
	return {
		key: bootKey(atlas.meta.id, DEFAULT_VIEW, labelField),
		total: net.elements.length,
		elements
	};
}
