/** Property-based tests: hostile URLs, postMessage payloads and imported files never throw and never get through. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { miniAtlas } from './helpers';
import { parseEmbed, parseEmbedMessage } from '../../src/lib/export/embed';
import {
	parseUserStory,
	emptyStory,
	encodeStory,
	decodeStory,
	MAX_STORY_BYTES
} from '../../src/lib/domain/user-story';
import { parseView } from '../../src/lib/domain/view-state';
import { safeCell } from '../../src/lib/export/exports';
import { slideSvg } from '../../src/lib/export/slide';

const atlas = miniAtlas();

describe('hostile input', () => {
	it('postMessage: only {type:"atlas:step", step:int in range} or {type:"atlas:keys", capture:bool} is accepted', () => {
		fc.assert(
			fc.property(fc.anything(), (data) => {
				const r = parseEmbedMessage(data, 8);
				if (r?.type === 'atlas:step')
					expect(Number.isInteger(r.step) && r.step >= 1 && r.step <= 8).toBe(true);
				else if (r) expect(typeof r.capture).toBe('boolean');
			})
		);
		expect(parseEmbedMessage({ type: 'atlas:keys', capture: false }, 8)).toEqual({
			type: 'atlas:keys',
			capture: false
		});
		for (const bad of [
			{ type: 'atlas:keys' },
			{ type: 'atlas:keys', capture: 'false' },
			{ type: 'atlas:keys', capture: 0 },
			{ type: 'atlas:keys', capture: false, step: 2 }
		])
			expect(parseEmbedMessage(bad, 8)).toBeNull();
		expect(parseEmbedMessage({ type: 'atlas:step', step: 3 }, 8)).toEqual({
			type: 'atlas:step',
			step: 3
		});
		expect(parseEmbedMessage({ type: 'atlas:step', step: 9 }, 8)).toBeNull();
	});

	it('embed and view parameters: random query strings and ids fall back with notices', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom('theme', 'bg', 'size', 'sel', 'gen', 'geno', 'arr', 'lvl', 'x'),
					fc.string({ maxLength: 80 })
				),
				(d) => {
					const q = new URLSearchParams(d);
					const e = parseEmbed(q);
					expect(['light', 'dark', 'projector']).toContain(e.options.theme);
					const v = parseView(q, atlas);
					if (v.view.sel)
						expect(
							['alk-g1202r', 'alectinib'].includes(v.view.sel) ||
								atlas.nodes.some((n) => n.id === v.view.sel) ||
								atlas.relations.some((r) => r.id === v.view.sel)
						).toBe(true);
				}
			)
		);
	});

	it('imported story files: random text never throws; valid ones round-trip through a share link', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				const r = parseUserStory(text, atlas);
				expect(typeof r.ok).toBe('boolean');
			})
		);
		const s = {
			...emptyStory('mini', 'T <b>'),
			steps: [
				{ caption: '=cmd|x', view: 'sel=alk-g1202r', show: 'network' as const, cites: ['e-freq'] }
			]
		};
		const back = parseUserStory(decodeStory(encodeStory(s))!, atlas);
		expect(back).toEqual({ ok: true, story: s, dropped: [] });
		expect(parseUserStory(' '.repeat(MAX_STORY_BYTES + 1), atlas)).toEqual({
			ok: false,
			reason: 'larger than 256 KB'
		});
		expect(parseUserStory(JSON.stringify({ ...s, atlas: 'other' }), atlas)).toEqual({
			ok: false,
			reason: 'made for atlas "other"'
		});
	});

	it('text from data is escaped in exported SVG and neutralised in CSV', () => {
		fc.assert(
			fc.property(fc.string(), (t) => {
				const svg = slideSvg({
					title: t,
					caption: t,
					body: { markup: '', width: 1, height: 1 },
					footer: t,
					font: 'x'
				});
				expect(svg).not.toMatch(/<(?!\/?(svg|rect|text|g|path|line|circle)\b)[a-z]/i);
				const cell = safeCell(t);
				expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
			})
		);
	});
});
