import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The built site on a plain static file server (no rewrites, no SPA fallback): a path is served
 * from the file of that name, else `<path>.html`, else `<path>/index.html`, else 404.
 */
const BUILD = resolve('build');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};
let server: Server;
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const BASE = `http://localhost:${PORT}`;

test.beforeAll(async () => {
	server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url!, BASE).pathname));
		const file = join(BUILD, path);
		const found = [file, `${file}.html`, join(file, 'index.html')].find(
			(f) => f.startsWith(BUILD) && existsSync(f) && statSync(f).isFile()
		);
		if (!found) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('404 Not Found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
		res.end(readFileSync(found));
	});
	await new Promise<void>((r) => server.listen(PORT, r));
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the language links work on a plain static host', async ({ page }) => {
	await page.goto(`${BASE}/`);
	const toZh = page.getByRole('link', { name: '切换到中文' });
	await expect(toZh).toHaveAttribute('href', '/zh');
	await toZh.click();
	await expect(page).toHaveURL(`${BASE}/zh`);
	await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	// the brand link and the explorer tab on a Chinese page lead to a page the host has
	const brand = await page.locator('header a.brand').getAttribute('href');
	expect(brand).toBe('/zh');
	expect((await page.request.get(`${BASE}${brand}`)).status()).toBe(200);
	for (const a of await page.getByRole('navigation').first().getByRole('link').all()) {
		const href = (await a.getAttribute('href'))!;
		expect((await page.request.get(`${BASE}${href}`)).status(), href).toBe(200);
	}
	// and back to English
	await page.getByRole('link', { name: /Switch to English/i }).click();
	await expect(page).toHaveURL(`${BASE}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
});
