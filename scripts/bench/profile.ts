/**
 * Where a page load's time goes, up to an interactive network: Chromium's cumulative task, script,
 * style and layout durations, and a JS sampling profile (top self time by function and by file).
 *
 *   npx tsx scripts/bench/profile.ts [build dir, default build/] [route, default /] [port 4186]
 */
import { resolve } from 'node:path';
import { launchChromium, serve } from './lib';
import { VIEWPORT } from './browser';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

async function main() {
	const dir = resolve(process.argv[2] ?? 'build');
	const route = process.argv[3] ?? '/';
	const port = Number(process.argv[4] ?? 4186);
	const srv = await serve(dir, port);
	const browser = await launchChromium();
	try {
		const ctx = await browser.newContext({ viewport: VIEWPORT });
		const page = await ctx.newPage();
		const cdp = await ctx.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		const t0 = Date.now();
		await page.goto(srv.url + route, { waitUntil: 'commit' });
		await page.waitForSelector('.network[data-ready="true"]', {
			state: 'attached',
			timeout: 60_000
		});
		const wall = Date.now() - t0;
		const { metrics } = await cdp.send('Performance.getMetrics');
		const { profile } = await cdp.send('Profiler.stop');
		const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
		console.log(`${srv.url}${route}: interactive after ~${wall} ms (wall clock, incl. navigation)`);
		for (const k of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'])
			console.log(`  ${k.padEnd(20)} ${(m[k] * 1000).toFixed(0)} ms`);
		console.log(
			`  Nodes ${m.Nodes}, LayoutCount ${m.LayoutCount}, RecalcStyleCount ${m.RecalcStyleCount}, JSHeapUsedSize ${(m.JSHeapUsedSize / 1e6).toFixed(1)} MB`
		);

		const nodes = profile.nodes as ProfileNode[];
		const dt = profile.timeDeltas ?? [];
		const self = new Map<number, number>();
		(profile.samples ?? []).forEach((id, i) =>
			self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000)
		);
		const byFn = new Map<string, number>();
		const byFile = new Map<string, number>();
		for (const n of nodes) {
			const ms = self.get(n.id) ?? 0;
			const file = n.callFrame.url.split('/').pop() || '(native)';
			const fn = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
			byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
			byFile.set(file, (byFile.get(file) ?? 0) + ms);
		}
		const top = (m: Map<string, number>, n: number) =>
			[...m]
				.sort((a, b) => b[1] - a[1])
				.slice(0, n)
				.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
				.join('\n');
		console.log('JS self time by file:\n' + top(byFile, 10));
		console.log('JS self time by function:\n' + top(byFn, 25));
		// inclusive time by function (a function counted once per stack)
		const incl = new Map<string, number>();
		const keyOf = (n: ProfileNode) =>
			`${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() || '(native)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
		const byId = new Map(nodes.map((n) => [n.id, n]));
		const walk = (n: ProfileNode, onStack: Set<string>): number => {
			let t = self.get(n.id) ?? 0;
			const k = keyOf(n);
			const fresh = !onStack.has(k);
			if (fresh) onStack.add(k);
			for (const c of n.children ?? []) t += walk(byId.get(c)!, onStack);
			if (fresh) {
				onStack.delete(k);
				incl.set(k, (incl.get(k) ?? 0) + t);
			}
			return t;
		};
		walk(nodes[0], new Set());
		console.log('JS inclusive time by function:\n' + top(incl, Number(process.env.TOP ?? 40)));
		// who calls the three costliest app functions: self time of each, by caller chain (3 up)
		const parent = new Map<number, ProfileNode>();
		for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n);
		const label = (n?: ProfileNode) =>
			n
				? `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
				: '-';
		const hot = [...byFn]
			.filter(([k]) => !k.includes('(native)'))
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3);
		for (const [fn] of hot) {
			const chains = new Map<string, number>();
			for (const n of nodes) {
				const k = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() || '(native)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
				if (k !== fn) continue;
				const p1 = parent.get(n.id),
					p2 = p1 && parent.get(p1.id),
					p3 = p2 && parent.get(p2.id),
					p4 = p3 && parent.get(p3.id);
				const chain = [p1, p2, p3, p4].map(label).join(' < ');
				chains.set(chain, (chains.get(chain) ?? 0) + (self.get(n.id) ?? 0));
			}
			console.log(`callers of ${fn}:\n` + top(chains, 6));
			// its self time under each ancestor function
			const under = new Map<string, number>();
			for (const n of nodes) {
				if (keyOf(n) !== fn) continue;
				const seen = new Set<string>();
				for (let p = parent.get(n.id); p; p = parent.get(p.id)) {
					const k = keyOf(p);
					if (seen.has(k)) continue;
					seen.add(k);
					under.set(k, (under.get(k) ?? 0) + (self.get(n.id) ?? 0));
				}
			}
			console.log(`${fn} under:\n` + top(under, 30));
		}
		await ctx.close();
	} finally {
		await browser.close();
		await srv.close();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
