import { expect, test, type Page } from '@playwright/test';
import { measure } from './network-measure';

/**
 * The overview as a lecturer projects it: label sizes on screen (font size × zoom, read from the
 * Cytoscape instance), overlapping labels, a click that changes classes, never elements, and a
 * family that adds its own elements when it first opens.
 */
async function ready(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.network[data-ready]')).toBeVisible({ timeout: 20_000 });
	// the camera settles (fit after hydration is animated)
	await page.waitForTimeout(700);
}

/** The whole network is on the projected screen, without scrolling, and takes most of its height. */
async function onScreen(page: Page, height: number) {
	const box = (await page.getByRole('img', { name: /^(Network of|网络包含)/ }).boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(height);
	expect(box.height).toBeGreaterThan(height * 0.7);
}

for (const path of ['/', '/zh']) {
	test(`overview ${path}: labels ≥ 14 px at 1920×1080, no overlaps`, async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await ready(page, path);
		await onScreen(page, 1080);
		const m = await measure(page);
		expect(m.n).toBeGreaterThan(25);
		expect(m.share14).toBeGreaterThanOrEqual(0.95);
		expect(m.overlaps).toEqual([]);
	});
	test(`overview ${path}: labels ≥ 12 px at 1280×720, no overlaps`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await ready(page, path);
		await onScreen(page, 720);
		const m = await measure(page);
		expect(m.share12).toBeGreaterThanOrEqual(0.95);
		expect(m.overlaps).toEqual([]);
	});
	test(`network embed ${path}: labels ≥ 12 px in a 1024×576 frame`, async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 576 });
		await ready(page, `${path === '/' ? '' : path}/embed/network`);
		const m = await measure(page);
		expect(m.share12).toBeGreaterThanOrEqual(0.95);
		expect(m.overlaps).toEqual([]);
	});
}

/**
 * Long labels take the room they need (the layout measures them): the immune-checkpoint atlas,
 * whose mechanisms run to four lines, and both languages at once. Before, two pairs overlapped in
 * the immune-checkpoint overview, five in the ALK overview with both languages. The lanes' and
 * cells' titles are labels of their own now, and count.
 */
for (const path of [
	'/atlas/immuno-nsclc',
	'/zh/atlas/immuno-nsclc',
	'/?labels=both',
	'/atlas/immuno-nsclc?labels=both'
]) {
	test(`overview ${path}: long labels, no overlaps at 1920×1080 or 1280×720`, async ({ page }) => {
		for (const [width, height] of [
			[1920, 1080],
			[1280, 720]
		]) {
			await page.setViewportSize({ width, height });
			await ready(page, path);
			const m = await measure(page);
			expect(m.n).toBeGreaterThan(10);
			expect(m.overlaps, `${width}×${height}`).toEqual([]);
			// both languages take more room: 14 px on the large screen (11 px at 1280×720)
			if (width === 1920) expect(m.share14).toBeGreaterThanOrEqual(0.95);
			else if (!path.includes('labels=both')) expect(m.share12).toBeGreaterThanOrEqual(0.95);
		}
	});
}

/** The network's elements: ids, and for each edge its two ends. */
const held = (page: Page) =>
	page.evaluate(() => {
		type El = { id(): string; isEdge(): boolean; data(k: string): string };
		const cy = (
			document.querySelector('.network') as unknown as {
				_cyreg: { cy: { elements(): { map<T>(f: (e: El) => T): T[] } } };
			}
		)._cyreg.cy;
		return cy.elements().map((e) => ({
			id: e.id(),
			ends: e.isEdge() ? [e.data('source'), e.data('target')] : null
		}));
	});

