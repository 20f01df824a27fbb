/**
 * What a story step talks about: its camera (`fit`) and every entity its caption names, in either
 * language, so that the camera frames, the stage shows and the validator checks what the caption
 * says. Pure.
 */
import type { AtlasNode, StoryStep } from './types';

/** A letter or digit next to a name (or a `/` joining it into a compound) means it is not that name. */
const JOINED = /[A-Za-z0-9/]/;

/**
 * The names a node goes by in a caption: its label, the label before a parenthesis or a ` / `
 * alternative, and an alteration without its gene (`ALK G1202R` → `G1202R`).
 * @example namesOf({ kind: 'alteration', label: { en: 'ALK 1151Tins (threonine insertion)' } }, 'en')
 * // → ['ALK 1151Tins (threonine insertion)', 'ALK 1151Tins', '1151Tins']
 */
export function namesOf(node: Pick<AtlasNode, 'kind' | 'label'>, lang: 'en' | 'zh'): string[] {
	const label = node.label[lang].trim();
	// a trailing parenthesis: `ALK 1151Tins (threonine insertion)`
	const bare = label.replace(/\s*[(（][^()（）]*[)）]$/u, '').trim();
	// an alternative after `/`: `ALK amplification / copy-number gain`, `ALK 扩增/拷贝数增加`; not a
	// compound's `G1202R/L1196M`, nor a one-word remainder (`EGFR / HER-family activation`)
	const cut = bare.replace(/\s*\/\s*(?![A-Z0-9]).*$/u, '').trim();
	const short = /\s/.test(cut) ? cut : bare;
	const names = [label, bare, short];
	const residue = short.replace(/^ALK\s+/, '');
	// a mutation without its gene; not a bare `amplification`
	if (node.kind === 'alteration' && residue !== short && /^[A-Z]?\d/.test(residue))
		names.push(residue);
	// too short to be a name in running text (`MET`, `EMT` are three letters and kept)
	return [...new Set(names)].filter((n) => n.length >= (/[^ -~]/.test(n) ? 2 : 3));
}

/** Whether `name` occurs in `text` as itself (not inside a longer word or compound). */
function occurs(text: string, name: string, ignoreCase: boolean): boolean {
	const hay = ignoreCase ? text.toLowerCase() : text;
	const needle = ignoreCase ? name.toLowerCase() : name;
	for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + name.length] ?? ' ';
		const edgeOk = (inner: string, outer: string) => !JOINED.test(inner) || !JOINED.test(outer);
		if (edgeOk(name[0], before) && edgeOk(name[name.length - 1], after)) return true;
	}
	return false;
}

/**
 * Ids of the entities (not groups) a caption names in either language.
 * @example captionNames({ en: 'L1196M after crizotinib', zh: '…' }, atlas.nodes)
 * // → ['crizotinib', 'alk-l1196m']
 */
export function captionNames(caption: { en: string; zh: string }, nodes: AtlasNode[]): string[] {
	return nodes
		.filter(
			(n) =>
				n.kind !== 'group' &&
				(['en', 'zh'] as const).some((lang) =>
					namesOf(n, lang).some((name) => occurs(caption[lang], name, lang === 'en'))
				)
		)
		.map((n) => n.id);
}

/**
 * What a step's camera frames: its `fit` and what its caption names. A step without a camera (my
 * story's steps, free text) keeps the default: the selection's neighbourhood, else everything.
 */
export function stepSubject(
	step: Pick<StoryStep, 'fit' | 'caption'>,
	nodes: AtlasNode[]
): string[] {
	if (!step.fit.length) return [];
	return [...new Set([...step.fit, ...captionNames(step.caption, nodes)])];
}
