/**
 * Everything the network view draws for one view state: elements laid out for the arrangement,
 * what is visible, and the selection's neighbourhood. Pure; shared by the explorer, stories and embeds.
 */
import { arrange } from './layout';
import { toElements, type ElementDef } from './elements';
import { neighbourhood, visibleIds } from './filter';
import type { ViewState } from './view-state';
import type { NetworkAtlas } from './types';

export interface NetworkModel {
	elements: ElementDef[];
	visible: Set<string>;
	focus: Set<string>;
}

export type ColumnLabel = (generation: number | null) => { en: string; zh: string };

export function networkModel(
	atlas: NetworkAtlas,
	view: ViewState,
	columnLabel: ColumnLabel
): NetworkModel {
	const visible = visibleIds(atlas, view);
	return {
		elements: toElements(atlas, arrange(atlas, view.arr), columnLabel),
		visible,
		focus: neighbourhood(atlas, view.sel, visible)
	};
}
