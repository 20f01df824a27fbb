#!/usr/bin/env node
/**
 * Screenshots for reviewing the atlas as a projector shows it (issue 16; not run in CI): every step
 * of every story in presentation mode (en, zh; 1920×1080 and 1280×720), every chart in an embed
 * (/embed/chart/…), and the slide exports (network overview, a selection, a chart slide). Serves
 * the built site (`npx vite build` first) with `vite preview` on SHOOT_PORT (default 4191).
 *
 *   node scripts/shoot-projector.mjs [stories|embeds|exports …] [--story <id>] [--out <dir>]
 *
 * Charts in presentation mode are the story steps that show them (`story-…` files).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const OUT = opt('--out', '/work/notes/shots-16');
const ONLY_STORY = opt('--story', null);
const parts = args.length ? args : ['stories', 'embeds', 'exports'];
const PORT = Number(process.env.SHOOT_PORT ?? 4191);
const BASE = `http://localhost:${PORT}`;
const LANGS = ['en', 'zh'];
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];
const CHARTS = ['frequency', 'sensitivity', 'trials', 'shares', 'lollipop'];
const stories = parse(readFileSync('graph-data/alk-nsclc/stories.yaml', 'utf8')).stories;
const pre = (lang) => (lang === 'zh' ? '/zh' : '');

/** The network's camera is still: no animation, same zoom and pan on two polls in a row. */
async function settled(page) {
	await page.waitForFunction(
		() => {
			const cy = document.querySelector('.network')?._cyreg?.cy;
			if (!cy) return false;
			const key = `${cy.zoom()}|${cy.pan().x}|${cy.pan().y}`;
			const still = !cy.animated() && window.__camera === key;
			window.__camera = key;
			return still;
		},
		undefined,
		{ polling: 100, timeout: 10_000 }
	);
}

async function shootStories(browser) {
	for (const lang of LANGS)
		for (const size of SIZES) {
			const page = await browser.newPage({ viewport: size });
			for (const story of stories) {
				if (ONLY_STORY && story.id !== ONLY_STORY) continue;
				await page.goto(`${BASE}${pre(lang)}/stories/${story.id}?step=1&present=1`);
				for (let n = 1; n <= story.steps.length; n++) {
					if (n > 1) await page.keyboard.press('ArrowRight');
					const stage = page.locator(`.present .stage[data-step="${n}"]`);
					await stage.waitFor({ timeout: 20_000 });
					if ((story.steps[n - 1].show ?? 'network') === 'network') {
						await stage.locator('.network[data-ready]').waitFor({ timeout: 20_000 });
						await settled(page);
					} else await stage.locator('svg').first().waitFor({ timeout: 20_000 });
					const file = `story-${story.id}-${n}-${lang}-${size.width}x${size.height}.png`;
					await page.screenshot({ path: join(OUT, file) });
					console.log(file);
				}
			}
			await page.close();
		}
}

async function shootEmbeds(browser) {
	const sizes = [
		{ width: 1920, height: 1080, langs: LANGS },
		{ width: 1280, height: 720, langs: LANGS },
		{ width: 960, height: 540, langs: LANGS }
	];
	for (const size of sizes)
		for (const lang of size.langs) {
			const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
			for (const chart of CHARTS) {
				await page.goto(`${BASE}${pre(lang)}/embed/chart/${chart}`);
				await page.locator('svg').first().waitFor();
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				const file = `embed-${chart}-${lang}-${size.width}x${size.height}.png`;
				await page.screenshot({ path: join(OUT, file) });
				console.log(file);
			}
			await page.close();
		}
}

/** Click an export button and keep the file it downloads. */
async function download(page, button, file) {
	const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
	copyFileSync(await dl.path(), join(OUT, file));
	console.log(`${file} (${dl.suggestedFilename()})`);
}

async function shootExports(browser) {
	for (const lang of LANGS) {
		const page = await browser.newPage({
			viewport: { width: 1440, height: 900 },
			acceptDownloads: true
		});
		const png = /^PNG 1920×1080$/;
		for (const [what, query] of [
			['overview', ''],
			['selection-alk-g1202r', '?sel=alk-g1202r']
		]) {
			await page.goto(`${BASE}${pre(lang)}/${query}`);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			await page.locator('.network[data-ready]').waitFor();
			await settled(page);
			await download(page, page.getByRole('button', { name: png }), `export-${what}-${lang}.png`);
		}
		await page.goto(`${BASE}${pre(lang)}/charts`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const group = page.getByRole('group', { name: /Export image|导出图片/ }).first();
		const slide = lang === 'zh' ? 'PNG 幻灯片 1920×1080' : 'PNG slide 1920×1080';
		await download(
			page,
			group.getByRole('button', { name: slide }),
			`export-chart-frequency-${lang}.png`
		);
		await page.close();
	}
}

mkdirSync(OUT, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(BASE)).ok) break;
		} catch {
			if (i > 120) throw new Error(`no server on ${BASE}`);
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	if (parts.includes('stories')) await shootStories(browser);
	if (parts.includes('embeds')) await shootEmbeds(browser);
	if (parts.includes('exports')) await shootExports(browser);
	await browser.close();
} finally {
	process.kill(-server.pid);
}
