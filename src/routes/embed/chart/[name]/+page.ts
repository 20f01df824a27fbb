import { error } from '@sveltejs/kit';
import { CHART_NAMES } from '$lib/charts/specs';

export const entries = () => CHART_NAMES.map((name) => ({ name }));

export const load = ({ params }) => {
	const name = CHART_NAMES.find((n) => n === params.name);
	if (!name) error(404, `No chart "${params.name}"`);
	return { name };
};
