/**
 * The lecturer's own story, kept in local storage. A stored value that no longer validates is
 * ignored (never trusted), and nothing is overwritten by a rejected import.
 */
import type { Atlas } from '$lib/model/types';
import { emptyStory, parseUserStory, type UserStep, type UserStory } from '$lib/model/user-story';

const KEY = (atlas: string) => `resistance-atlas:my-story:${atlas}`;

export class MyStory {
	story = $state<UserStory>(emptyStory('alk-nsclc', ''));
	#atlas: Atlas | undefined;

	load(atlas: Atlas, untitled: string) {
		this.#atlas = atlas;
		const raw =
			typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY(atlas.meta.id));
		const r = raw ? parseUserStory(raw, atlas) : null;
		this.story = r?.ok ? r.story : emptyStory(atlas.meta.id, untitled);
	}

	#save() {
		if (this.#atlas) localStorage.setItem(KEY(this.#atlas.meta.id), JSON.stringify(this.story));
	}

	/** Replace the story with one that has passed `parseUserStory`. */
	replace(s: UserStory) {
		this.story = s;
		this.#save();
	}

	add(step: UserStep): number {
		this.story.steps.push(step);
		this.#save();
		return this.story.steps.length;
	}

	move(i: number, by: -1 | 1) {
		const j = i + by;
		const steps = this.story.steps;
		if (j < 0 || j >= steps.length) return;
		[steps[i], steps[j]] = [steps[j], steps[i]];
		this.#save();
	}

	remove(i: number) {
		this.story.steps.splice(i, 1);
		this.#save();
	}

	setCaption(i: number, caption: string) {
		this.story.steps[i].caption = caption;
		this.#save();
	}

	setTitle(title: string) {
		this.story.title = title;
		this.#save();
	}
}

export const myStory = new MyStory();
