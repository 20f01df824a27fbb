/**
 * The atlas JSON the explorer's network boot asked for (`$lib/network/network-boot`), handed to the
 * app's first load of it (`fetchAtlas`), so the page downloads it once.
 */
const held = new Map<string, Promise<unknown>>();

/** The boot's request for the atlas at `href`. */
export function handOver(href: string, atlas: Promise<unknown>) {
	// a failed request is the app's to report, when it asks again
	atlas.catch(() => {});
	held.set(href, atlas);
}

/** The boot's request for `href`, once; undefined when there is none. */
export function takeOver(href: string): Promise<unknown> | undefined {
	const atlas = held.get(href);
	held.delete(href);
	return atlas;
}
