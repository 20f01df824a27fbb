/**
 * Question steps: in presentation mode the lecturer reveals the answer with A or Enter (or the
 * button); a new step starts hidden; in both languages; authored in my story's editor.
 */
import { expect, test } from '@playwright/test';

// presentation mode and a network per step: slow on a shared machine
test.describe.configure({ timeout: 120_000 });

test('predict-next in presentation mode: A reveals the answer, the next step starts hidden, Enter reveals', async ({
	page
}) => {
	await page.goto('/stories/predict-next');
	// the button works once the page is hydrated (slow on a loaded machine)
	await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.locator('.player.present')).toBeVisible();
	await expect(page.locator('.counter')).toHaveText('Step 1 of 8');
	const options = page.getByRole('list', { name: 'Options' });
	await expect(options.getByRole('listitem')).toHaveText([
		/A:\s*L1196M/,
		/B:\s*G1202R/,
		/C:\s*G1269A/,
		/D:\s*MET amplification/
	]);
	const reveal = page.getByRole('button', { name: 'Show the answer (A)' });
	await expect(reveal).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByText(/✓ correct/)).toHaveCount(0);
	await expect(page.getByText(/^Answer:/)).toHaveCount(0);

	await page.keyboard.press('a');
	await expect(page.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expect(options.getByRole('listitem').filter({ hasText: '✓ correct' })).toHaveText([
		/L1196M/,
		/G1269A/
	]);
	await expect(page.getByRole('status').filter({ hasText: 'Answer:' })).toContainText(
		'L1196M (7%) and G1269A (4%) are the most common'
	);

	// the next step: a new question, its answer hidden
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.counter')).toHaveText('Step 2 of 8');
	await expect(page.getByRole('button', { name: 'Show the answer (A)' })).toBeVisible();
	await expect(page.getByText(/✓ correct/)).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(options.getByRole('listitem').filter({ hasText: '✓ correct' })).toHaveText([
		/G1202R/
	]);
	// the button toggles it back
	await page.getByRole('button', { name: 'Hide the answer' }).click();
	await expect(page.getByText(/✓ correct/)).toHaveCount(0);
	// back to step 1: hidden again
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.counter')).toHaveText('Step 1 of 8');
	await expect(page.getByText(/✓ correct/)).toHaveCount(0);
	// a clicker's next (→ / PageDown) first shows the answer, then moves on
	await page.keyboard.press('PageDown');
	await expect(page.locator('.counter')).toHaveText('Step 1 of 8');
	await expect(options.getByRole('listitem').filter({ hasText: '✓ correct' })).toHaveText([
		/L1196M/,
		/G1269A/
	]);
	await page.keyboard.press('PageDown');
	await expect(page.locator('.counter')).toHaveText('Step 2 of 8');
	await expect(page.getByText(/✓ correct/)).toHaveCount(0);
});

test('in Chinese: the question, its options and the answer', async ({ page }) => {
	await page.goto('/zh/stories/predict-next?step=4&present=1');
	await expect(page.locator('.counter')).toHaveText('第 4 步,共 8 步');
	await expect(page.getByText('复合突变 G1202R/L1196M 对几乎所有 ALK-TKI 耐药')).toBeVisible();
	await page.keyboard.press('A');
	const right = page
		.getByRole('list', { name: '选项' })
		.getByRole('listitem')
		.filter({ hasText: '✓ 正确' });
	await expect(right).toHaveText([/NVL-655/, /TPX-0131/]);
	await expect(page.getByRole('status').filter({ hasText: '答案:' })).toContainText(
		'两种说法相互矛盾'
	);
});

test('my story: ask a question on a step, choose the correct option, reveal it in the player', async ({
	page
}) => {
	await page.goto('/?sel=alk-g1202r');
	await page.getByRole('button', { name: 'Add this view to my story' }).click();
	await expect(page.getByRole('status').filter({ hasText: /step 1/i })).toBeVisible();
	await page.goto('/stories/mine');
	await page.getByRole('checkbox', { name: /Ask a question on this step/ }).check();
	await page.getByRole('textbox', { name: 'Option A · Caption of step 1' }).fill('Lorlatinib');
	await page.getByRole('textbox', { name: 'Option B · Caption of step 1' }).fill('Crizotinib');
	await page.getByRole('button', { name: 'Add an option' }).click();
	await page.getByRole('textbox', { name: 'Option C · Caption of step 1' }).fill('Alectinib');
	await page.getByRole('radio', { name: 'C is correct' }).check();
	await page.getByLabel('Explanation, shown with the answer').fill('Because the lecturer says so.');
	const options = page.getByRole('list', { name: 'Options' });
	await expect(options.getByRole('listitem')).toHaveText([/Lorlatinib/, /Crizotinib/, /Alectinib/]);
	await page.getByRole('button', { name: 'Show the answer (A)' }).click();
	await expect(options.getByRole('listitem').filter({ hasText: '✓ correct' })).toHaveText([
		/Alectinib/
	]);
	await expect(page.getByText('Because the lecturer says so.')).toBeVisible();
	// it is stored: a reload keeps the question
	await page.reload();
	await expect(page.getByRole('list', { name: 'Options' }).getByRole('listitem')).toHaveCount(3);
});
