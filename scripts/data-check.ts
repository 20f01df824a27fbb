/**
 * `npm run data:check`: validate every atlas and check every quote against its source text.
 * Under `CI=true` a check that could not read the sources fails (0 quotes checked, or a source
 * text missing) instead of passing with nothing checked.
 */
import { loadAllAtlases, loadRelease, sourceText, SOURCES_DIR } from '../src/lib/server/load-atlas';
import { checkProvenance } from '../src/lib/domain/provenance';

let failed = 0;
let checked = 0;
let missing = 0;
for (const atlas of (() => {
	try {
		const release = loadRelease();
		console.log(`release ${release.version} (${release.date})`);
		return loadAllAtlases();
	} catch (e) {
		console.error((e as Error).message);
		process.exit(1);
	}
})()) {
	const r = checkProvenance(atlas.evidence, atlas.sources, (s) => sourceText(s.file), atlas.fileOf);
	console.log(
		`${atlas.meta.id}: ${atlas.nodes.length} nodes, ${atlas.relations.length} relations, ` +
			`${atlas.evidence.length} evidence, ${atlas.sources.length} sources; quotes checked ${r.checked}`
	);
	if (r.missing.length) console.log(`  (no text in ${SOURCES_DIR} for: ${r.missing.join(', ')})`);
	for (const p of r.problems) console.error(`  ${p.file} [${p.id}]: ${p.message}`);
	failed += r.problems.length;
	checked += r.checked;
	missing += r.missing.length;
}
if (process.env.CI === 'true' && (checked === 0 || missing > 0)) {
	console.error(
		`CI: ${checked} quotes checked, ${missing} source text(s) missing in ${SOURCES_DIR}: ` +
			'provenance not verified (set ATLAS_SOURCES to the folder of the seed texts)'
	);
	process.exit(1);
}
if (failed) {
	console.error(`${failed} provenance problem(s)`);
	process.exit(1);
}
