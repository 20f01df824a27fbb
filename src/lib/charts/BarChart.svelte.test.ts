import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BarChart from './BarChart.svelte';
import type { BarRow } from '$lib/domain/charts';

const rows: BarRow[] = [
	{
		key: 'a',
		id: 'brigatinib',
		label: 'Brigatinib',
		value: 43,
		unit: '%',
		evidence: 'e',
		source: 's',
		generation: 2
	},
	{
		key: 'b',
		id: 'alectinib',
		label: 'Alectinib',
		value: 29,
		unit: '%',
		evidence: 'e',
		source: 's',
		generation: 2
	}
];

describe('BarChart', () => {
	it('renders one named, focusable bar per row and reports selection by keyboard', async () => {
		let picked = '';
		render(BarChart, {
			rows,
			title: 'G1202R',
			axisLabel: '%',
			describe: (r: BarRow) => `${r.label}: ${r.value}%`,
			onselect: (id: string) => (picked = id)
		});
		const bar = page.getByRole('button', { name: 'Alectinib: 29%' });
		await expect.element(bar).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Brigatinib: 43%' })).toBeVisible();
		(bar.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		expect(picked).toBe('alectinib');
	});
});
