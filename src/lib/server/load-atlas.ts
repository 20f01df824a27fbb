/**
 * The one loader: reads graph-data/<atlas>/*.yaml, validates, and fails loudly naming file and id.
 * Node-only (fs). Used by the build (prerender), the scripts and the tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { validateAtlas, AtlasDataError, type ParsedFile } from '../model/validate';
import type { Atlas, Release } from '../model/types';
import * as v from 'valibot';

export const DATA_DIR = resolve(process.env.ATLAS_DATA ?? 'graph-data');

/** Atlas folder names under the data dir (each has an atlas.yaml). */
export function listAtlases(dataDir = DATA_DIR): string[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dataDir, d.name, 'atlas.yaml')))
		.map((d) => d.name)
		.sort();
}

/** Parse every YAML file of one atlas; a YAML syntax error names the file. */
export function readAtlasFiles(atlasId: string, dataDir = DATA_DIR): ParsedFile[] {
	const dir = join(dataDir, atlasId);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
		.sort()
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
	return validateAtlas(atlasId, readAtlasFiles(atlasId, dataDir));
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
	const atlases = listAtlases(dataDir)
		.map((id) => loadAtlas(id, dataDir))
		.sort((a, b) => a.meta.order - b.meta.order);
	memo.set(dataDir, { stamp, atlases });
	return atlases;
}

const ReleaseSchema = v.strictObject({ version: v.string(), date: v.string() });

export function loadRelease(dataDir = DATA_DIR): Release {
	return v.parse(ReleaseSchema, parse(readFileSync(join(dataDir, 'release.yaml'), 'utf8')));
}

/** Where the source documents live (CI puts ../shared beside the clone). */
export const SOURCES_DIR = resolve(process.env.ATLAS_SOURCES ?? '../shared/seeds');

/** The text of a document source, or undefined when the folder or file is absent. */
export function sourceText(file: string | undefined, dir = SOURCES_DIR): string | undefined {
	if (!file) return undefined;
	const p = join(dir, file);
	return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
