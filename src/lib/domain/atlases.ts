/**
 * Which atlas is the default: the one whose `atlas.yaml` says `order: 0`. It is served at today's
 * URLs without an atlas id (`/`, `/charts`, `/stories`, `/embed/…`); the loader fails the build
 * unless exactly one atlas has it, and lists atlases by `order`, so it also comes first.
 */
import type { AtlasMeta } from './types';

export const isDefaultAtlas = (meta: Pick<AtlasMeta, 'order'>) => meta.order === 0;

/** The default atlas of a list (`atlasList`). */
export function defaultAtlas<T extends Pick<AtlasMeta, 'order' | 'id'>>(list: T[]): T {
	const found = list.find(isDefaultAtlas);
	if (!found) throw new Error('no atlas has order: 0 (the default) in its atlas.yaml');
	return found;
}
