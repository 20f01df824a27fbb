/** What a projected network shows, read from its Cytoscape instance: label sizes and overlaps. */
import type { Page } from '@playwright/test';

export type Measure = {
	/** labels drawn (text not hidden) */
	n: number;
	/** share of drawn labels at least 14 / 12 px on screen (font size × zoom) */
	share14: number;
	share12: number;
	/** pairs of drawn labels (areas' titles aside) whose boxes overlap */
	overlaps: string[];
	elements: number;
	/** framed ids that are hidden, faded or outside the camera */
	framedProblems: string[];
	/** smallest on-screen label size among the framed ids */
	framedMin: number;
};

/**
 * Wait until the network's camera (the first `.network`) is still: no animation, and the same zoom
 * and pan on two polls in a row (a step's camera animates for 300 ms after the network is drawn).
 */
export async function settled(page: Page) {
	await page.waitForFunction(
		() => {
			const host = document.querySelector('.network') as unknown as {
				_cyreg?: { cy?: { animated(): boolean; zoom(): number; pan(): { x: number; y: number } } };
			} | null;
			const cy = host?._cyreg?.cy;
			if (!cy) return false;
			const w = window as unknown as { __camera?: string };
			const key = `${cy.zoom()}|${cy.pan().x}|${cy.pan().y}`;
			const still = !cy.animated() && w.__camera === key;
			w.__camera = key;
			return still;
		},
		undefined,
		{ polling: 100, timeout: 10_000 }
	);
}

/** Measure the network in `page` (the first `.network`); `framed`: ids that must be on show. */
export async function measure(page: Page, framed: string[] = []): Promise<Measure> {
	return page.evaluate((framed) => {
		type Box = { x1: number; y1: number; x2: number; y2: number };
		type El = {
			id(): string;
			pstyle(p: string): { strValue: string };
			style(p: string): string;
			hasClass(c: string): boolean;
			visible(): boolean;
			length: number;
			boundingBox(o?: object): Box;
		};
		const host = document.querySelector('.network') as unknown as {
			_cyreg: {
				cy: {
					zoom(): number;
					extent(): Box;
					getElementById(id: string): El;
					elements(s?: string): { toArray(): El[]; length: number };
				};
			};
		};
		const cy = host._cyreg.cy;
		const z = cy.zoom();
		const labelBox = (e: El) =>
			e.boundingBox({
				includeNodes: false,
				includeEdges: false,
				includeLabels: true,
				includeSourceLabels: false,
				includeTargetLabels: false,
				includeOverlays: false
			});
		const labels = cy
			.elements(':visible')
			.toArray()
			.filter((e) => e.pstyle('label').strValue && e.style('text-opacity') !== '0')
			.map((e) => ({
				id: e.id(),
				px: parseFloat(e.style('font-size')) * z,
				area: e.hasClass('area'),
				bb: labelBox(e)
			}));
		const overlaps: string[] = [];
		const own = labels.filter((l) => !l.area);
		for (let i = 0; i < own.length; i++)
			for (let j = i + 1; j < own.length; j++) {
				const [a, b] = [own[i].bb, own[j].bb];
				if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
					overlaps.push(`${own[i].id} ~ ${own[j].id}`);
			}
		const share = (px: number) =>
			labels.length ? labels.filter((l) => l.px >= px - 0.01).length / labels.length : 0;
		const ext = cy.extent();
		const framedProblems: string[] = [];
		let framedMin = Infinity;
		for (const id of framed) {
			const e = cy.getElementById(id);
			if (!e.length || !e.visible()) {
				framedProblems.push(`${id}: not drawn`);
				continue;
			}
			if (e.hasClass('faded')) framedProblems.push(`${id}: faded`);
			const b = e.boundingBox();
			if (b.x1 < ext.x1 - 1 || b.x2 > ext.x2 + 1 || b.y1 < ext.y1 - 1 || b.y2 > ext.y2 + 1)
				framedProblems.push(`${id}: outside the frame`);
			const px = parseFloat(e.style('font-size')) * z;
			framedMin = Math.min(framedMin, px);
		}
		return {
			n: labels.length,
			share14: share(14),
			share12: share(12),
			overlaps,
			elements: cy.elements().length,
			framedProblems,
			framedMin
		};
	}, framed);
}
