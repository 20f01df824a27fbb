/**
 * A lecturer's own story: validated like URL state (size-limited, schema-checked, never trusted).
 * Pure: parsing returns either the story or the reason it was rejected.
 */
import * as v from 'valibot';
import type { Atlas, Question, Story } from './types';
import { questionProblems } from './question';
import { cleanView, describeProblem, viewProblems } from './story-view';
import { SHOW_KINDS } from './constants';

export const MAX_STORY_BYTES = 256 * 1024;
export const MAX_STEPS = 200;
export const MAX_CAPTION = 2000;
export const MAX_TITLE = 300;

export const MAX_OPTION = 300;
/** A question on a lecturer's step: the caption asks; options, the correct ones, an explanation. */
const UserQuestion = v.strictObject({
	kind: v.picklist(['single', 'multiple']),
	options: v.pipe(
		v.array(
			v.strictObject({
				id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,20}$/)),
				label: v.pipe(v.string(), v.maxLength(MAX_OPTION)),
				entity: v.optional(v.pipe(v.string(), v.maxLength(120)))
			})
		),
		v.minLength(2),
		v.maxLength(6)
	),
	correct: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20))), v.minLength(1), v.maxLength(6)),
	explanation: v.pipe(v.string(), v.maxLength(MAX_CAPTION))
});
export type UserQuestion = v.InferOutput<typeof UserQuestion>;

/** The atlas's question shape of a lecturer's question (one text for both languages). */
export const asQuestion = (q: UserQuestion): Question => ({
	kind: q.kind,
	options: q.options.map((o) => ({
		id: o.id,
		label: { en: o.label, zh: o.label },
		...(o.entity ? { entity: o.entity } : {})
	})),
	correct: q.correct,
	explanation: { en: q.explanation, zh: q.explanation }
});

const UserStep = v.strictObject({
	caption: v.pipe(v.string(), v.maxLength(MAX_CAPTION)),
	view: v.pipe(v.string(), v.maxLength(2000)),
	show: v.optional(v.picklist(SHOW_KINDS), 'network'),
	cites: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(50)), []),
	question: v.optional(UserQuestion)
});
export const UserStorySchema = v.strictObject({
	format: v.literal('resistance-atlas-story'),
	version: v.literal(1),
	atlas: v.pipe(v.string(), v.maxLength(120)),
	title: v.pipe(v.string(), v.maxLength(MAX_TITLE)),
	steps: v.pipe(v.array(UserStep), v.maxLength(MAX_STEPS))
});
export type UserStory = v.InferOutput<typeof UserStorySchema>;
export type UserStep = UserStory['steps'][number];

export function emptyStory(atlas: string, title: string): UserStory {
	return { format: 'resistance-atlas-story', version: 1, atlas, title, steps: [] };
}

/** The text of a story file (what "Save as file" writes; the largest form the app writes). */
export function storyFileText(u: UserStory): string {
	return JSON.stringify(u, null, 1);
}

/** Whether the story is within every limit the parser applies (so it will open again). */
export function withinLimits(u: UserStory): boolean {
	return (
		u.steps.length <= MAX_STEPS &&
		u.title.length <= MAX_TITLE &&
		u.steps.every((s) => s.caption.length <= MAX_CAPTION) &&
		new TextEncoder().encode(storyFileText(u)).length <= MAX_STORY_BYTES
	);
}

export type ParseResult =
	| {
			ok: true;
			story: UserStory;
			/** what was dropped from steps because this atlas does not have it ("step 2: unknown sel …") */
			dropped: string[];
	  }
	| { ok: false; reason: string };

/**
 * Parse untrusted text (a file, local storage, a shared link) into a story for `atlas`. A view
 * parameter or evidence id the atlas does not have (a later data release renamed it) is dropped
 * from its step and reported in `dropped`; the rest of the story is kept.
 */
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
	const dropped: string[] = [];
	const steps = r.output.steps.map((s, i) => {
		const problems = viewProblems(s.view, atlas);
		for (const p of problems) dropped.push(`step ${i + 1}: ${describeProblem(p)}`);
		for (const c of s.cites)
			if (!ev.has(c)) dropped.push(`step ${i + 1}: unknown evidence "${c.slice(0, 60)}"`);
		const cites = s.cites.filter((c) => ev.has(c));
		// a question that does not hold (a correct option that is not an option…) is dropped, the step kept
		const bad = s.question ? questionProblems(asQuestion(s.question), cites, atlas, false) : [];
		for (const p of bad) dropped.push(`step ${i + 1}: ${p}`);
		const { question, ...rest } = s;
		return {
			...rest,
			view: problems.length ? cleanView(s.view, atlas) : s.view,
			cites,
			...(question && !bad.length ? { question } : {})
		};
	});
	return { ok: true, story: { ...r.output, steps }, dropped };
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
			cites: s.cites,
			...(s.question ? { question: asQuestion(s.question) } : {})
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

/**
 * Step numbers are 1-based decimal in URLs (`step=0x2`, `step=2.0`, `step= 2` are not steps);
 * anything else falls back to 1 with a notice. A missing parameter is step 1 without one.
 */
export function parseStepParam(
	raw: string | null,
	total: number
): { step: number; notices: { param: string; value: string }[] } {
	if (raw === null) return { step: 1, notices: [] };
	const n = /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : NaN;
	if (n >= 1 && n <= total) return { step: n, notices: [] };
	return { step: 1, notices: [{ param: 'step', value: raw.slice(0, 60) }] };
}

/** The step of `parseStepParam`, without its notice. */
export function parseStep(raw: string | null, total: number): number {
	return parseStepParam(raw, total).step;
}

/**
 * Read a share link's payload (`#story=…`, or `?story=…` offline): null when the address carries
 * no story, otherwise the parsed story or why it cannot be opened (an empty or garbled payload
 * says so instead of being ignored).
 */
export function readShareLink(payload: string | null, atlas: Atlas): ParseResult | null {
	if (payload === null) return null;
	if (!payload) return { ok: false, reason: 'the link carries no story' };
	if (!/^[\w-]+$/.test(payload)) return { ok: false, reason: 'not a story link' };
	const text = decodeStory(payload);
	return text === null ? { ok: false, reason: 'not a story link' } : parseUserStory(text, atlas);
}
