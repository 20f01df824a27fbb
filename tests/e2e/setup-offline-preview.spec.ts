/**
 * Set-up: `npm run build:offline` builds into its own folders (.svelte-kit-offline, offline/) and
 * never touches what `npm run preview` serves; `PORT` chooses the preview's port.
 * Runs the offline build (two Vite builds), so it is slow.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

const port = Number(process.env.E2E_PORT ?? 4173) + 500;

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
	test.setTimeout(420_000);
	execFileSync('node', ['scripts/build-offline.mjs'], { stdio: 'ignore' });
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
