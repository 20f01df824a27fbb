/**
 * Coalesces requested story steps (a host page's `atlas:step` messages, a held-down clicker key):
 * only the latest request is applied, at most once per frame and never while a navigation is still
 * running; a request equal to the step shown, pending or being navigated to is ignored. A step is
 * applied on the first frame with no new request (a burst costs one navigation, after its last
 * message), or after `MAX_DEFER` frames of a continuous stream. Pure: the frame scheduler and the
 * navigation are passed in, so the logic runs in node tests.
 */

/** Frames a continuous stream of requests may hold a step back (~130 ms at 60 Hz). */
export const MAX_DEFER = 8;
export interface CoalescerDeps {
	/** the step the page shows now */
	current: () => number;
	/** navigate to a step; the promise settles when the page shows it */
	apply: (step: number) => Promise<unknown> | void;
	/** run a callback on the next frame (`requestAnimationFrame` in the browser) */
	schedule: (cb: () => void) => void;
}

export class StepCoalescer {
	#pending: number | null = null;
	#inFlight: number | null = null;
	#scheduled = false;
	/** a request arrived since the last frame */
	#fresh = false;
	#deferred = 0;
	#deps: CoalescerDeps;
	/** how many navigations were started (for tests and the burst measurement) */
	applied = 0;

	constructor(deps: CoalescerDeps) {
		this.#deps = deps;
	}

	/** The step the page will show once everything requested so far has been applied. */
	get target(): number {
		return this.#pending ?? this.#inFlight ?? this.#deps.current();
	}

	request(step: number): void {
		if (step === this.target) return;
		this.#pending = step;
		this.#fresh = true;
		this.#arm();
	}

	#arm() {
		if (this.#scheduled || this.#inFlight !== null) return;
		this.#scheduled = true;
		this.#deps.schedule(() => this.#flush());
	}

	#flush() {
		this.#scheduled = false;
		if (this.#fresh && this.#deferred < MAX_DEFER) {
			// still arriving: wait for a quiet frame
			this.#fresh = false;
			this.#deferred++;
			this.#arm();
			return;
		}
		this.#fresh = false;
		this.#deferred = 0;
		const step = this.#pending;
		this.#pending = null;
		if (step === null || step === this.#deps.current()) return;
		this.#inFlight = step;
		this.applied++;
		const done = () => {
			this.#inFlight = null;
			if (this.#pending !== null) this.#arm();
		};
		const r = this.#deps.apply(step);
		if (r && typeof (r as Promise<unknown>).then === 'function')
			(r as Promise<unknown>).then(done, done);
		else done();
	}
}
