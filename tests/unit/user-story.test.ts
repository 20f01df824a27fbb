/** My story: what the app writes opens again; renamed references are dropped per step, not the story. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { miniAtlas } from './helpers';
import {
	emptyStory,
	encodeStory,
	MAX_CAPTION,
	MAX_STEPS,
	MAX_TITLE,
	parseStepParam,
	parseUserStory,
	asStory,
	readShareLink,
	storyFileText,
	withinLimits,
	type UserStory
} from '../../src/lib/domain/user-story';
import { viewProblems } from '../../src/lib/domain/story-view';

const atlas = miniAtlas();
const step = (caption: string, view = 'sel=alk-g1202r', cites = ['e-freq']) => ({
	caption,
	view,
	show: 'network' as const,
	cites
});

describe('my story limits', { timeout: 120_000 }, () => {
	it('property: a story within the limits saves to a file that opens to the same story', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: MAX_TITLE }),
				fc.array(fc.string({ maxLength: MAX_CAPTION, unit: 'binary' }), { maxLength: 60 }),
				(title, captions) => {
					const s: UserStory = {
						...emptyStory('mini', title),
						steps: captions.map((c) => step(c))
					};
					if (!withinLimits(s)) return;
					const back = parseUserStory(storyFileText(s), atlas);
					expect(back).toEqual({ ok: true, story: s, dropped: [] });
				}
			),
			{ numRuns: 40 }
		);
	});

	it('a story over any limit is outside withinLimits (so the UI refuses the edit)', () => {
		const s = (n: number, cap = 'x') => ({
			...emptyStory('mini', 't'),
			steps: Array.from({ length: n }, () => step(cap))
		});
		expect(withinLimits(s(MAX_STEPS))).toBe(true);
		expect(withinLimits(s(MAX_STEPS + 1))).toBe(false);
		expect(withinLimits(s(1, 'x'.repeat(MAX_CAPTION + 1)))).toBe(false);
		expect(withinLimits({ ...s(1), title: 'x'.repeat(MAX_TITLE + 1) })).toBe(false);
		// each caption within its limit, the file over 256 KB: refused too
		expect(withinLimits(s(MAX_STEPS, '\u0001'.repeat(MAX_CAPTION)))).toBe(false);
	});
});

describe('stored or imported stories from an older data release', () => {
	it('unknown evidence ids and view values are dropped per step, with a notice', () => {
		const s = {
			...emptyStory('mini', 'Old'),
			steps: [
				step('kept', 'sel=alk-g1202r', ['e-freq', 'e-renamed']),
				step('renamed node', 'sel=alk-gone&gen=2'),
				step('odd params', 'selx=1&theme=dark&gen=9')
			]
		};
		const r = parseUserStory(JSON.stringify(s), atlas);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.story.steps.map((x) => x.caption)).toEqual(['kept', 'renamed node', 'odd params']);
		expect(r.story.steps[0].cites).toEqual(['e-freq']);
		expect(r.story.steps[1].view).toBe('gen=2');
		expect(r.story.steps[2].view).toBe('');
		expect(r.dropped).toEqual([
			'step 1: unknown evidence "e-renamed"',
			'step 2: unknown sel "alk-gone"',
			'step 3: unknown parameter "selx"',
			'step 3: unknown parameter "theme"',
			'step 3: unknown gen "9"'
		]);
	});

	it('viewProblems names unknown parameters (selx, step, theme) and values', () => {
		expect(viewProblems('sel=alk-g1202r&gen=2', atlas)).toEqual([]);
		expect(viewProblems('selx=a&step=2&theme=dark', atlas).map((p) => p.param)).toEqual([
			'selx',
			'step',
			'theme'
		]);
	});
});

describe('share links and step parameters', () => {
	it('an empty, garbled or invalid share link says why', () => {
		expect(readShareLink(null, atlas)).toBeNull();
		expect(readShareLink('', atlas)).toEqual({ ok: false, reason: 'the link carries no story' });
		expect(readShareLink('a%20b', atlas)).toEqual({ ok: false, reason: 'not a story link' });
		expect(readShareLink('abc', atlas)).toMatchObject({ ok: false });
		const good = { ...emptyStory('mini', 'T'), steps: [step('c')] };
		expect(readShareLink(encodeStory(good), atlas)).toEqual({ ok: true, story: good, dropped: [] });
		fc.assert(
			fc.property(fc.string(), (p) => {
				const r = readShareLink(p, atlas);
				expect(r === null ? false : r.ok ? true : r.reason.length > 0).toBeTruthy();
			})
		);
	});

	it('step: only plain decimal numbers in range; anything else is step 1 with a notice', () => {
		expect(parseStepParam(null, 8)).toEqual({ step: 1, notices: [] });
		expect(parseStepParam('3', 8)).toEqual({ step: 3, notices: [] });
		for (const bad of ['0x2', '2.0', ' 2', '2e0', '0', '9', '-1', '', '+2', '02'])
			expect(parseStepParam(bad, 8)).toEqual({
				step: 1,
				notices: [{ param: 'step', value: bad }]
			});
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 300 }), (raw, total) => {
				const r = parseStepParam(raw, total);
				expect(r.step >= 1 && r.step <= total).toBe(true);
				expect(r.notices.length === 0).toBe(String(r.step) === raw);
			})
		);
	});
});

describe('question steps in my story', () => {
	const q = (correct: string[], kind: 'single' | 'multiple' = 'single') => ({
		kind,
		options: [
			{ id: 'a', label: 'G1202R' },
			{ id: 'b', label: 'L1196M' }
		],
		correct,
		explanation: 'Because.'
	});
	const file = (question: unknown) =>
		JSON.stringify({
			...emptyStory(atlas.meta.id, 'Quiz'),
			steps: [{ ...step('Which?'), question }]
		});

	it('a well-formed question opens and reaches the player as a question step', () => {
		const r = parseUserStory(file(q(['a'])), atlas);
		expect(r.ok && r.dropped).toEqual([]);
		if (!r.ok) return;
		expect(r.story.steps[0].question?.correct).toEqual(['a']);
		const story = asStory(r.story);
		expect(story.steps[0].question?.options[0].label).toEqual({ en: 'G1202R', zh: 'G1202R' });
	});

	it('a question that does not hold is dropped with the reason, the step kept', () => {
		const r = parseUserStory(file(q(['a', 'b'])), atlas);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.dropped).toEqual([
			'step 1: question: a single-choice question has exactly one correct option',
			'step 1: question: at least one option must be wrong'
		]);
		expect(r.story.steps[0].question).toBeUndefined();
		expect(r.story.steps[0].caption).toBe('Which?');
	});

	it('a malformed question (one option, an unknown field) rejects the file with the path', () => {
		const one = { ...q(['a']), options: [{ id: 'a', label: 'x' }] };
		const r = parseUserStory(file(one), atlas);
		expect(r.ok ? '' : r.reason).toMatch(/^steps\.0\.question\.options: /);
		const extra = parseUserStory(file({ ...q(['a']), hint: 'x' }), atlas);
		expect(extra.ok).toBe(false);
	});
});
