/** The audit gate reads npm audit's JSON report (npm 11, auditReportVersion 2). */
import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/audit-ship.mjs';

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