test('a click on a node and a filter change classes only; a family opens and folds in place', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await ready(page, '/');
	const before = await held(page);
	const ids = (els: { id: string }[]) => els.map((e) => e.id).sort();
	// the accessible twin chooses G1202R: the network selects it
	await page
		.getByRole('button', { name: /^ALK G1202R/ })
		.first()
		.click();
	await expect(page).toHaveURL(/sel=alk-g1202r/);
	await page.getByRole('checkbox', { name: 'Bypass signalling' }).check();
	await expect(page).toHaveURL(/cls=bypass/);
	expect(ids(await held(page))).toEqual(ids(before));
	await page.getByRole('checkbox', { name: 'Bypass signalling' }).uncheck();
	await page.keyboard.press('Escape');
	// opening a family adds that family's nodes (its members and its open area) and their edges,
	// nothing else; folding it removes nothing, opening it again adds nothing
	const family = page.getByRole('button', { name: /Kinase-domain mutations · \d+/ });
	const count = Number((await family.textContent())!.match(/· (\d+)/)![1]);
	const folded = await held(page);
	await family.click();
	await expect(page).toHaveURL(/exp=kinase-domain-mutations/);
	const opened = await held(page);
	const was = new Set(ids(folded));
	const added = opened.filter((e) => !was.has(e.id));
	const nodes = new Set(added.filter((e) => !e.ends).map((e) => e.id));
	expect(nodes.size).toBe(count + 1);
	expect(nodes).toContain('open:kinase-domain-mutations');
	expect(nodes).toContain('alk-l1152r');
	for (const e of added.filter((x) => x.ends))
		expect(
			e.ends!.some((end) => nodes.has(end)),
			e.id
		).toBe(true);
	expect(ids(opened)).toEqual(expect.arrayContaining(ids(folded)));
	await family.click();
	await expect(page).not.toHaveURL(/exp=/);
	expect(ids(await held(page))).toEqual(ids(opened));
	await family.click();
	await expect(page).toHaveURL(/exp=kinase-domain-mutations/);
	expect(ids(await held(page))).toEqual(ids(opened));
	await family.click();
	// the toolbar's "show everything" opens every family, then folds them again
	await page.getByRole('button', { name: 'Show everything' }).click();
	await expect(page).toHaveURL(/exp=all/);
	const open = await page.evaluate(() => {
		const cy = (
			document.querySelector('.network') as unknown as {
				_cyreg: { cy: { getElementById(id: string): { visible(): boolean } } };
			}
		)._cyreg.cy;
		return cy.getElementById('alk-l1152r').visible();
	});
	expect(open).toBe(true);
	// the legend explains families and no trial (the layer is off)
	await expect(
		page.getByRole('listitem').filter({ hasText: /Family: several nodes/ })
	).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: /^\s*Trial\s*$/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Fold families' }).click();
	await expect(page).not.toHaveURL(/exp=/);
});

test('a permalink with a family open frames that family on a projector, as opening it did', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await ready(page, '/?exp=kinase-domain-mutations');
	const members = ['alk-l1152r', 'alk-i1171n', 'alk-c1156f', 'alk-v1185l', 'alk-r1275q'];
	const m = await measure(page, members);
	expect(m.framedProblems).toEqual([]);
	expect(m.framedMin).toBeGreaterThanOrEqual(12);
	expect(m.overlaps).toEqual([]);
	// the same view embedded frames the same family
	await ready(page, '/embed/network?exp=kinase-domain-mutations');
	const e = await measure(page, members);
	expect(e.framedProblems).toEqual([]);
	expect(e.framedMin).toBeGreaterThanOrEqual(12);
});

test('the genotype answer is ringed in the network: the genotype and the drugs active against it', async ({
	page
}) => {
	await ready(page, '/?geno=alk-g1202r');
	const answer = page.getByRole('list', { name: /Active/ });
	await expect(answer.getByRole('button', { name: 'Lorlatinib' })).toBeVisible({ timeout: 20_000 });
	const ringed = await page.evaluate(() => {
		const cy = (
			document.querySelector('.network') as unknown as {
				_cyreg: { cy: { nodes(s: string): { map(f: (n: { id(): string }) => string): string[] } } };
			}
		)._cyreg.cy;
		return cy.nodes('.answer').map((n) => n.id());
	});
	expect(ringed).toContain('alk-g1202r');
	expect(ringed).toContain('lorlatinib');
});

test('labels in both languages for a mixed audience, kept in the URL', async ({ page }) => {
	await ready(page, '/');
	await page.getByRole('button', { name: 'EN + 中文' }).click();
	await expect(page).toHaveURL(/labels=both/);
	const label = await page.evaluate(() => {
		const cy = (
			document.querySelector('.network') as unknown as {
				_cyreg: { cy: { getElementById(id: string): { pstyle(p: string): { strValue: string } } } };
			}
		)._cyreg.cy;
		// break opportunities (U+200B) between Chinese characters are invisible
		return cy
			.getElementById('crizotinib')
			.pstyle('label')
			.strValue.replace(/\u200b/g, '');
	});
	expect(label).toBe('Crizotinib\n克唑替尼');
});
