/**
 * `npm run audit:ship` (and a gate of `npm test`): `npm audit --omit=dev` on what ships, the
 * production dependencies. Fails on any known vulnerability. Where the registry's advisory
 * endpoint does not answer (this workplace's registry mirror answers POST …/advisories/bulk with
 * 405), it says so and does not count as a failure; AUDIT_REQUIRED=1 makes that a failure too.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * What an `npm audit --json` report says.
 * @param {string} out
 * @returns {{ kind: 'clean' } | { kind: 'vulnerable', total: number, names: string[] } | { kind: 'unavailable', why: string }}
 */
export function auditVerdict(out) {
	let report;
	try {
		report = JSON.parse(out);
	} catch {
		return { kind: 'unavailable', why: `npm audit printed no JSON report: ${out.slice(0, 200)}` };
	}
	const counts = report?.metadata?.vulnerabilities;
	if (counts && typeof counts === 'object') {
		const total = Object.entries(counts)
			.filter(([level]) => level !== 'total')
			.reduce((sum, [, n]) => sum + (Number(n) || 0), 0);
		const names = Object.keys(report.vulnerabilities ?? {}).sort();
		return total > 0 ? { kind: 'vulnerable', total, names } : { kind: 'clean' };
	}
	const why = report?.message ?? report?.error?.summary ?? 'no vulnerability counts in the report';
	return { kind: 'unavailable', why: String(why) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
	const v = auditVerdict(run.stdout ?? '');
	if (v.kind === 'clean') {
		console.log('audit: no known vulnerability in the production dependencies');
	} else if (v.kind === 'vulnerable') {
		console.error(`audit: ${v.total} known vulnerabilities in what ships: ${v.names.join(', ')}`);
		process.exit(1);
	} else {
		console.log(`audit: not checked, the advisory endpoint did not answer (${v.why})`);
		if (process.env.AUDIT_REQUIRED === '1') process.exit(1);
	}
}
