/**
 * The network's part of an atlas (`NetworkAtlas`): what the explorer page carries inline so its
 * network can be drawn before the app starts (`$lib/server/boot-head`, `$lib/network/network-boot`),
 * a third of the atlas's bytes. Pure.
 */
import type { NetworkAtlas } from '../domain/types';

/** The id of the explorer page's inline script holding its atlas's network slice. */
export const BOOT_DATA = 'network-boot-data';

export const networkSlice = (atlas: NetworkAtlas): NetworkAtlas => ({
	meta: atlas.meta,
	nodes: atlas.nodes,
	relations: atlas.relations,
	evidence: atlas.evidence.map(({ id, level, figures }) => ({ id, level, figures }))
});
