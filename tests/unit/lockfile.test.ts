/**
 * `npm ci` reads the lockfile as it is. An entry without a version (a stand-in for an optional
 * platform package that was not published) made npm ci fetch its manifest, and once the package
 * was published it failed with "Invalid Version". Every entry names its version; an entry with
 * no integrity must be an optional package for another platform, so npm ci skips it unfetched.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = {
	version?: string;
	integrity?: string;
	link?: boolean;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, Entry>;
};
const entries = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.link);

describe('package-lock.json', () => {
	it('names a version for every package', () => {
		const missing = entries.filter(([, e]) => !/^\d+\.\d+\.\d+/.test(e.version ?? ''));
		expect(missing.map(([path]) => path)).toEqual([]);
	});

	it('leaves out integrity only for optional packages of other platforms', () => {
		const stand_ins = entries.filter(([, e]) => !e.integrity);
		for (const [path, e] of stand_ins) {
			expect(e.optional, path).toBe(true);
			const here = (e.os ?? []).includes('linux') && (e.cpu ?? []).includes('x64');
			expect(here, `${path} would be installed on linux x64`).toBe(false);
			expect((e.os ?? []).length + (e.cpu ?? []).length, path).toBeGreaterThan(0);
		}
	});
});
