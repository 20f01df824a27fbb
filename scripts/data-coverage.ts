/**
 * `npm run data:coverage [-- --all] [-- --source seed-001]`: every number-bearing sentence and table
 * row of each atlas's coverage sources, with the evidence ids quoting it; prints the share covered.
 * Uncovered units are listed (all units with --all).
 */
import { loadAllAtlases, sourceText } from '../src/lib/server/load-atlas';
import { coverUnits, splitUnits, summarise } from '../src/lib/domain/coverage';

const all = process.argv.includes('--all');
const only = process.argv.includes('--source')
	? process.argv[process.argv.indexOf('--source') + 1]
	: undefined;
let units = 0;
let covered = 0;
for (const atlas of loadAllAtlases()) {
	for (const sid of atlas.meta.coverage_sources) {
		if (only && sid !== only) continue;
		const src = atlas.sources.find((s) => s.id === sid);
		const text = sourceText(src?.file);
		if (!text) {
			console.log(`${atlas.meta.id}/${sid}: source text not available (set ATLAS_SOURCES)`);
			continue;
		}
		const rows = coverUnits(
			splitUnits(text),
			atlas.evidence.filter((e) => e.source === sid),
			atlas.excluded.filter((x) => x.source === sid),
			text
		);
		for (const r of rows) {
			if (!all && (r.evidence.length || r.excluded)) continue;
			const tag = r.excluded
				? `EXCLUDED (${r.excluded})`
				: r.evidence.length
					? r.evidence.join(', ')
					: 'UNCOVERED';
			console.log(
				`  [${sid}] ${r.kind} ${r.numbersCovered}/${r.numbers.length} nums · ${tag}\n      ${r.text.slice(0, 240)}`
			);
		}
		const s = summarise(rows);
		units += s.units;
		covered += s.covered;
		console.log(
			`${atlas.meta.id}/${sid}: ${s.covered}/${s.units} number-bearing units covered ` +
				`(${((100 * s.covered) / Math.max(1, s.units)).toFixed(1)}%), ${s.excluded} excluded with a reason; ` +
				`numbers inside covering quotes ${s.numbersCovered}/${s.numbers}`
		);
	}
}
console.log(
	`coverage: ${covered}/${units} = ${((100 * covered) / Math.max(1, units)).toFixed(1)}%`
);
