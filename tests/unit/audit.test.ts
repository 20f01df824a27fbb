/** The audit gate reads npm audit's JSON report (npm 11, auditReportVersion 2). */
import { describe, expect, it } from 'vitest';
import { auditVerdict, shippedVerdict, SHIPPED_DEV } from '../../scripts/audit-ship.mjs';

const counts = (high: number) => ({
	info: 0,
	low: 0,
	moderate: 0,
	high,
	critical: 0,
	total: high
});

describe('auditVerdict', () => {
	it('passes a report with no vulnerability', () => {
		const report = {
			auditReportVersion: 2,
			vulnerabilities: {},
			metadata: { vulnerabilities: counts(0) }
		};
		expect(auditVerdict(JSON.stringify(report))).toEqual({ kind: 'clean' });
	});
	it('fails a report with one, naming the package', () => {
		const report = {
			auditReportVersion: 2,
			vulnerabilities: { 'd3-color': { name: 'd3-color', severity: 'high' } },
			metadata: { vulnerabilities: counts(1) }
		};
		expect(auditVerdict(JSON.stringify(report))).toEqual({
			kind: 'vulnerable',
			total: 1,
			names: ['d3-color']
		});
	});
	it('says when the endpoint did not answer', () => {
		const error = { message: '405 Method Not Allowed - POST …/advisories/bulk', statusCode: 405 };
		expect(auditVerdict(JSON.stringify(error))).toMatchObject({ kind: 'unavailable' });
		expect(auditVerdict('npm error')).toMatchObject({ kind: 'unavailable' });
	});
});

describe('shippedVerdict: what ships includes bundled devDependencies', () => {
	const report = (names: string[]) =>
		JSON.stringify({
			auditReportVersion: 2,
			vulnerabilities: Object.fromEntries(names.map((n) => [n, { name: n, severity: 'high' }])),
			metadata: { vulnerabilities: counts(names.length) }
		});
	it('covers svelte, SvelteKit, devalue and the Paraglide runtime', () => {
		for (const n of ['svelte', '@sveltejs/kit', 'devalue', '@inlang/paraglide-js'])
			expect(SHIPPED_DEV).toContain(n);
	});
	it('fails on a vulnerable bundled devDependency, not on a build tool', () => {
		expect(shippedVerdict(report([]), report(['devalue', 'vite']))).toEqual({
			kind: 'vulnerable',
			total: 1,
			names: ['devalue']
		});
		expect(shippedVerdict(report([]), report(['vite', 'lighthouse']))).toEqual({ kind: 'clean' });
		expect(shippedVerdict(report(['d3-color']), report(['d3-color', 'svelte']))).toEqual({
			kind: 'vulnerable',
			total: 2,
			names: ['d3-color', 'svelte']
		});
	});
	it('says when either report is unavailable', () => {
		expect(shippedVerdict('npm error', report([]))).toMatchObject({ kind: 'unavailable' });
		expect(shippedVerdict(report([]), 'npm error')).toMatchObject({ kind: 'unavailable' });
	});
});
