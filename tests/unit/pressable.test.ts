import { describe, expect, it } from 'vitest';
import { pressable } from '../../src/lib/charts/pressable';

/** A key press as the mark's handler sees it, recording whether its default was prevented. */
const key = (k: string) => {
	const e = { key: k, prevented: false, preventDefault: () => (e.prevented = true) };
	return e;
};

describe('pressable (a selectable chart mark)', () => {
	it('is a named, focusable toggle button', () => {
		const p = pressable('G1202R · Brigatinib: 43%', true, () => {});
		expect(p).toMatchObject({
			role: 'button',
			tabindex: 0,
			'aria-label': 'G1202R · Brigatinib: 43%',
			'aria-pressed': true
		});
		expect(pressable('x', false, () => {})['aria-pressed']).toBe(false);
	});

	it('a click, Enter and Space press it; Enter and Space do not also act as keys', () => {
		let pressed = 0;
		const p = pressable('x', false, () => pressed++);
		p.onclick();
		expect(pressed).toBe(1);
		for (const k of ['Enter', ' ']) {
			const e = key(k);
			p.onkeydown(e);
			expect(e.prevented).toBe(true);
		}
		expect(pressed).toBe(3);
	});

	it('other keys pass through (Tab moves on, arrows scroll)', () => {
		let pressed = 0;
		const p = pressable('x', false, () => pressed++);
		for (const k of ['Tab', 'ArrowDown', 'Escape', 'a']) {
			const e = key(k);
			p.onkeydown(e);
			expect(e.prevented).toBe(false);
		}
		expect(pressed).toBe(0);
	});
});
