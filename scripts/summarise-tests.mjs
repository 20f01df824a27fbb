// Sum vitest and Playwright JSON reports into the closing line `N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, e2eFile, gates = '0'] = process.argv.slice(2);
failed += Number(gates) || 0;
if (existsSync(vitestFile)) {
	const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests;
	skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else {
	console.log(`no vitest report (${vitestFile})`);
	failed += 1;
}
if (existsSync(e2eFile)) {
	const p = JSON.parse(readFileSync(e2eFile, 'utf8'));
	passed += p.stats.expected + (p.stats.flaky ?? 0);
	failed += p.stats.unexpected;
	skipped += p.stats.skipped;
} else {
	console.log(`no playwright report (${e2eFile})`);
	failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
