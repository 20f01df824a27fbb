import { error } from '@sveltejs/kit';
import { loadAllAtlases } from '$lib/server/load-atlas';
import { sliceFor } from '$lib/domain/slice';
import type { EntryGenerator } from './$types';

/** One citable, prerendered page per entity and relation of every atlas. */
export const entries: EntryGenerator = () =>
	loadAllAtlases().flatMap((a) =>
		[...a.nodes.filter((n) => n.kind !== 'group'), ...a.relations].map((x) => ({
			atlas: a.meta.id,
			id: x.id
		}))
	);

export const load = async ({ params }) => {
	const atlas = loadAllAtlases().find((a) => a.meta.id === params.atlas);
	if (!atlas) error(404, `No atlas "${params.atlas}"`);
	if (
		!atlas.nodes.some((n) => n.id === params.id) &&
		!atlas.relations.some((r) => r.id === params.id)
	)
		error(404, `No entity "${params.id}" in ${params.atlas}`);
	return { slice: sliceFor(atlas, params.id), id: params.id };
};
