/**
 * Question steps: what makes a question well formed, and what makes its answer supported. A correct
 * option must name an entity (`entity`) that a cited evidence item states: an end of a relation
 * citing it, or a node listing it among its own evidence. Pure; used by the data validator (build
 * failure) and by "my story" (a question that does not hold is dropped with the reason).
 */
import type { Atlas, Question } from './types';

/** A, B, C… for the n-th option (0-based). */
export const optionLetter = (i: number) => String.fromCharCode(65 + i);

/**
 * Entities a set of evidence items states: the ends of every relation citing one of them, and every
 * node that lists one of them as its own evidence.
 * @example supportedEntities(['ev-g1202r-freq-after-2g'], atlas) // Set {alk-g1202r, brigatinib, …}
 */
export function supportedEntities(
	cites: string[],
	atlas: Pick<Atlas, 'nodes' | 'relations'>
): Set<string> {
	const want = new Set(cites);
	const out = new Set<string>();
	for (const r of atlas.relations)
		if (r.evidence.some((e) => want.has(e))) {
			out.add(r.from);
			out.add(r.to);
		}
	for (const n of atlas.nodes) if (n.evidence.some((e) => want.has(e))) out.add(n.id);
	return out;
}

/** What is wrong with a question, one message per problem (empty when it is well formed and supported). */
export function questionProblems(
	q: Question,
	cites: string[],
	atlas: Pick<Atlas, 'nodes' | 'relations'>,
	/** false for a lecturer's own story: options need not name entities */
	requireSupport = true
): string[] {
	const problems: string[] = [];
	const ids = q.options.map((o) => o.id);
	const dup = ids.find((id, i) => ids.indexOf(id) !== i);
	if (dup) problems.push(`question: option "${dup}" appears twice`);
	for (const c of q.correct)
		if (!ids.includes(c)) problems.push(`question: correct "${c}" is not an option`);
	if (new Set(q.correct).size !== q.correct.length)
		problems.push('question: a correct option is listed twice');
	if (q.kind === 'single' && q.correct.length !== 1)
		problems.push(`question: a single-choice question has exactly one correct option`);
	if (q.correct.length >= q.options.length)
		problems.push('question: at least one option must be wrong');
	const nodeIds = new Set(atlas.nodes.map((n) => n.id));
	for (const o of q.options)
		if (o.entity && !nodeIds.has(o.entity))
			problems.push(`question: option "${o.id}" names "${o.entity}", which is not a known node`);
	if (!requireSupport) return problems;
	const supported = supportedEntities(cites, atlas);
	for (const c of q.correct) {
		const o = q.options.find((x) => x.id === c);
		if (!o) continue;
		if (!o.entity)
			problems.push(`question: correct option "${c}" names no entity (entity: a node id)`);
		else if (nodeIds.has(o.entity) && !supported.has(o.entity))
			problems.push(
				`question: correct option "${c}" (${o.entity}) is not supported by the cited evidence`
			);
	}
	return problems;
}
