/**
 * The one way a chart mark is selectable: a toggle button (`aria-pressed`) named by its value, n and
 * source, in the tab order, answering a click, Enter or Space. A mark spreads these props on its
 * `<g>`, as Bits UI's builders hand props to spread; on the server Svelte writes the attributes and
 * leaves the handlers out, so the downloaded SVG names its marks too. Pure.
 */

/** The attributes and handlers of a selectable mark. */
export interface Pressable {
	role: 'button';
	tabindex: 0;
	'aria-label': string;
	'aria-pressed': boolean;
	onclick: () => void;
	onkeydown: (e: Pick<KeyboardEvent, 'key' | 'preventDefault'>) => void;
}

/**
 * Props for a mark named `name`, pressed when `pressed`, calling `press` on a click, Enter or Space
 * (the key's default, such as Space scrolling the page, is prevented).
 * @example <g class="mark" {...pressable(describe(r), isSel(r), () => onselect?.(r.id))}>…</g>
 */
export function pressable(name: string, pressed: boolean, press: () => void): Pressable {
	return {
		role: 'button',
		tabindex: 0,
		'aria-label': name,
		'aria-pressed': pressed,
		onclick: () => press(),
		onkeydown: (e) => {
			if (e.key !== 'Enter' && e.key !== ' ') return;
			e.preventDefault();
			press();
		}
	};
}
