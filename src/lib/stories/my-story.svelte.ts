/**
 * The lecturer's own story, kept in local storage. Nothing the user made is dropped silently:
 * a stored story that no longer parses is moved to a backup key (never overwritten) and reported
 * with its text for download; steps citing what a later data release renamed lose only that
 * reference, with a notice; an edit that would break a limit is refused with a reason; a storage
 * error (quota, private mode) is caught and shown.
 */
import type { Atlas } from '$lib/domain/types';
import {
	emptyStory,
	MAX_STEPS,
	parseUserStory,
	withinLimits,
	type UserQuestion,
	type UserStep,
	type UserStory
} from '$lib/domain/user-story';

export const storyKey = (atlas: string) => `resistance-atlas:my-story:${atlas}`;
export const backupKey = (atlas: string) => `resistance-atlas:my-story-backup:${atlas}`;

/** A stored story that could not be read: why, and its text (offered for download). */
export interface Unreadable {
	reason: string;
	text: string;
	/** the key it was moved to, or null when even that failed (then it stays where it was) */
	backup: string | null;
}

export type EditResult = { ok: true } | { ok: false; reason: 'limit' | 'full' | 'storage' };

export class MyStory {
	// no atlas until `load` is called with one
	story = $state<UserStory>(emptyStory('', ''));
	/** a stored story that no longer parses (moved aside, never overwritten) */
	unreadable = $state<Unreadable | null>(null);
	/** what was dropped from stored steps on load ("step 2: unknown evidence …") */
	dropped = $state<string[]>([]);
	/** the last storage error, or '' */
	storageError = $state('');
	#atlas: Atlas | undefined;
	/** true while the stored text could not be moved aside: then nothing is written over it */
	#locked = false;

	load(atlas: Atlas, untitled: string) {
		// read again each time (another tab may have changed it); notices stay until the atlas changes
		if (this.#atlas?.meta.id !== atlas.meta.id) {
			this.unreadable = null;
			this.dropped = [];
		}
		this.#atlas = atlas;
		this.#locked = false;
		const key = storyKey(atlas.meta.id);
		let raw: string | null = null;
		try {
			raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
		} catch (e) {
			this.storageError = String(e);
		}
		const r = raw ? parseUserStory(raw, atlas) : null;
		if (r?.ok) {
			this.story = r.story;
			if (r.dropped.length) this.dropped = r.dropped;
			return;
		}
		this.story = emptyStory(atlas.meta.id, untitled);
		if (r && raw) this.#setAside(raw, r.reason);
	}

	/** Move unreadable stored text to a backup key that does not hold something else already. */
	#setAside(text: string, reason: string) {
		const id = this.#atlas!.meta.id;
		try {
			let k = backupKey(id);
			for (let i = 2; localStorage.getItem(k) !== null && localStorage.getItem(k) !== text; i++)
				k = `${backupKey(id)}:${i}`;
			localStorage.setItem(k, text);
			localStorage.removeItem(storyKey(id));
			this.unreadable = { reason, text, backup: k };
		} catch (e) {
			this.#locked = true;
			this.storageError = String(e);
			this.unreadable = { reason, text, backup: null };
		}
	}

	#save(): boolean {
		if (!this.#atlas || this.#locked) return false;
		try {
			localStorage.setItem(storyKey(this.#atlas.meta.id), JSON.stringify(this.story));
			this.storageError = '';
			return true;
		} catch (e) {
			this.storageError = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
			return false;
		}
	}

	/** Apply an edit if the result stays within the limits (so it opens again), then store it. */
	#edit(change: (s: UserStory) => void): EditResult {
		const before = $state.snapshot(this.story) as UserStory;
		change(this.story);
		if (!withinLimits(this.story)) {
			this.story = before;
			return { ok: false, reason: 'limit' };
		}
		return this.#save() ? { ok: true } : { ok: false, reason: 'storage' };
	}

	/** Replace the story with one that has passed `parseUserStory`. */
	replace(s: UserStory): EditResult {
		this.story = s;
		this.dropped = [];
		return this.#save() ? { ok: true } : { ok: false, reason: 'storage' };
	}

	get full(): boolean {
		return this.story.steps.length >= MAX_STEPS;
	}

	/** Add a step; returns its number, or why it was not added. */
	add(
		step: UserStep
	): { ok: true; n: number } | { ok: false; reason: 'limit' | 'full' | 'storage' } {
		if (this.full) return { ok: false, reason: 'full' };
		const r = this.#edit((s) => s.steps.push(step));
		return r.ok ? { ok: true, n: this.story.steps.length } : r;
	}

	move(i: number, by: -1 | 1): EditResult {
		const j = i + by;
		if (j < 0 || j >= this.story.steps.length) return { ok: true };
		return this.#edit((s) => ([s.steps[i], s.steps[j]] = [s.steps[j], s.steps[i]]));
	}

	remove(i: number): EditResult {
		return this.#edit((s) => s.steps.splice(i, 1));
	}

	setCaption(i: number, caption: string): EditResult {
		return this.#edit((s) => (s.steps[i].caption = caption));
	}

	/** Set or clear a step's question (the editor keeps it well formed: ≥ 2 options, a correct one, a wrong one). */
	setQuestion(i: number, question: UserQuestion | undefined): EditResult {
		return this.#edit((s) => {
			if (question) s.steps[i].question = question;
			else delete s.steps[i].question;
		});
	}

	setTitle(title: string): EditResult {
		return this.#edit((s) => (s.title = title));
	}
}

export const myStory = new MyStory();
