/**
 * Lighthouse (npm `lighthouse`, pinned) performance and accessibility, desktop preset, against
 * Debian Chromium launched by chrome-launcher with the machine's flags on the bench's own port.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, median, PORTS } from './lib';

export interface LhRun {
	performance: number;
	accessibility: number;
	metrics: Record<string, number>;
	/** accessibility audits that failed, by id */
	a11yFailures: string[];
	/** largest opportunities, by id → estimated ms saved */
	opportunities: Record<string, number>;
}
export interface LhResult {
	runs: LhRun[];
	performance: number;
	accessibility: number;
	metrics: Record<string, number>;
	a11yFailures: string[];
}

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
	'interactive'
];

/** Lighthouse each URL (keyed by a name) `runs` times, in turns; median scores and metrics. */
export async function lighthouseUrls(
	urls: Record<string, string>,
	runs: number,
	onRun?: (name: string, i: number, r: LhRun) => void
): Promise<Record<string, LhResult>> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS,
		// only the machine's flags (chrome-launcher adds just the debugging port and a profile dir)
		ignoreDefaultFlags: true,
		port: PORTS.lighthouse,
		logLevel: 'silent'
	});
	const out: Record<string, LhRun[]> = Object.fromEntries(Object.keys(urls).map((r) => [r, []]));
	try {
		for (let i = 0; i < runs; i++)
			for (const [route, url] of Object.entries(urls)) {
				const res = await lighthouse(
					url,
					{
						port: PORTS.lighthouse,
						logLevel: 'error',
						output: 'json',
						onlyCategories: ['performance', 'accessibility']
					},
					desktopConfig
				);
				if (!res) throw new Error(`lighthouse gave no result for ${route}`);
				const lhr = res.lhr;
				if (lhr.runtimeError) throw new Error(`lighthouse ${route}: ${lhr.runtimeError.message}`);
				const a = lhr.audits;
				// audits that count towards the score (weight 0 ones, e.g. experimental, do not)
				const a11yIds = lhr.categories.accessibility.auditRefs
					.filter((r) => r.weight > 0)
					.map((r) => r.id);
				const run: LhRun = {
					performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
					accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
					metrics: Object.fromEntries(METRICS.map((m) => [m, a[m]?.numericValue ?? NaN])),
					a11yFailures: a11yIds.filter((id) => a[id]?.score === 0),
					opportunities: Object.fromEntries(
						Object.values(a)
							.filter((x) => x.details?.type === 'opportunity' && (x.numericValue ?? 0) > 0)
							.map((x) => [x.id, Math.round(x.numericValue ?? 0)])
					)
				};
				out[route].push(run);
				onRun?.(route, i, run);
			}
	} finally {
		chrome.kill();
	}
	return Object.fromEntries(
		Object.entries(out).map(([route, rs]) => [
			route,
			{
				runs: rs,
				performance: median(rs.map((r) => r.performance)),
				accessibility: median(rs.map((r) => r.accessibility)),
				metrics: Object.fromEntries(METRICS.map((m) => [m, median(rs.map((r) => r.metrics[m]))])),
				a11yFailures: [...new Set(rs.flatMap((r) => r.a11yFailures))]
			}
		])
	);
}
