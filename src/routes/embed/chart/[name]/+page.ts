import { error } from '@sveltejs/kit';
import { CHART_NAMES } from '$lib/charts/specs';

/** A chart the atlas has something to draw in; anything else is a 404. */
export const load = async ({ params, parent }) => {
	const { atlas, atlasList } = await parent();
	const name = CHART_NAMES.find((n) => n === params.name);
	const has = atlasList.find((a) => a.id === atlas.meta.id)?.charts.includes(name!);
	if (!name || !has) error(404, `No chart "${params.name}"`);
	return { name };
};
