/** Strict CSP on every page, no inline handlers or third-party origins, and no CSP violation in use. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
	});
}

test('every built page carries the CSP meta, no inline handler, no third-party script or style', () => {
	const files = htmlFiles('build');
	expect(files.length).toBeGreaterThan(100);
	for (const f of files) {
		const html = readFileSync(f, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, f).toBeTruthy();
		const script = /script-src ([^;]+)/.exec(csp!)![1];
		expect(script, f).not.toContain('unsafe-inline');
		expect(script, f).not.toMatch(/https?:/);
		expect(html, f).not.toMatch(/\son[a-z]+="/i);
		expect(html, f).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//i);
	}
});

test('no CSP violation while using the explorer, charts, a story, an embed and an export', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	for (const url of [
		'/?sel=alk-g1202r',
		'/zh/charts?sel=alk-g1202r',
		'/stories/arms-race?step=4',
		'/embed/story/arms-race?step=2'
	]) {
		await page.goto(url);
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
	}
	await page.goto('/?sel=alk-g1202r');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	const dl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PNG 1920×1080' }).click();
	await dl;
	expect(violations).toEqual([]);
});
