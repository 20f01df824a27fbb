import { describe, expect, it } from 'vitest';
import { BOLD, labelSize, textWidth, wrapLines } from '../../src/lib/network/label-metrics';
import { networkModel } from '../../src/lib/network/network-model';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/domain/view-state';
import type { NodeData } from '../../src/lib/network/elements';
import { loadAtlas } from '../../src/lib/server/load-atlas';

const atlases = [loadAtlas('alk-nsclc'), loadAtlas('immuno-nsclc')];

describe('label metrics: Cytoscape wrapping, DejaVu widths', () => {
	it('wraps at spaces and U+200B to the 140 px measure, a long word whole', () => {
		expect(wrapLines('Metabolic reprogramming in the tumour microenvironment')).toHaveLength(4);
		expect(wrapLines('ALK L1196M')).toEqual(['ALK L1196M']);
		// one word wider than the measure stays on its line, overflowing it
		const long = labelSize('Tumour microenvironment alterations');
		expect(long.lines).toBe(3);
		expect(long.width).toBeGreaterThan(140);
		expect(long.width).toBe(textWidth('microenvironment'));
		// both languages: a line each, and the Chinese wraps at its break opportunities
		expect(labelSize('Crizotinib\n克唑替尼').lines).toBe(2);
		expect(
			wrapLines('肿\u200b瘤\u200b微\u200b环\u200b境\u200b改\u200b变\u200b与\u200b免\u200b疫')
		).toHaveLength(2);
		expect(textWidth('第一代')).toBe(57);
		expect(labelSize('')).toEqual({ lines: 0, width: 0 });
	});
});

/**
 * Estimated label boxes of the shown nodes (below each node, `lines` × 19 px and its veil, as wide
 * as measured; a family's in bold) and of the areas' titles (one bold line, 27 px high, centred
 * where placed): the boxes the Playwright overview tests read from Cytoscape.
 */
function labelBoxes(atlasId: string, view: ViewState, field: 'label' | 'label_zh' | 'label_both') {
	const atlas = atlases.find((a) => a.meta.id === atlasId)!;
	const net = networkModel(atlas, view, (g) => ({ en: `${g}`, zh: `${g}` }));
	const p = net.placement!;
	const shownEls = net.elements.filter((e) => e.group === 'nodes' && net.visible.has(e.data.id));
	const family = new Set(
		shownEls.filter((e) => e.classes?.includes('family')).map((e) => e.data.id)
	);
	const shown = shownEls.map((e) => e.data as NodeData);
	const titles = shown
		.filter((d) => d.id.startsWith('title:'))
		.map((d) => {
			const at = p.headings[d.id];
			const w = (textWidth(d[field] ?? d.label) * BOLD) / 2;
			return { id: d.id, x1: at.x - w, x2: at.x + w, y1: at.y - 13.5, y2: at.y + 13.5 };
		});
	const nodes = shown
		.filter((d) => p.position[d.id] && !p.boxes[d.id] && !d.id.startsWith('heading:'))
		.map((d) => {
			const at = p.position[d.id];
			const s = labelSize(d[field] ?? d.label, family.has(d.id));
			const w = Math.max(s.width, 26);
			return {
				id: d.id,
				x1: at.x - w / 2,
				x2: at.x + w / 2,
				y1: at.y + 13,
				y2: at.y + 19 + s.lines * 19
			};
		});
	return [...nodes, ...titles];
}

describe('the overview makes room for long labels', () => {
	const cases: [string, ViewState, 'label' | 'label_zh' | 'label_both'][] = [
		['immuno-nsclc', DEFAULT_VIEW, 'label'],
		['immuno-nsclc', DEFAULT_VIEW, 'label_zh'],
		['immuno-nsclc', { ...DEFAULT_VIEW, labels: 'both' }, 'label_both'],
		['alk-nsclc', DEFAULT_VIEW, 'label'],
		['alk-nsclc', { ...DEFAULT_VIEW, labels: 'both' }, 'label_both'],
		['alk-nsclc', { ...DEFAULT_VIEW, exp: ['kinase-domain-mutations'] }, 'label'],
		[
			'alk-nsclc',
			{ ...DEFAULT_VIEW, exp: ['kinase-domain-mutations'], labels: 'both' },
			'label_both'
		]
	];
	for (const [id, view, field] of cases)
		it(`${id} ${field}${view.exp.length ? ' ' + view.exp.join() : ''}: no two labels overlap, titles included`, () => {
			const boxes = labelBoxes(id, view, field);
			expect(boxes.length).toBeGreaterThan(10);
			// every lane drawn has its title
			expect(boxes.filter((b) => b.id.startsWith('title:lane:')).length).toBeGreaterThan(1);
			const hits: string[] = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i], boxes[j]];
					if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
						hits.push(`${a.id} ~ ${b.id}`);
				}
			expect(hits).toEqual([]);
		});
});
