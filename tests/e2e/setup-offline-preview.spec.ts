/**
 * Set-up: `npm run build:offline` builds into its own folders (.svelte-kit-offline, offline/) and
 * never touches what `npm run preview` serves; `PORT` chooses the preview's port.
 * The offline pack is built once, by the test command, after the web build (scripts/test-all.sh);
 * this test checks that order and then serves what the web build left.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';

// beside the suite's own preview (E2E_PORT), in the same small range
const port = Number(process.env.E2E_PORT ?? 4173) + 5;

async function waitFor(url: string, ms: number): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`${url} did not answer within ${ms} ms`);
}

test('after the offline build, `PORT=… npm run preview` still serves the English site', async ({
	page
}) => {
	test.setTimeout(120_000);
	const built = (f: string) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0;
	expect(
		built('offline/resistance-atlas-en.html'),
		'run `npx vite build`, then `npm run build:offline` (the test command does both)'
	).toBeGreaterThan(built('build/index.html'));
	expect(built('build/index.html')).toBeGreaterThan(0);
	let server: ChildProcess | undefined;
	try {
		server = spawn('npm', ['run', 'preview'], {
			env: { ...process.env, PORT: String(port) },
			stdio: 'ignore',
			detached: true
		});
		await waitFor(`http://localhost:${port}/`, 60_000);
		await page.goto(`http://localhost:${port}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('link', { name: 'Resistance Atlas' }).first()).toBeVisible();
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		const res = await page.goto(`http://localhost:${port}/stories/arms-race`);
		expect(res?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
		await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
	} finally {
		if (server?.pid) process.kill(-server.pid);
	}
});
