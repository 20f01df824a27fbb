/** Axe (WCAG 2.2 AA tags) on the embed views in every theme and both languages, and on the story pages. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

for (const lang of ['', '/zh'])
	for (const theme of ['light', 'dark', 'projector'])
		test(`embeds in the ${theme} theme${lang ? ' (zh)' : ''} have no axe violations`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			for (const path of [
				`/embed/network?sel=alk-g1202r&theme=${theme}`,
				`/embed/chart/sensitivity?theme=${theme}`,
				`/embed/story/next-line?step=3&theme=${theme}`
			]) {
				await page.goto(`${lang}${path}`);
				await expect(page.locator('html[data-hydrated]')).toBeAttached();
				await expect(page.locator(`.embed.theme-${theme}`)).toBeVisible();
				await expectNoAxeViolations(page);
			}
		});

for (const lang of ['', '/zh'])
	test(`story pages and my story have no axe violations${lang ? ' (zh)' : ''}`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		for (const path of ['/stories', '/stories/bypass-and-transformation?step=2', '/stories/mine']) {
			await page.goto(`${lang}${path}`);
			await expect(page.locator('html[data-hydrated]')).toBeAttached();
			await expectNoAxeViolations(page);
		}
	});
