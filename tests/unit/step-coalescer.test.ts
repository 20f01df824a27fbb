/** The story embed's step coalescer: a burst of requests becomes at most one navigation a frame. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DEFER, StepCoalescer } from '../../src/lib/stories/step-coalescer';

/** A fake page: frames run when `frame()` is called, navigations finish when `finish()` is called. */
function harness(start = 1) {
	let shown = start;
	const frames: (() => void)[] = [];
	const running: (() => void)[] = [];
	const navigations: number[] = [];
	const c = new StepCoalescer({
		current: () => shown,
		apply: (n) => {
			navigations.push(n);
			return new Promise<void>((res) => running.push(() => ((shown = n), res())));
		},
		schedule: (cb) => frames.push(cb)
	});
	const frame = () => frames.splice(0).forEach((f) => f());
	const finish = async () => {
		running.splice(0).forEach((f) => f());
		await Promise.resolve();
		await Promise.resolve();
	};
	return { c, frame, finish, navigations, frames, shown: () => shown };
}

describe('StepCoalescer', () => {
	it('applies only the latest of a burst, once, on the next frame', async () => {
		const h = harness();
		for (let i = 0; i < 10_000; i++) h.c.request((i % 7) + 2);
		expect(h.frames.length).toBe(1);
		expect(h.navigations).toEqual([]);
		h.frame(); // requests came in during this frame: wait for a quiet one
		expect(h.navigations).toEqual([]);
		h.frame();
		expect(h.navigations).toEqual([(9_999 % 7) + 2]);
		await h.finish();
		expect(h.shown()).toBe((9_999 % 7) + 2);
		expect(h.frames.length).toBe(0);
	});

	it('ignores a step equal to the shown or pending one', () => {
		const h = harness(3);
		h.c.request(3);
		expect(h.frames.length).toBe(0);
		h.c.request(5);
		h.c.request(5);
		expect(h.frames.length).toBe(1);
		// back to the shown step before the frame: nothing to navigate
		h.c.request(3);
		h.frame();
		h.frame();
		expect(h.navigations).toEqual([]);
	});

	it('waits for a running navigation, then applies the latest request', async () => {
		const h = harness();
		h.c.request(4);
		h.frame();
		h.frame();
		expect(h.navigations).toEqual([4]);
		h.c.request(4); // the step being navigated to
		expect(h.frames.length).toBe(0);
		h.c.request(6);
		h.c.request(7);
		expect(h.frames.length).toBe(0); // no frame is armed while navigating
		await h.finish();
		expect(h.frames.length).toBe(1);
		h.frame();
		h.frame();
		expect(h.navigations).toEqual([4, 7]);
		await h.finish();
		expect(h.shown()).toBe(7);
	});

	it('a continuous stream still advances every MAX_DEFER frames', () => {
		const h = harness();
		let n = 0;
		for (let f = 0; f < 3 * (MAX_DEFER + 1); f++) {
			h.c.request((f % 5) + 2);
			h.frame();
			n = h.navigations.length;
		}
		expect(n).toBeGreaterThanOrEqual(1);
		expect(n).toBeLessThanOrEqual(3);
	});

	it('property: any burst ends on its last request, with at most one navigation per frame', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 50 }), { maxLength: 20 }),
				async (bursts) => {
					const h = harness();
					let last = 1;
					for (const burst of bursts) {
						for (const s of burst) h.c.request(s);
						if (burst.length) last = burst[burst.length - 1];
						const before = h.navigations.length;
						h.frame();
						expect(h.navigations.length - before).toBeLessThanOrEqual(1);
						await h.finish();
					}
					for (let i = 0; i < MAX_DEFER + 2; i++) {
						h.frame();
						await h.finish();
					}
					expect(h.shown()).toBe(last);
				}
			)
		);
	});
});
