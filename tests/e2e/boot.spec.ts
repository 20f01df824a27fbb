import { expect, test, type Page } from '@playwright/test';

/**
 * The explorer draws its network before SvelteKit hydrates (`$lib/network/network-boot`). These tests hold
 * back the page's route modules, as a slow connection would, so the moment between the two is
 * long enough to act in.
 */

interface Probe {
	_cyreg?: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
}

/** Hold every route module until the returned function is called. */
async function holdRouteModules(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/nodes/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Where Cytoscape drew a node, in page coordinates (the instance Cytoscape keeps on its container). */
function nodeOnScreen(page: Page, id: string) {
	return page.evaluate((id) => {
		const el = document.querySelector('.network') as HTMLElement & Probe;
		const p = el._cyreg!.cy.getElementById(id).renderedPosition();
		const r = el.getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, id);
}

/** Mark the instance now on screen, to tell later whether the app kept it or made another. */
const markInstance = (page: Page) =>
	page.evaluate(() => {
		const el = document.querySelector('.network') as HTMLElement & Probe;
		(el._cyreg!.cy as unknown as { probe: boolean }).probe = true;
	});
const sameInstance = (page: Page) =>
	page.evaluate(() => {
		const el = document.querySelector('.network') as HTMLElement & Probe;
		return (el._cyreg?.cy as unknown as { probe?: boolean } | undefined)?.probe === true;
	});

/** The classes a tap gave: the node, one of its neighbours, one node it does not touch. */
const tapped = (page: Page, id: string) =>
	page.evaluate((id) => {
		type N = {
			hasClass(c: string): boolean;
			neighborhood(s: string): N[] & { contains(n: N): boolean };
			closedNeighborhood(): { contains(n: N): boolean };
		};
		const host = document.querySelector('.network') as unknown as {
			_cyreg: { cy: { getElementById(id: string): N; nodes(): { toArray(): N[] } } };
		};
		const cy = host._cyreg.cy;
		const n = cy.getElementById(id);
		const near = n.closedNeighborhood();
		const other = cy
			.nodes()
			.toArray()
			.find((x) => !near.contains(x) && !['area', 'heading'].some((c) => x.hasClass(c)))!;
		return {
			selected: n.hasClass('selected'),
			neighbourFaded: n.neighborhood('node')[0].hasClass('faded'),
			otherFaded: other.hasClass('faded')
		};
	}, id);

const drawnBeforeHydration = async (page: Page) => {
	await expect(page.locator('.network[data-ready="true"]')).toBeAttached();
	await expect(page.locator('.network canvas').first()).toBeVisible();
	await expect(page.locator('html[data-hydrated]')).not.toBeAttached();
	// the panels left out of the first frame are back, still before hydration
	await expect(page.getByRole('combobox', { name: /^(Search|搜索)$/ })).toBeVisible();
	await expect(page.getByRole('group', { name: /^(Evidence level|证据等级)$/ })).toBeVisible();
};

for (const [lang, root, heading] of [
	['en', '/', /^Evidence: ALK G1202R$/],
	['zh', '/zh', /^证据: ALK G1202R$/]
] as const) {
	test(`(${lang}) the network is drawn before the page starts, and a node tapped then becomes the selection`, async ({
		page
	}) => {
		const release = await holdRouteModules(page);
		await page.goto(root);
		await drawnBeforeHydration(page);
		const canvases = await page.locator('.network canvas').count();
		await markInstance(page);
		const at = await nodeOnScreen(page, 'alk-g1202r');
		await page.mouse.click(at.x, at.y);
		// highlighted at once, before the app has started: the node and its neighbours, the rest faded
		await expect
			.poll(() => tapped(page, 'alk-g1202r'))
			.toEqual({
				selected: true,
				neighbourFaded: false,
				otherFaded: true
			});
		await expect(page.locator('html[data-hydrated]')).not.toBeAttached();
		release();
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		await expect(page).toHaveURL(/[?&]sel=alk-g1202r(&|$)/);
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		// the app took over the instance drawn at boot: no second network in the container
		expect(await sameInstance(page)).toBe(true);
		await expect(page.locator('.network canvas')).toHaveCount(canvases);
	});
}

test('a deep link (arrangement and selection) is drawn at boot exactly as the app would draw it', async ({
	page
}) => {
	const release = await holdRouteModules(page);
	await page.goto('/?arr=generation&sel=alk-g1202r');
	await drawnBeforeHydration(page);
	await markInstance(page);
	release();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByRole('heading', { name: /^Evidence: ALK G1202R$/ })).toBeVisible();
	expect(await sameInstance(page)).toBe(true);
});

test('the explorer page asks for its network boot first and carries only its network’s first frame; other pages keep SvelteKit’s preloads and inline data', async ({
	request
}) => {
	const atlas = await (await request.get('/api/alk-nsclc.json')).json();
	for (const [path, key] of [
		['/', 'alk-nsclc||label'],
		['/zh', 'alk-nsclc||label_zh']
	]) {
		const html = await (await request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).toMatch(
			/<script type="module" blocking="render" src="[^"]*\/entry\/network-boot\.[^"]+\.js"><\/script>/
		);
		// the policy comes before any script; the boot's preloads are its own (SvelteKit's `preload`
		// option leaves SvelteKit's out), in the app.html placeholder
		expect(head.indexOf('http-equiv="content-security-policy"')).toBeLessThan(
			head.indexOf('rel="modulepreload"')
		);
		expect(html).not.toContain('%atlas.');
		expect(head).not.toMatch(/entry\/start\.[^"]+" rel="modulepreload"/);
		// the default view's elements, placed, for this page's language; not the atlas
		const frame = /<script type="application\/json" id="network-boot-frame">(.*?)<\/script>/.exec(
			html
		);
		const data = JSON.parse(frame?.[1] ?? 'null');
		expect(data.key).toBe(key);
		const nodes = data.elements.filter((e: { group: string }) => e.group === 'nodes');
		expect(nodes.length).toBeGreaterThan(25);
		expect(nodes.length).toBeLessThan(atlas.nodes.length / 2);
		expect(nodes.every((n: { position?: unknown }) => n.position)).toBe(true);
		expect(html).not.toContain(atlas.evidence[0].quote);
		expect(html).not.toContain('data-sveltekit-fetched');
	}
	const charts = await (await request.get('/charts')).text();
	expect(charts).toMatch(/entry\/start\.[^"]+" rel="modulepreload"/);
	expect(charts).not.toContain('network-boot');
	expect(charts).toContain('data-url="/api/alk-nsclc.json"');
});

for (const path of ['/', '/?sel=alk-g1202r&labels=both']) {
	test(`${path}: the page asks for the atlas once, and the app starts from the boot’s copy`, async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/api/')) asked.push(r.url());
		});
		await page.goto(path);
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		await expect(page.locator('.network[data-ready="true"]')).toBeAttached();
		// the app has its atlas: the search finds a node
		await page.getByRole('combobox', { name: 'Search' }).fill('G1202R');
		await expect(page.getByRole('option', { name: /G1202R/ }).first()).toBeVisible();
		expect(asked.map((u) => new URL(u).pathname)).toEqual(['/api/alk-nsclc.json']);
	});
}
