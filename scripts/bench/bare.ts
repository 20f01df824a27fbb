/**
 * The yardstick for the explorer: a bare HTML page that draws the same elements with plain
 * Cytoscape (the UMD bundle from node_modules) and nothing else: no framework, no app.
 *
 * Elements: build/data/<atlas>.cyjs (the site's own export) with the preset positions of
 * `arrange(atlas, 'mechanism')`; the classes and stylesheet the app uses (so both draw the same
 * picture); the same Cytoscape options; a container of the app's canvas size. The page marks its
 * container `data-ready="true"` on Cytoscape's first `render`, like Network.svelte.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrange } from '../../src/lib/model/layout';
import { toElements } from '../../src/lib/model/elements';
import { graphStyle } from '../../src/lib/model/graph-style';
import type { Atlas } from '../../src/lib/model/types';

interface CyjsElement {
	data: Record<string, unknown> & { id: string };
}
interface Cyjs {
	elements: { nodes: CyjsElement[]; edges: CyjsElement[] };
}

export function writeBarePage(
	dir: string,
	cyjsFile: string,
	atlas: Atlas,
	box: { width: number; height: number }
): { dir: string; elements: number } {
	const cyjs = JSON.parse(readFileSync(cyjsFile, 'utf8')) as Cyjs;
	const placement = arrange(atlas, 'mechanism');
	// classes drive the stylesheet; take them from the app's own element builder, by id
	const classes = new Map(toElements(atlas, placement).map((e) => [e.data.id, e.classes ?? '']));
	const elements = [
		...cyjs.elements.nodes.map((n) => ({
			group: 'nodes',
			data: { ...n.data, parent: placement.parent[n.data.id] ?? undefined },
			position: placement.position[n.data.id],
			classes: classes.get(n.data.id)
		})),
		...cyjs.elements.edges.map((e) => ({
			group: 'edges',
			data: e.data,
			classes: classes.get(e.data.id)
		}))
	];
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
	minZoom: 0.15,
	maxZoom: 3,
	wheelSensitivity: 0.3,
	boxSelectionEnabled: false,
	autoungrabify: true
});
cy.one('render', () => (container.dataset.ready = 'true'));
window.cy = cy;
</script>
</body>
</html>
`
	);
	return { dir, elements: elements.length };
}
