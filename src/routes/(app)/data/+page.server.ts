import { loadAllAtlases } from '$lib/server/load-atlas';
import { EXPORT_FORMATS } from '$lib/server/export-files';

export const load = () => ({
	exports: loadAllAtlases().map((a) => ({
		meta: a.meta,
		counts: {
			nodes: a.nodes.length,
			relations: a.relations.length,
			evidence: a.evidence.length,
			sources: a.sources.length
		},
		files: Object.keys(EXPORT_FORMATS).map((suffix) => ({ suffix, name: `${a.meta.id}${suffix}` }))
	}))
});
