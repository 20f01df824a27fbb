/**
 * The provenance gate (`npm run data:check`) under CI: with no source texts it checked 0 quotes,
 * and that is a failure, not a pass.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('data:check fails under CI=true when it could check no quote', () => {
	const r = spawnSync('npx', ['tsx', 'scripts/data-check.ts'], {
		env: { ...process.env, CI: 'true', ATLAS_SOURCES: '/nonexistent-seeds' },
		encoding: 'utf8'
	});
	expect(r.status).toBe(1);
	expect(r.stdout).toMatch(/quotes checked 0/);
	expect(r.stderr).toMatch(/CI: 0 quotes checked/);
}, 120_000);
