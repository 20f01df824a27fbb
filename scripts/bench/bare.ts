/**
 * The yardstick for the explorer: a bare HTML page that draws the same elements with plain
 * Cytoscape (the UMD bundle from node_modules) and nothing else: no framework, no app.
 *
 * Elements: what the app's first frame holds of its default view: `networkModel(atlas,
 * DEFAULT_VIEW)` (the overview: positions, areas, classes, data), only the elements it shows
 * (`toAdd`; the app adds the rest when a view shows them); the
 * stylesheet the app uses (so both draw the same picture); the same Cytoscape options; a container
 * of the app's canvas size. The page marks its container `data-ready="true"` on Cytoscape's first
 * `render`, like Network.svelte. A tap on a node does what the app's selection does, by hand: fade
 * everything, un-fade the node's neighbourhood, animate the camera to it.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { classState, toAdd } from '../../src/lib/network/class-state';
import { networkModel } from '../../src/lib/network/network-model';
import { DEFAULT_VIEW } from '../../src/lib/domain/view-state';
import { cyOptions, graphStyle, LARGE_NETWORK } from '../../src/lib/network/graph-style';
import type { Atlas } from '../../src/lib/domain/types';

export function writeBarePage(
	dir: string,
	atlas: Atlas,
	box: { width: number; height: number }
): { dir: string; elements: number } {
	const net = networkModel(atlas, DEFAULT_VIEW, (g) => ({ en: `${g}`, zh: `${g}` }));
	const large = net.elements.length > LARGE_NETWORK;
	const elements = toAdd(net.elements, classState(net, null, large), () => false);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const require = createRequire(import.meta.url);
	copyFileSync(
		join(dirname(require.resolve('cytoscape')), 'cytoscape.min.js'),
		join(dir, 'cytoscape.min.js')
	);
	const json = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare Cytoscape</title>
<style>body{margin:0;font-family:system-ui,sans-serif}.network{width:${box.width}px;height:${box.height}px}</style>
</head>
<body>
<main><h1>Bare Cytoscape</h1><div class="network" role="img" aria-label="network"></div></main>
<script type="application/json" id="elements">${json(elements)}</script>
<script type="application/json" id="style">${json(graphStyle('label'))}</script>
<script src="./cytoscape.min.js"></script>
<script>
const container = document.querySelector('.network');
const cy = cytoscape({
	container,
	elements: JSON.parse(document.getElementById('elements').textContent),
	style: JSON.parse(document.getElementById('style').textContent),
	layout: { name: 'preset', fit: true, padding: 24 },
	...${json(cyOptions(net.elements.length))}
});
cy.one('render', () => (container.dataset.ready = 'true'));
cy.on('tap', 'node', (e) => {
	const near = e.target.closedNeighborhood(':visible');
	cy.batch(() => {
		cy.elements().addClass('faded');
		near.removeClass('faded');
	});
	cy.animate({ fit: { eles: near, padding: 40 } }, { duration: 300 });
});
window.cy = cy;
</script>
</body>
</html>
`
	);
	return { dir, elements: elements.length };
}
