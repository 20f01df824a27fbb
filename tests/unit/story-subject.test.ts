/** What a story step talks about: its `fit` and the entities its caption names; and its compact table. */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { captionNames, namesOf, stepSubject } from '../../src/lib/domain/story-subject';
import { networkModel } from '../../src/lib/network/network-model';
import { parseView } from '../../src/lib/domain/view-state';

const alk = loadAtlas('alk-nsclc');
const node = (id: string) => alk.nodes.find((n) => n.id === id)!;
const step = (story: string, n: number) => alk.stories.find((s) => s.id === story)!.steps[n - 1];
const caption = (en: string, zh = '') => ({ en, zh });
const cols = () => ({ en: '', zh: '' });

describe('names a caption may use', () => {
	it('the label, without a trailing parenthesis, an alternative after "/", or the gene', () => {
		expect(namesOf(node('alk-i1151tins'), 'en')).toEqual([
			'ALK 1151Tins (threonine insertion)',
			'ALK 1151Tins',
			'1151Tins'
		]);
		expect(namesOf(node('alk-amplification'), 'en')).toEqual([
			'ALK amplification / copy-number gain',
			'ALK amplification'
		]);
		expect(namesOf(node('alk-amplification'), 'zh')).toContain('ALK 扩增');
		// a compound keeps its "/", a one-word remainder is no name
		expect(namesOf(node('alk-g1202r-l1196m'), 'en')).toContain('G1202R/L1196M');
		expect(namesOf(node('egfr-activation'), 'en')).toEqual(['EGFR / HER-family activation']);
	});
});

describe('captionNames', () => {
	it('finds names as whole words, case aside, in either language', () => {
		expect(captionNames(caption('L1196M and C1156Y after Crizotinib'), alk.nodes).sort()).toEqual(
			['alk-c1156y', 'alk-l1196m', 'crizotinib'].sort()
		);
		expect(captionNames(caption('', '克唑替尼耐药后'), alk.nodes)).toEqual(['crizotinib']);
	});
	it('a mutation inside a compound names the compound, not the single mutation', () => {
		const ids = captionNames(caption('compounds such as G1202R/L1196M resist'), alk.nodes);
		expect(ids).toEqual(['alk-g1202r-l1196m']);
	});
	it('"MET amplification" does not name ALK amplification', () => {
		expect(captionNames(caption('MET amplification'), alk.nodes)).toEqual(['met-amplification']);
	});
	it('a curated step: G1202R named in passing joins the camera', () => {
		const s = step('arms-race', 2);
		expect(s.fit).not.toContain('alk-g1202r');
		expect(stepSubject(s, alk.nodes)).toEqual([...s.fit, 'alk-g1202r']);
	});
	it('a step without a camera keeps the default (my story)', () => {
		expect(stepSubject({ fit: [], caption: caption('L1196M') }, alk.nodes)).toEqual([]);
	});
});

describe('a story step lays out only what it shows', () => {
	it('its subject is drawn, and sits closer together than in the full table', () => {
		const s = step('bypass-and-transformation', 2);
		const view = parseView(new URLSearchParams(s.view), alk).view;
		const subject = stepSubject(s, alk.nodes);
		const span = (pos: Record<string, { x: number; y: number }>) => {
			const xs = subject.map((id) => pos[id].x);
			const ys = subject.map((id) => pos[id].y);
			return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
		};
		const net = networkModel(alk, view, cols, subject);
		for (const id of subject) expect(net.visible.has(id), id).toBe(true);
		// the explorer's table with the same families open
		const full = networkModel(alk, { ...view, exp: [...net.openIds] }, cols);
		const [a, b] = [span(net.placement!.position), span(full.placement!.position)];
		// a slide is wider than tall: the compact table is much less deep, and smaller overall
		expect(a.h).toBeLessThan(0.6 * b.h);
		expect(a.w * a.h).toBeLessThan(0.7 * b.w * b.h);
	});
});
