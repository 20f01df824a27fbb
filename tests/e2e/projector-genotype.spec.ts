/** The genotype answer: grouped active / inactive / conflicting / no evidence (collapsed). */
import { expect, test } from '@playwright/test';

test('the genotype answer is grouped, "no evidence" collapsed', async ({ page }) => {
	await page.goto('/?geno=alk-g1202r');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	const panel = page.locator('details.geno');
	await expect(panel.getByRole('heading', { name: /^Active \(\d+\)$/ })).toBeVisible();
	await expect(panel.getByRole('heading', { name: /^Inactive \(\d+\)$/ })).toBeVisible();
	const active = panel.getByRole('list', { name: /^Active/ });
	await expect(active.getByRole('button', { name: 'Lorlatinib' })).toBeVisible();
	const none = panel.locator('details.none');
	await expect(none.locator('summary')).toHaveText(/^No evidence \(\d+\)$/);
	await expect(none).not.toHaveAttribute('open', '');
	await expect(none.getByRole('list')).toBeHidden();
	await none.locator('summary').click();
	await expect(none.getByRole('list')).toBeVisible();
	await expect(panel.getByText('Loading the atlas data…')).toHaveCount(0);
});
