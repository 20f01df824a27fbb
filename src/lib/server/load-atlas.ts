/**
 * The one loader: reads graph-data/<atlas>/*.yaml, validates, and fails loudly naming file and id.
 * Node-only (fs). Used by the build (prerender), the scripts and the tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { validateAtlas, AtlasDataError, type ParsedFile } from '../domain/validate';
import type { Atlas, Release } from '../domain/types';
import * as v from 'valibot';
import { checkProvenance } from '../domain/provenance';
import { storySubjectProblems } from '../network/story-subject-shown';
import { isDefaultAtlas } from '../domain/atlases';

export const DATA_DIR = resolve(process.env.ATLAS_DATA ?? 'graph-data');

/** Atlas folder names under the data dir (each has an atlas.yaml); none at all is an error. */
export function listAtlases(dataDir = DATA_DIR): string[] {
	const ids = readdirSync(dataDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dataDir, d.name, 'atlas.yaml')))
		.map((d) => d.name)
		.sort();
	if (!ids.length)
		throw new AtlasDataError('*', [
			{ file: dataDir, id: '-', message: 'no atlas: no folder with an atlas.yaml' }
		]);
	return ids;
}

/**
 * Parse every YAML file of one atlas; a YAML syntax error names the file. A YAML file whose
 * extension is not lower-case (`.YAML`, `.Yml`) is rejected by name rather than skipped.
 */
export function readAtlasFiles(atlasId: string, dataDir = DATA_DIR): ParsedFile[] {
	const dir = join(dataDir, atlasId);
	const names = readdirSync(dir).sort();
	const odd = names.filter((f) => /\.ya?ml$/i.test(f) && !/\.ya?ml$/.test(f));
	if (odd.length)
		throw new AtlasDataError(
			atlasId,
			odd.map((f) => ({
				file: `${atlasId}/${f}`,
				id: '-',
				message: 'upper-case extension: rename to .yaml (it would not be read)'
			}))
		);
	return names
		.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
		.map((f) => {
			const file = `${atlasId}/${f}`;
			try {
				return { file, data: parse(readFileSync(join(dir, f), 'utf8')) };
			} catch (err) {
				throw new AtlasDataError(atlasId, [
					{ file, id: '-', message: `YAML: ${(err as Error).message}` }
				]);
			}
		});
}

export function loadAtlas(atlasId: string, dataDir = DATA_DIR): Atlas {
	const atlas = validateAtlas(atlasId, readAtlasFiles(atlasId, dataDir));
	// and then every network step must show what it frames and what its caption names (once the
	// rest holds: it draws the step with the network's model, which domain/ does not import)
	const problems = storySubjectProblems(atlas);
	if (problems.length) throw new AtlasDataError(atlasId, problems);
	return atlas;
}

const memo = new Map<string, { stamp: string; atlases: Atlas[] }>();

/** A cheap fingerprint of the data folder: file names and modification times. */
function stampOf(dataDir: string): string {
	return listAtlases(dataDir)
		.flatMap((id) =>
			readdirSync(join(dataDir, id)).map(
				(f) => `${id}/${f}:${statSync(join(dataDir, id, f)).mtimeMs}`
			)
		)
		.join('|');
}

