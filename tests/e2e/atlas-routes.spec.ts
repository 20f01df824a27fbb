/**
 * Routes by atlas: `/atlas/<id>/charts`, `/atlas/<id>/stories/…` and `/embed/<id>/…` render that
 * atlas and their links stay with it; today's URLs (`/charts`, `/stories/…`, `/embed/…`) still
 * render the default atlas. An atlas without a view (the immunotherapy atlas has no curated story
 * and one chart) has no link to what it lacks, and no link on its pages is dead.
 */
import { expect, test, type Page } from '@playwright/test';

const IMMUNO = 'Immune-checkpoint inhibitor resistance in NSCLC';
const ALK = 'ALK-TKI resistance in ALK-positive NSCLC';

/** Same-site links of the page (path and query), without fragments. */
const links = (page: Page) =>
	page
		.locator('a[href^="/"]')
		.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[0]))]);

const nav = (page: Page) => page.locator('header.top nav');

test.describe('routes by atlas', () => {
	test('an atlas-scoped charts page draws that atlas’s charts only, and its links stay in the atlas', async ({
		page,
		request
	}) => {
		await page.goto('/atlas/immuno-nsclc/charts');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Charts: ${IMMUNO}`);
		// the one chart this atlas has something to draw in
		await expect(page.locator('svg[role="group"]')).toHaveCount(1);
		await expect(
			page.getByRole('heading', { level: 2, name: /^Drug × alteration sensitivity/ })
		).toBeVisible();
		await expect(nav(page).getByRole('link', { name: 'Explorer' })).toHaveAttribute(
			'href',
			'/atlas/immuno-nsclc'
		);
		await expect(nav(page).getByRole('link', { name: 'Charts' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(nav(page).getByRole('link', { name: 'Stories' })).toHaveAttribute(
			'href',
			'/atlas/immuno-nsclc/stories'
		);
		await expect(page.getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
			'href',
			'/svg/immuno-nsclc/sensitivity-en.svg'
		);
		const svg = await request.get('/svg/immuno-nsclc/sensitivity-en.svg');
		expect(svg.ok()).toBe(true);
		expect(await svg.text()).toContain('Immune-checkpoint inhibitors');
		// no link of this atlas's pages goes to a page of the default atlas or nowhere
		for (const href of await links(page)) {
			expect(href, href).not.toMatch(/^\/(charts|stories)\b|^\/embed\/(chart|story|network)\b/);
			expect(href, href).not.toMatch(/^\/svg\/[^/]+$/);
			expect((await request.get(href)).status(), href).toBe(200);
		}

		// a mark selects its relation; the drawer and the page link to this atlas's views
		await page.locator('[data-hydrated="true"]').waitFor();
		await page
			.getByRole('button', { name: /× Immune-checkpoint inhibitors/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/atlas\/immuno-nsclc\/charts\?sel=/);
		const sel = new URL(page.url()).searchParams.get('sel');
		await expect(page.getByRole('link', { name: 'Show in the network' })).toHaveAttribute(
			'href',
			`/atlas/immuno-nsclc?sel=${sel}`
		);
		await expect(page.getByRole('link', { name: 'Show in charts' })).toHaveAttribute(
			'href',
			`/atlas/immuno-nsclc/charts?sel=${sel}`
		);
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByLabel('iframe snippet')).toHaveValue(
			new RegExp(`/embed/immuno-nsclc/chart/sensitivity\\?sel=${sel}`)
		);
	});

	test('an atlas without curated stories lists only “My story”, and its explorer links to its own views', async ({
		page,
		request
	}) => {
		await page.goto('/atlas/immuno-nsclc/stories');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Guided stories: ${IMMUNO}`);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(['My story']);
		await page.getByRole('link', { name: 'My story' }).click();
		await expect(page).toHaveURL(/\/atlas\/immuno-nsclc\/stories\/mine$/);
		await expect(page.getByRole('heading', { name: 'My story', level: 1 })).toBeVisible();

		// a view of this atlas added to "my story" is on this atlas's page, and links back to it
		await page.goto('/atlas/immuno-nsclc?sel=immune-escape');
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		await page.getByRole('button', { name: 'Add this view to my story' }).click();
		await expect(page.getByText('Added as step 1 of my story.')).toBeVisible();
		await nav(page).getByRole('link', { name: 'Stories' }).click();
		await page.getByRole('link', { name: 'My story' }).click();
		await expect(page.getByRole('link', { name: 'sel=immune-escape' })).toHaveAttribute(
			'href',
			'/atlas/immuno-nsclc?sel=immune-escape'
		);

		await page.goto('/zh/atlas/immuno-nsclc');
		await expect(nav(page).getByRole('link', { name: '图表' })).toHaveAttribute(
			'href',
			'/zh/atlas/immuno-nsclc/charts'
		);
		for (const href of await links(page))
			expect((await request.get(href)).status(), href).toBe(200);
	});

	test('the default atlas under its own id: same story, links kept under /atlas/<id>', async ({
		page
	}) => {
		await page.goto('/atlas/alk-nsclc/stories/arms-race?step=2');
		await expect(page.locator('.counter')).toHaveText(/^Step 2 of \d+$/);
		const caption = await page.locator('.caption').first().textContent();
		await expect(nav(page).getByRole('link', { name: 'Charts' })).toHaveAttribute(
			'href',
			'/atlas/alk-nsclc/charts'
		);
		await page.locator('[data-hydrated="true"]').waitFor();
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByLabel('iframe snippet')).toHaveValue(
			/\/embed\/alk-nsclc\/story\/arms-race\?step=2/
		);

		// today's URL is an alias of the same page
		await page.goto('/stories/arms-race?step=2');
		await expect(page.locator('.counter')).toHaveText(/^Step 2 of \d+$/);
		await expect(page.locator('.caption').first()).toHaveText(caption!);
		await expect(nav(page).getByRole('link', { name: 'Charts' })).toHaveAttribute(
			'href',
			'/charts'
		);
	});

	test('embeds by atlas render that atlas and open its own pages', async ({ page }) => {
		await page.goto('/embed/immuno-nsclc/network?sel=immune-escape');
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		await expect(page.getByRole('link', { name: /Open in Resistance Atlas/ })).toHaveAttribute(
			'href',
			'/atlas/immuno-nsclc?sel=immune-escape'
		);

		await page.goto('/zh/embed/immuno-nsclc/chart/sensitivity');
		await expect(page.locator('svg[role="group"]')).toHaveCount(1);
		await expect(page.getByRole('link', { name: /在耐药图谱中打开/ })).toHaveAttribute(
			'href',
			'/zh/atlas/immuno-nsclc/charts'
		);

		await page.goto('/embed/alk-nsclc/story/arms-race?step=3');
		await expect(page.locator('.counter')).toHaveText(/^Step 3 of \d+$/);
		await expect(page.getByRole('link', { name: /Open in Resistance Atlas/ })).toHaveAttribute(
			'href',
			'/atlas/alk-nsclc/stories/arms-race?step=3'
		);
	});

	test('today’s URLs still show the default atlas', async ({ page }) => {
		await page.goto('/charts');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Charts: ${ALK}`);
		await expect(page.locator('svg[role="group"]')).toHaveCount(5);
		await expect(page.getByRole('link', { name: 'Download SVG' }).first()).toHaveAttribute(
			'href',
			'/svg/frequency-en.svg'
		);
		await page.goto('/embed/chart/frequency');
		await expect(page.getByRole('link', { name: /Open in Resistance Atlas/ })).toHaveAttribute(
			'href',
			'/charts'
		);
		await page.goto('/embed/network');
		await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
		await expect(page).toHaveTitle(new RegExp(ALK));
	});
});
