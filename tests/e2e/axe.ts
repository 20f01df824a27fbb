import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Fails with the list of violations (rule, impact, first target) when axe finds any. */
export async function expectNoAxeViolations(page: Page) {
	// violations only: axe skips collecting the nodes that pass, most of a large page's scan time
	// (`options` replaces the option object: the tags come after it)
	const r = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(WCAG_TAGS)
		.analyze();
	const found = r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target.join(' ')}`);
	expect(found).toEqual([]);
}
