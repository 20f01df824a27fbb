/** Bad graph-data fails `vite build` itself, with a message naming the file and the id. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

function build(fixture: string) {
	const r = spawnSync('npx', ['vite', 'build', '--outDir', '/tmp/ra-bad-build'], {
		cwd: resolve(__dirname, '../..'),
		env: { ...process.env, ATLAS_DATA: resolve(__dirname, 'fixtures', fixture) },
		encoding: 'utf8',
		timeout: 120_000
	});
	return { status: r.status, output: r.stdout + r.stderr };
}

describe('the build fails on bad graph-data', { timeout: 120_000 }, () => {
	it('an edge to a missing node', () => {
		const r = build('missing-node');
		expect(r.status).not.toBe(0);
		expect(r.output).toContain(
			't/relations.yaml [rel-1]: edge target "alectinib" is not a known node'
		);
	});
	it('a relation resting only on does-not-support evidence (a meaning rule)', () => {
		const r = build('meaning-negative');
		expect(r.status).not.toBe(0);
		expect(r.output).toContain(
			't/relations.yaml [rel-1]: supported only by does-not-support evidence'
		);
	});
	it('a story step whose caption names an entity its view does not show', () => {
		const r = build('story-hidden-entity');
		expect(r.status).not.toBe(0);
		expect(r.output).toContain(
			't/stories.yaml [tour]: step 2: the caption names "Alectinib" (alectinib), which its view does not show'
		);
	});
	it('a duplicate id', () => {
		const r = build('duplicate-id');
		expect(r.status).not.toBe(0);
		expect(r.output).toContain('[crizotinib]: duplicate id');
	});
});
