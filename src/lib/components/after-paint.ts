/**
 * Run `fn` once the browser has painted the next frame: an input's own feedback (a ticked box, a
 * pressed button) reaches the screen before the work it asks for. A hidden tab paints no frames,
 * so `fn` also runs after `fallback` ms.
 */
export function afterPaint(fn: () => void, fallback = 100): void {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		fn();
	};
	requestAnimationFrame(() => setTimeout(run, 0));
	setTimeout(run, fallback);
}
