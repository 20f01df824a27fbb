/**
 * Not in CI: make the PowerPoint deck of every curated story (English and Chinese) in the built
 * site, convert each with LibreOffice (`soffice --headless --convert-to pdf`, Debian's
 * libreoffice-impress) and render its pages as PNGs (`pdftoppm -png -r 50`) to look at.
 *
 *   npx vite build && node scripts/deck-check.mjs [out-dir]   (default deck-check/; port 4186)
 *
 * Prints, per deck: file size, slides in the .pptx, pages in the PDF, and the PNG files written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

// as tests/chromium.ts: Debian's Chromium, headless
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'];

const out = resolve(process.argv[2] ?? 'deck-check');
const port = 4186;
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore'
});
const base = `http://localhost:${port}`;
for (let i = 0; i < 60; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		/* not yet */
	}
	await new Promise((r) => setTimeout(r, 1000));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ acceptDownloads: true });
	const ids = YAML.parse(readFileSync('graph-data/alk-nsclc/stories.yaml', 'utf8')).stories.map(
		(s) => s.id
	);
	for (const id of ids)
		for (const lang of ['en', 'zh']) {
			await page.goto(`${base}${lang === 'zh' ? '/zh' : ''}/stories/${id}`);
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 180_000 }),
				page.getByRole('button', { name: /Download as PowerPoint|下载为 PowerPoint/ }).click()
			]);
			const pptx = join(out, download.suggestedFilename());
			await download.saveAs(pptx);
			const zip = spawnSync('unzip', ['-l', pptx], { encoding: 'utf8' }).stdout;
			const slides = (zip.match(/ppt\/slides\/slide\d+\.xml/g) ?? []).length;
			spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, pptx], {
				stdio: 'ignore'
			});
			const pdf = pptx.replace(/\.pptx$/, '.pdf');
			const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '';
			const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
			const prefix = pptx.replace(/\.pptx$/, '');
			spawnSync('pdftoppm', ['-png', '-r', '50', pdf, prefix]);
			const pngs = readdirSync(out).filter(
				(f) =>
					f.startsWith(`${download.suggestedFilename().replace(/\.pptx$/, '')}-`) &&
					f.endsWith('.png')
			);
			console.log(
				`${download.suggestedFilename()}: ${statSync(pptx).size} bytes, ${slides} slides, PDF ${pages} pages, ${pngs.length} PNGs`
			);
		}
} finally {
	await browser.close();
	server.kill();
}
