/**
 * The one axe spec (WCAG 2.2 AA tags): every route in both languages, and every embed in every
 * theme (in Chinese, the light one), each in the state a user sees (a selection, the drawer, a revealed answer, an open table).
 * One test per route × language (× theme), so the two workers share them out. Feature specs check
 * behaviour; accessibility scans live here only.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// an axe scan of a large page (the explorer's list, a chart page's marks) takes 10–40 s on two cores
test.describe.configure({ timeout: 120_000 });

type Lang = 'en' | 'zh';
interface Case {
	name: string;
	path: string;
	/** what the page must show before the scan, or the interaction that brings the scanned state */
	prepare?: (page: Page, lang: Lang) => Promise<void>;
}

const hydrated = (page: Page) =>
	expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
const networkReady = (page: Page) =>
	expect(page.locator('.network[data-ready="true"]')).toBeVisible({ timeout: 15_000 });

const PAGES: Case[] = [
	{
		name: 'explorer with a selection (drawer open)',
		path: '/?sel=alk-g1202r',
		prepare: async (page, lang) => {
			await networkReady(page);
			await expect(
				page.getByRole('heading', { name: lang === 'en' ? /^Evidence: / : /^证据: / })
			).toBeVisible();
		}
	},
	{
		name: 'explorer of the immune-checkpoint atlas',
		path: '/atlas/immuno-nsclc',
		prepare: networkReady
	},
	{ name: 'evidence page', path: '/evidence/alk-nsclc/alk-g1202r' },
	{ name: 'data page', path: '/data' },
	{
		name: 'charts page with a selection and the lollipop table shown',
		path: '/charts?sel=alk-g1202r-l1196m',
		prepare: async (page, lang) => {
			const lol = page.getByRole('region', {
				name: lang === 'en' ? /^Where on ALK resistance strikes/ : /^ALK 耐药突变发生在哪里/
			});
			await lol
				.getByRole('button', { name: lang === 'en' ? 'Show data table' : '显示数据表' })
				.click();
			await expect(lol.getByRole('table')).toBeVisible();
		}
	},
	{
		name: 'charts page of the immune-checkpoint atlas',
		path: '/atlas/immuno-nsclc/charts',
		prepare: async (page) => {
			// a matrix cell, from the keyboard
			await page.getByRole('button', { name: / × / }).first().focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/sel=/);
			await expect(page.locator('#drawer-h')).toBeVisible();
		}
	},
	{ name: 'story list of the immune-checkpoint atlas', path: '/atlas/immuno-nsclc/stories' },
	{ name: 'story list', path: '/stories' },
	{ name: 'story step', path: '/stories/bypass-and-transformation?step=2', prepare: networkReady },
	{ name: 'my story', path: '/stories/mine' },
	{
		name: 'question step presented, answer revealed',
		path: '/stories/predict-next',
		prepare: async (page, lang) => {
			await page.getByRole('button', { name: lang === 'en' ? 'Present' : '演示' }).click();
			await expect(page.locator('.player.present')).toBeVisible();
			await page.keyboard.press('a');
			await expect(
				page.getByRole('status').filter({ hasText: lang === 'en' ? 'Answer:' : '答案' })
			).toBeVisible();
		}
	}
];

const EMBEDS = [
	'/embed/network?sel=alk-g1202r',
	'/embed/chart/sensitivity',
	'/embed/chart/lollipop?sel=alk-g1202r-l1196m',
	'/embed/story/next-line?step=3',
	'/embed/immuno-nsclc/network?sel=immune-escape',
	'/embed/immuno-nsclc/chart/sensitivity'
];
const THEMES = ['light', 'dark', 'projector'] as const;

for (const lang of ['en', 'zh'] as const) {
	const root = lang === 'en' ? '' : '/zh';
	for (const c of PAGES)
		test(`axe (${lang}): ${c.name}`, async ({ page }) => {
			await page.goto(`${root}${c.path}`);
			await hydrated(page);
			await c.prepare?.(page, lang);
			await expectNoAxeViolations(page);
		});
	// the themes differ in colour only: every theme in English, the light one in Chinese
	for (const path of EMBEDS)
		for (const theme of lang === 'en' ? THEMES : (['light'] as const))
			test(`axe (${lang}): ${path} in the ${theme} theme`, async ({ page }) => {
				await page.goto(`${root}${path}${path.includes('?') ? '&' : '?'}theme=${theme}`);
				await hydrated(page);
				await expect(page.locator(`.embed.theme-${theme}`)).toBeVisible();
				await expectNoAxeViolations(page);
			});
}

test('axe: a bad embed parameter falls back to the light theme with a notice', async ({ page }) => {
	await page.goto('/embed/network?theme=neon');
	await expect(page.getByRole('status').filter({ hasText: /“theme”/ })).toBeVisible();
	await expect(page.locator('.embed.theme-light')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('axe: the explorer in forced colours with reduced motion', async ({ browser }) => {
	const ctx = await browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	await page.goto('/?sel=alk-g1202r&arr=generation');
	await networkReady(page);
	await expectNoAxeViolations(page);
	await ctx.close();
});
