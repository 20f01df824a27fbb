import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import FrequencyChart from './FrequencyChart.svelte';
import { valueText } from './frequency-layout';
import type { FrequencyRow } from '$lib/domain/charts';

const row = (r: Partial<FrequencyRow> & Pick<FrequencyRow, 'id' | 'label' | 'value'>) => ({
	key: r.id,
	mechanism: 'alk-g1202r',
	mechanismLabel: 'ALK G1202R',
	drug: r.id.replace(/^rel-/, ''),
	unit: '%',
	evidence: 'e',
	source: 'DONG Fuyao 2025 [25]',
	generation: 2,
	...r
});
// one mechanism's rows, as the evidence drawer draws them: a value, a value with n, a range
const rows: FrequencyRow[] = [
	row({ id: 'rel-brigatinib', label: 'Brigatinib', value: 43 }),
	row({ id: 'rel-lorlatinib', label: 'Lorlatinib', value: 22, denominator: 23, generation: 3 }),
	row({ id: 'rel-2g', label: '2nd generation', value: 60, low: 50, high: 70 })
];
const props = (onselect: (id: string) => void) => ({
	rows,
	title: 'ALK G1202R: frequency at resistance, by drug',
	axisLabel: 'Resistant patients (%)',
	genLabel: (g: number | null) => `${g}G`,
	describe: (r: FrequencyRow) => `${r.label}: ${valueText(r)}`,
	onselect
});

/** A box `width` px wide in the page, as the drawer gives the chart. */
function box(width: number): HTMLElement {
	const el = document.createElement('div');
	el.style.width = `${width}px`;
	return document.body.appendChild(el);
}

describe('FrequencyChart', () => {
	it('one named, focusable bar per row; a click, Enter or Space selects its relation', async () => {
		const picked: string[] = [];
		render(FrequencyChart, { props: props((id) => picked.push(id)), target: box(720) });
		const bars = page.getByRole('group', { name: /^ALK G1202R: frequency/ }).getByRole('button');
		await expect.element(bars.nth(2)).toBeVisible();
		expect(bars.elements().map((b) => b.getAttribute('aria-label'))).toEqual([
			'Brigatinib: 43%',
			'Lorlatinib: 22% (n = 23)',
			'2nd generation: 50–70%'
		]);
		expect(bars.elements().every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
		const lorlatinib = page.getByRole('button', { name: 'Lorlatinib: 22% (n = 23)' });
		(lorlatinib.element() as SVGGElement).focus();
		await userEvent.keyboard('{Enter}');
		await userEvent.keyboard(' ');
		await page.getByRole('button', { name: 'Brigatinib: 43%' }).click();
		expect(picked).toEqual(['rel-lorlatinib', 'rel-lorlatinib', 'rel-brigatinib']);
	});

	it('in a drawer 280 px wide its text stays ≥ 12 px and every label and value inside', async () => {
		const target = box(280);
		render(FrequencyChart, {
			props: { ...props(() => {}), width: 280, minWidth: 260, showTitle: false },
			target
		});
		const svg = target.querySelector('svg')!;
		await expect.element(page.getByRole('button', { name: 'Brigatinib: 43%' })).toBeVisible();
		const frame = svg.getBoundingClientRect();
		expect(frame.width).toBeCloseTo(280, 0);
		for (const t of svg.querySelectorAll('text')) {
			const ctm = t.getScreenCTM()!;
			const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
			expect(px, t.textContent ?? '').toBeGreaterThanOrEqual(12);
			const r = t.getBoundingClientRect();
			expect(r.left, t.textContent ?? '').toBeGreaterThanOrEqual(frame.left);
			expect(r.right, t.textContent ?? '').toBeLessThanOrEqual(frame.right);
		}
	});
});
