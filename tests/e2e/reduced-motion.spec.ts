/**
 * Reduced motion: with `prefers-reduced-motion: reduce` the camera jumps to a selection in one
 * step; without it, it glides (the control, so this test can tell the two apart). The viewport is
 * read from the Cytoscape instance on every animation frame while a node is selected by search, and
 * the camera moves asked of it (`animate` with a duration) are recorded: frames alone cannot tell a
 * glide from a cut on a loaded machine, which may draw no frame inside a 300 ms glide.
 */
import { expect, test, type Browser } from '@playwright/test';

/**
 * Distinct viewports (zoom and pan) seen frame by frame while G1202R is selected, and the durations
 * of the animated camera moves asked for meanwhile.
 */
async function viewportsWhileSelecting(
	browser: Browser,
	reducedMotion: 'reduce' | 'no-preference'
) {
	const ctx = await browser.newContext({ reducedMotion });
	const page = await ctx.newPage();
	await page.goto('/');
	await expect(page.locator('.network[data-ready="true"]')).toBeVisible();
	// the network is drawn before the app hydrates: type into the search once it has
	await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 });
	await page.evaluate(() => {
		const w = window as unknown as { viewports: string[]; glides: number[] };
		const cy = (
			document.querySelector('.network') as unknown as {
				_cyreg: {
					cy: {
						zoom(): number;
						pan(): { x: number; y: number };
						animate(a: object, o?: { duration?: number }): unknown;
					};
				};
			}
		)._cyreg.cy;
		w.viewports = [];
		w.glides = [];
		const animate = cy.animate.bind(cy);
		cy.animate = (a, o) => {
			if (o?.duration) w.glides.push(o.duration);
			return animate(a, o);
		};
		const sample = () => {
			const p = cy.pan();
			const v = `${cy.zoom().toFixed(4)} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
			if (w.viewports.at(-1) !== v) w.viewports.push(v);
			requestAnimationFrame(sample);
		};
		sample();
	});
	const box = page.getByRole('combobox', { name: 'Search' });
	await box.fill('G1202R');
	await expect(page.getByRole('option', { name: /^ALK G1202R/ }).first()).toBeVisible();
	await box.press('Enter');
	await expect(page).toHaveURL(/sel=alk-g1202r/);
	// the animated camera takes 300 ms; sample well past it
	await page.waitForTimeout(1000);
	const out = await page.evaluate(() => {
		const w = window as unknown as { viewports: string[]; glides: number[] };
		return { viewports: w.viewports, glides: w.glides };
	});
	await ctx.close();
	return out;
}

test('with reduced motion the camera jumps to a selection; without, it animates', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const reduced = await viewportsWhileSelecting(browser, 'reduce');
	// before and after: the camera did move, in one step, and no glide was asked for
	expect(reduced.viewports.length, reduced.viewports.join(' | ')).toBe(2);
	expect(reduced.glides).toEqual([]);
	// the control: the same selection glides
	const animated = await viewportsWhileSelecting(browser, 'no-preference');
	expect(animated.glides.length).toBeGreaterThan(0);
	expect(animated.viewports.length).toBeGreaterThanOrEqual(2);
});
