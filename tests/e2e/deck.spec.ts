/**
 * "Download as PowerPoint": the .pptx a story makes, unzipped and read (slides, notes, pictures);
 * pptxgenjs loads only on the click, never with a route's initial JS.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pngSize, texts, unzip } from './zip';

// a deck composes every step's picture at 2× (3840×2160): minutes on a loaded 2-core machine
test.describe.configure({ timeout: 240_000 });

async function downloadDeck(
	page: Page
): Promise<{ name: string; files: Map<string, Buffer>; bytes: number }> {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 200_000 }),
		page.getByRole('button', { name: /Download as PowerPoint|下载为 PowerPoint/ }).click()
	]);
	const buf = readFileSync((await download.path())!);
	return { name: download.suggestedFilename(), files: unzip(buf), bytes: buf.length };
}
const slideNames = (files: Map<string, Buffer>) =>
	[...files.keys()]
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
const slideText = (files: Map<string, Buffer>, n: number) =>
	texts(files.get(`ppt/slides/slide${n}.xml`)!.toString('utf8')).join(' ');
const notesText = (files: Map<string, Buffer>, n: number) => {
	// a slide's notes part is named in the slide's relationships
	const rels = files.get(`ppt/slides/_rels/slide${n}.xml.rels`)!.toString('utf8');
	const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1];
	return texts(files.get(`ppt/notesSlides/${target}`)!.toString('utf8')).join('\n');
};

test('the arms-race deck: title, one slide per step with a 2× picture and editable caption, notes with DOIs, sources', async ({
	page
}) => {
	await page.goto('/stories/arms-race');
	await expect(page.getByRole('heading', { name: /The arms race/ })).toBeVisible();
	const steps = Number(/of (\d+)/.exec((await page.locator('.counter').textContent())!)![1]);
	expect(steps).toBeGreaterThanOrEqual(5);
	const { name, files, bytes } = await downloadDeck(page);
	console.log(`arms-race-en.pptx: ${bytes} bytes, ${steps + 2} slides`);
	expect(name).toBe('resistance-atlas-arms-race-en.pptx');
	const slides = slideNames(files);
	expect(slides).toHaveLength(steps + 2);
	expect(slideText(files, 1)).toContain('The arms race: from crizotinib to lorlatinib');
	// step 4 (slide 5): its caption is text, its link goes back to the exact step
	const s5 = slideText(files, 5);
	expect(s5).toContain('G1202R becomes the most common secondary mutation');
	expect(s5).toMatch(/\/stories\/arms-race\?step=4/);
	expect(files.get('ppt/slides/_rels/slide5.xml.rels')!.toString()).toMatch(
		/Target="http:\/\/localhost:\d+\/stories\/arms-race\?step=4"/
	);
	// each step slide has its picture: a PNG at 2× (3840×2160)
	const media = [...files.keys()].filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'));
	expect(media).toHaveLength(steps);
	for (const m of media) expect(pngSize(files.get(m)!)).toEqual({ width: 3840, height: 2160 });
	// speaker notes: claim, verbatim quote, level, DOI of seed 001
	const notes = notesText(files, 5);
	expect(notes).toContain('G1202R was found in 43%, 29% and 21%');
	expect(notes).toContain('“在接受布格替尼、阿来替尼、塞瑞替尼治疗后耐药的患者中');
	expect(notes).toMatch(/Level E/);
	expect(notes).toContain('DOI 10.3969/j.issn.2095-1264.2025.01.12');
	expect(slideText(files, steps + 2)).toMatch(/^Sources .*DOI 10\./);
});

test('the Chinese predict-next deck: in Chinese, each question step a question slide then an answer slide', async ({
	page
}) => {
	await page.goto('/zh/stories/predict-next');
	await expect(page.getByRole('heading', { name: '预测下一种耐药' })).toBeVisible();
	const { name, files, bytes } = await downloadDeck(page);
	console.log(`predict-next-zh.pptx: ${bytes} bytes, ${slideNames(files).length} slides`);
	expect(name).toBe('resistance-atlas-predict-next-zh.pptx');
	const steps = 8;
	const questions = 8;
	expect(slideNames(files)).toHaveLength(steps + questions + 2);
	expect(slideText(files, 1)).toContain('预测下一种耐药');
	const q = slideText(files, 2);
	const a = slideText(files, 3);
	expect(q).toContain('问题:预测下一种耐药');
	expect(q).toContain('克唑替尼耐药后,最常见的继发性 ALK 激酶域突变是哪些?');
	expect(q).not.toContain('✓');
	expect(a).toContain('答案:预测下一种耐药');
	expect(a).toMatch(/✓ A\s+L1196M/);
	expect(a).toMatch(/✓ C\s+G1269A/);
	expect(a).toContain('最常见的是 L1196M(7%)和 G1269A(4%)');
	// the answer is in the question slide's notes (with the slide number field), not on the slide
	expect(notesText(files, 2)).toMatch(/^答案: A, C$/m);
	expect(notesText(files, 2)).not.toContain('证据');
	expect(notesText(files, 3)).toContain('证据等级 E');
	expect(slideText(files, steps + questions + 2)).toMatch(/^参考来源/);
	// the question and its answer show the same picture
	const pic = (n: number) =>
		/Target="\.\.\/media\/([^"]+)"/.exec(
			files.get(`ppt/slides/_rels/slide${n}.xml.rels`)!.toString()
		)?.[1];
	expect(pic(2)).toBeTruthy();
	expect(pic(3)).toBeTruthy();
});

test('pptxgenjs is not in any route’s initial JS; it loads on the click', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
	});
	const isPptx = async (url: string) =>
		(await (await page.request.get(url)).text()).includes('ppt/presentation.xml');
	for (const path of [
		'/',
		'/charts',
		'/stories',
		'/stories/arms-race',
		'/stories/mine',
		'/zh/stories/predict-next',
		'/embed/story/arms-race'
	]) {
		scripts.length = 0;
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const preloads = await page
			.locator('link[rel="modulepreload"]')
			.evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
		const loaded = [...new Set([...scripts, ...preloads])];
		expect(loaded.length, path).toBeGreaterThan(0);
		for (const url of loaded) expect(await isPptx(url), `${path}: ${url}`).toBe(false);
	}
	// on the click it arrives
	await page.goto('/stories/predict-next');
	await page.waitForLoadState('networkidle');
	scripts.length = 0;
	await downloadDeck(page);
	const after = [...new Set(scripts)];
	const found = [];
	for (const url of after) if (await isPptx(url)) found.push(url);
	expect(found).toHaveLength(1);
	const gz = (
		await page.request.get(found[0], { headers: { 'accept-encoding': 'identity' } })
	).body();
	console.log(`pptxgenjs chunk: ${(await gz).length} bytes`);
});

test('the explorer’s current view as a deck: title, the view, sources; notes with its evidence', async ({
	page
}) => {
	await page.goto('/?sel=alk-g1202r');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	const { name, files } = await downloadDeck(page);
	expect(name).toBe('resistance-atlas-view-alk-g1202r-en.pptx');
	expect(slideNames(files)).toHaveLength(3);
	expect(files.get('ppt/slides/_rels/slide2.xml.rels')!.toString()).toMatch(
		/Target="http:\/\/localhost:\d+\/\?sel=alk-g1202r"/
	);
	expect(notesText(files, 2)).toMatch(/Evidence 1 \(ev-[^)]+\): .*G1202R/);
	expect(notesText(files, 2)).toMatch(/DOI 10\./);
});
