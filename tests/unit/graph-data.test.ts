/**
 * The real graph-data: it validates, and every quote stands verbatim in its source text
 * (ATLAS_SOURCES, default ../shared/seeds). Where the folder is absent the provenance test says so and
 * skips, except under `CI=true`, where checking nothing is a failure.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadAllAtlases, sourceText, SOURCES_DIR } from '../../src/lib/server/load-atlas';
import { checkProvenance } from '../../src/lib/domain/provenance';

const atlases = loadAllAtlases();
const haveSources = existsSync(SOURCES_DIR);

describe('graph-data', () => {
	it('has the ALK atlas and a second atlas', () => {
		expect(atlases.map((a) => a.meta.id)).toContain('alk-nsclc');
	});
	for (const atlas of atlases) {
		it.skipIf(!haveSources)(
			`${atlas.meta.id}: every quote is verbatim in its source (${SOURCES_DIR})`,
			() => {
				const r = checkProvenance(
					atlas.evidence,
					atlas.sources,
					(s) => sourceText(s.file),
					atlas.fileOf
				);
				expect(r.missing).toEqual([]);
				expect(r.problems.map((p) => `${p.file} [${p.id}]: ${p.message}`)).toEqual([]);
				expect(r.checked).toBe(atlas.evidence.length);
			}
		);
	}
	if (!haveSources && process.env.CI === 'true')
		it(`source texts are found at ${SOURCES_DIR} (CI)`, () => {
			expect.fail(`source texts not found at ${SOURCES_DIR}: provenance not checked`);
		});
	else if (!haveSources)
		it.skip(`source texts not found at ${SOURCES_DIR}: provenance not checked`, () => {});
});