/** All atlases, ordered; validated once per change of the data folder (the build calls this per page). */
export function loadAllAtlases(dataDir = DATA_DIR): Atlas[] {
	const stamp = stampOf(dataDir);
	const hit = memo.get(dataDir);
	if (hit && hit.stamp === stamp) return hit.atlases;
	// every atlas is validated, and every failing one reported at once
	const atlases: Atlas[] = [];
	const errors: AtlasDataError[] = [];
	const folderOf = new Map<string, string>();
	for (const folder of listAtlases(dataDir)) {
		let a: Atlas;
		try {
			a = loadAtlas(folder, dataDir);
		} catch (e) {
			if (e instanceof AtlasDataError) errors.push(e);
			else throw e;
			continue;
		}
		atlases.push(a);
		const twin = folderOf.get(a.meta.id);
		if (twin)
			errors.push(
				new AtlasDataError(folder, [
					{
						file: `${folder}/atlas.yaml`,
						id: a.meta.id,
						message: `atlas id "${a.meta.id}" is also the id of ${twin}/atlas.yaml`
					}
				])
			);
		else folderOf.set(a.meta.id, folder);
	}
	const defaults = atlases.filter((a) => isDefaultAtlas(a.meta)).map((a) => a.meta.id);
	if (atlases.length && defaults.length !== 1)
		errors.push(
			new AtlasDataError(dataDir, [
				{
					file: 'atlas.yaml',
					id: defaults.join(', ') || '(none)',
					message: `exactly one atlas must have order: 0 (the default atlas); found ${defaults.length}`
				}
			])
		);
	if (errors.length) throw new AtlasDataErrors(errors);
	atlases.sort((a, b) => a.meta.order - b.meta.order);
	memo.set(dataDir, { stamp, atlases });
	return atlases;
}

/** The default atlas (`order: 0`, exactly one: `loadAllAtlases` checks), shown at today's URLs. */
export const loadDefaultAtlas = (dataDir = DATA_DIR): Atlas =>
	loadAllAtlases(dataDir).find((a) => isDefaultAtlas(a.meta))!;

/** Several atlases failed: every one's problems, in one message. */
export class AtlasDataErrors extends Error {
	constructor(readonly errors: AtlasDataError[]) {
		super(errors.map((e) => e.message).join('\n'));
		this.name = errors.length === 1 ? 'AtlasDataError' : 'AtlasDataErrors';
	}
}

const ReleaseSchema = v.strictObject({
	version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'version is MAJOR.MINOR.PATCH')),
	date: v.pipe(v.string(), v.isoDate('date is YYYY-MM-DD'))
});

/** The data release (`release.yaml`); any problem names the file. */
export function loadRelease(dataDir = DATA_DIR): Release {
	const file = 'release.yaml';
	const fail = (message: string) => {
		throw new AtlasDataError('release', [{ file, id: 'release', message }]);
	};
	let raw: unknown;
	try {
		raw = parse(readFileSync(join(dataDir, file), 'utf8'));
	} catch (e) {
		fail(
			`${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'YAML'}: ${(e as Error).message}`
		);
	}
	const r = v.safeParse(ReleaseSchema, raw);
	if (!r.success)
		fail(
			r.issues
				.map((i) => `${v.getDotPath(i) ?? ''}${v.getDotPath(i) ? ': ' : ''}${i.message}`)
				.join('; ')
		);
	return r.output as Release;
}

/**
 * What the build checks before anything is rendered: every atlas, the release, and (when the
 * source documents are present) verbatim quotes and figures. Throws naming file and id.
 */
export function checkDataForBuild(dataDir = DATA_DIR, sourcesDir = SOURCES_DIR): Atlas[] {
	const atlases = loadAllAtlases(dataDir);
	loadRelease(dataDir);
	const errors: AtlasDataError[] = [];
	for (const a of atlases) {
		const r = checkProvenance(
			a.evidence,
			a.sources,
			(s) => sourceText(s.file, sourcesDir),
			a.fileOf
		);
		if (r.problems.length) errors.push(new AtlasDataError(a.meta.id, r.problems));
	}
	if (errors.length) throw new AtlasDataErrors(errors);
	return atlases;
}

/** Where the source documents live (CI puts ../shared beside the clone). */
export const SOURCES_DIR = resolve(process.env.ATLAS_SOURCES ?? '../shared/seeds');

/** The text of a document source, or undefined when the folder or file is absent. */
export function sourceText(file: string | undefined, dir = SOURCES_DIR): string | undefined {
	if (!file) return undefined;
	const p = join(dir, file);
	return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
