/**
 * The reveal.js plugin the site ships (/reveal/resistance-atlas.js) in a real reveal.js deck (from
 * node_modules) served from another origin (127.0.0.1:4185), with a story embed from the site:
 * reveal's → moves fragments and the embedded story's step together, and reveal keeps its keys
 * while the viewer is inside the frame.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const SITE = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const DECK_PORT = 4185;
const DIST = join(process.cwd(), 'node_modules/reveal.js/dist');

const deckHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lecture</title>
<link rel="stylesheet" href="/dist/reveal.css"><link rel="stylesheet" href="/dist/theme/white.css">
</head><body><div class="reveal"><div class="slides">
<section><h2>Before the story</h2></section>
<section>
	<iframe data-atlas-story="arms-race" src="${SITE}/embed/story/arms-race" title="The arms race"
		style="width:960px;height:540px;border:0"></iframe>
	<p class="fragment">first fragment</p>
	<p class="fragment">second fragment</p>
</section>
<section><h2>After the story</h2></section>
</div></div>
<script type="module">
	import Reveal from '/dist/reveal.mjs';
	import ResistanceAtlas from '${SITE}/reveal/resistance-atlas.js';
	Reveal.initialize({ plugins: [ResistanceAtlas], transition: 'none' }).then(() => (window.deck = Reveal));
</script></body></html>`;

let server: Server;
test.beforeAll(async () => {
	server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${DECK_PORT}`);
		if (url.pathname === '/') {
			res.writeHead(200, { 'content-type': 'text/html' }).end(deckHtml);
			return;
		}
		const file = normalize(join(DIST, url.pathname.replace(/^\/dist\//, '')));
		if (!url.pathname.startsWith('/dist/') || !file.startsWith(DIST)) {
			res.writeHead(404).end();
			return;
		}
		try {
			const type = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css' }[
				extname(file)
			];
			res
				.writeHead(200, { 'content-type': type ?? 'application/octet-stream' })
				.end(await readFile(file));
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((ok) => server.listen(DECK_PORT, '127.0.0.1', ok));
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

test('reveal → steps fragments and the embedded story; reveal keeps its keys inside the frame', async ({
	page
}) => {
	await page.goto(`http://127.0.0.1:${DECK_PORT}/`);
	await page.waitForFunction(() => 'deck' in window);
	const indices = () =>
		page.evaluate(() =>
			(window as unknown as { deck: { getIndices(): { h: number; f?: number } } }).deck.getIndices()
		);
	const frame = page.frameLocator('iframe[data-atlas-story]');
	const counter = frame.locator('.counter');
	await expect(counter).toHaveText('Step 1 of 8');

	await page.keyboard.press('ArrowRight');
	expect((await indices()).h).toBe(1);
	await expect(counter).toHaveText('Step 1 of 8');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('first fragment', { exact: true })).toHaveClass(/visible/);
	await expect(counter).toHaveText('Step 2 of 8');
	await page.keyboard.press('ArrowLeft');
	await expect(counter).toHaveText('Step 1 of 8');
	expect((await indices()).h).toBe(1);

	// the viewer clicks into the frame: its keys still drive the deck (once), not the story alone
	await frame
		.getByRole('region', { name: /The arms race/ })
		.first()
		.click({ position: { x: 20, y: 20 } });
	await expect(frame.getByRole('region', { name: /The arms race/ }).first()).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('first fragment', { exact: true })).toHaveClass(/visible/);
	await expect(counter).toHaveText('Step 2 of 8');
	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('Step 3 of 8');
	expect(await indices()).toMatchObject({ h: 1, f: 1 });
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await indices()).h).toBe(2);
	await expect(page.getByRole('heading', { name: 'After the story' })).toBeVisible();
	// back onto the story slide: all fragments shown, the story at step 3 again
	await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => (await indices()).h).toBe(1);
	await expect(counter).toHaveText('Step 3 of 8');
});
