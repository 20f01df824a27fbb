/**
 * A lecturer's own story: validated like URL state (size-limited, schema-checked, never trusted).
 * Pure: parsing returns either the story or the reason it was rejected.
 */
import * as v from 'valibot';
import type { Atlas, Story } from './types';
import { parseView } from './view-state';

export const MAX_STORY_BYTES = 256 * 1024;
export const MAX_STEPS = 200;

const UserStep = v.strictObject({
	caption: v.pipe(v.string(), v.maxLength(2000)),
	view: v.pipe(v.string(), v.maxLength(2000)),
	show: v.optional(
		v.picklist(['network', 'frequency', 'sensitivity', 'trials', 'shares', 'lollipop']),
		'network'
	),
	cites: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(50)), [])
});
export const UserStorySchema = v.strictObject({
	format: v.literal('resistance-atlas-story'),
	version: v.literal(1),
	atlas: v.pipe(v.string(), v.maxLength(120)),
	title: v.pipe(v.string(), v.maxLength(300)),
	steps: v.pipe(v.array(UserStep), v.maxLength(MAX_STEPS))
});
export type UserStory = v.InferOutput<typeof UserStorySchema>;
export type UserStep = UserStory['steps'][number];

export function emptyStory(atlas: string, title: string): UserStory {
	return { format: 'resistance-atlas-story', version: 1, atlas, title, steps: [] };
}

export type ParseResult = { ok: true; story: UserStory } | { ok: false; reason: string };

/** Parse untrusted text (a file, local storage, a shared link) into a story for `atlas`. */
export function parseUserStory(text: string, atlas: Atlas): ParseResult {
	if (new TextEncoder().encode(text).length > MAX_STORY_BYTES)
		return { ok: false, reason: `larger than ${MAX_STORY_BYTES / 1024} KB` };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
	const r = v.safeParse(UserStorySchema, raw);
	if (!r.success) {
		const i = r.issues[0];
		const path = v.getDotPath(i);
		return { ok: false, reason: `${path ? `${path}: ` : ''}${i.message}` };
	}
	if (r.output.atlas !== atlas.meta.id)
		return { ok: false, reason: `made for atlas "${r.output.atlas}"` };
	const ev = new Set(atlas.evidence.map((e) => e.id));
	for (const [i, s] of r.output.steps.entries()) {
		const { notices } = parseView(new URLSearchParams(s.view), atlas);
		if (notices.length)
			return {
				ok: false,
				reason: `step ${i + 1}: unknown ${notices[0].param} "${notices[0].value}"`
			};
		const bad = s.cites.find((c) => !ev.has(c));
		if (bad) return { ok: false, reason: `step ${i + 1}: unknown evidence "${bad}"` };
	}
	return { ok: true, story: r.output };
}

/** A user story in the shape the story player shows (captions in both slots). */
export function asStory(u: UserStory): Story {
	return {
		id: 'mine',
		title: { en: u.title, zh: u.title },
		summary: { en: '', zh: '' },
		steps: u.steps.map((s) => ({
			caption: { en: s.caption, zh: s.caption },
			view: s.view,
			show: s.show,
			fit: [],
			cites: s.cites
		}))
	};
}

/** base64url of UTF-8 JSON, for a shareable link (#story=…). */
export function encodeStory(u: UserStory): string {
	const bytes = new TextEncoder().encode(JSON.stringify(u));
	let bin = '';
	bytes.forEach((b) => (bin += String.fromCharCode(b)));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeStory(s: string): string | null {
	try {
		const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
		return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
	} catch {
		return null;
	}
}

/** Step numbers are 1-based in URLs; anything else falls back to 1. */
export function parseStep(raw: string | null, total: number): number {
	const n = Number(raw);
	return Number.isInteger(n) && n >= 1 && n <= total ? n : 1;
}
