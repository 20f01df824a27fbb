/**
 * My story across every path that used to lose it (in Chromium, with its real local storage):
 * the 201st step, an over-long caption, renamed evidence, an unreadable stored story, a full quota.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { miniAtlas } from '../../../tests/unit/helpers';
import { emptyStory, MAX_CAPTION, MAX_STEPS, parseUserStory } from '$lib/domain/user-story';
import { backupKey, MyStory, storyKey } from './my-story.svelte';

const atlas = miniAtlas();
const KEY = storyKey('mini');
const step = (caption = 'c', cites = ['e-freq']) => ({
	caption,
	view: 'sel=alk-g1202r',
	show: 'network' as const,
	cites
});
const stored = () => parseUserStory(localStorage.getItem(KEY)!, atlas);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('my story is never lost', () => {
	it('the 201st step is refused; the 200 kept open again', () => {
		const s = new MyStory();
		s.load(atlas, 'Mine');
		for (let i = 0; i < MAX_STEPS; i++) expect(s.add(step(`s${i}`)).ok).toBe(true);
		expect(s.add(step('one too many'))).toEqual({ ok: false, reason: 'full' });
		const again = new MyStory();
		again.load(atlas, 'Mine');
		expect(again.story.steps).toHaveLength(MAX_STEPS);
		expect(again.unreadable).toBeNull();
	});

	it('an edit over the size limit is refused and the story before it is kept', () => {
		const s = new MyStory();
		s.load(atlas, 'Mine');
		s.add(step('first'));
		expect(s.setCaption(0, 'x'.repeat(MAX_CAPTION + 1))).toEqual({ ok: false, reason: 'limit' });
		expect(s.story.steps[0].caption).toBe('first');
		for (let i = 0; i < 150; i++) s.add(step('\u0001'.repeat(MAX_CAPTION)));
		// whatever was accepted still opens
		expect(stored().ok).toBe(true);
	});

	it('evidence renamed by a later release: only that reference goes, with a notice', () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({ ...emptyStory('mini', 'Old'), steps: [step('a', ['e-freq', 'e-old'])] })
		);
		const s = new MyStory();
		s.load(atlas, 'Mine');
		expect(s.story.title).toBe('Old');
		expect(s.story.steps[0].cites).toEqual(['e-freq']);
		expect(s.dropped).toEqual(['step 1: unknown evidence "e-old"']);
	});

	it('an unreadable stored story is moved to a backup key, reported, and never written over', () => {
		const bad = JSON.stringify({
			...emptyStory('mini', 'Too long'),
			steps: Array.from({ length: MAX_STEPS + 1 }, () => step())
		});
		localStorage.setItem(KEY, bad);
		localStorage.setItem(backupKey('mini'), 'an older backup');
		const s = new MyStory();
		s.load(atlas, 'Mine');
		expect(s.unreadable?.reason).toMatch(/^steps: /);
		expect(s.unreadable?.text).toBe(bad);
		expect(s.unreadable?.backup).toBe(`${backupKey('mini')}:2`);
		s.add(step('new'));
		expect(localStorage.getItem(`${backupKey('mini')}:2`)).toBe(bad);
		expect(localStorage.getItem(backupKey('mini'))).toBe('an older backup');
		expect(stored()).toMatchObject({ ok: true, story: { steps: [{ caption: 'new' }] } });
	});

	it('a storage error (quota) is caught and reported, and nothing stored is written over', () => {
		const s = new MyStory();
		s.load(atlas, 'Mine');
		s.add(step('kept'));
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		expect(s.add(step('not stored'))).toEqual({ ok: false, reason: 'storage' });
		expect(s.storageError).toMatch(/QuotaExceededError/);
		vi.restoreAllMocks();
		expect(stored()).toMatchObject({ ok: true, story: { steps: [{ caption: 'kept' }] } });
		// when storage works again the next edit keeps everything (the step is still in memory)
		expect(s.setTitle('T').ok).toBe(true);
		expect(s.storageError).toBe('');
		expect(stored()).toMatchObject({ ok: true, story: { steps: { length: 2 } } });
	});

	it('an unreadable story that cannot be moved aside stays where it is, untouched', () => {
		localStorage.setItem(KEY, '{not json');
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const s = new MyStory();
		s.load(atlas, 'Mine');
		expect(s.unreadable).toMatchObject({ reason: 'not JSON', backup: null });
		vi.restoreAllMocks();
		expect(s.add(step()).ok).toBe(false);
		expect(localStorage.getItem(KEY)).toBe('{not json');
	});
});
