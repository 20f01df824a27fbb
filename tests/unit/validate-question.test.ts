/**
 * Question steps: a bad question fails the build naming the file and the story id; the answer must
 * be supported by the cited evidence's entities (tests/unit/fixtures/question-*).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/server/load-atlas';
import { questionProblems, supportedEntities } from '../../src/lib/domain/question';
import type { Question } from '../../src/lib/domain/types';
import { failure } from './helpers';

const fx = (name: string) => resolve(__dirname, 'fixtures', name);

describe('a bad question step fails the build, naming file and id', () => {
	it.each([
		[
			'question-unsupported',
			't/stories.yaml [quiz]: step 1: question: correct option "b" (alectinib) is not supported by the cited evidence'
		],
		[
			'question-single-two',
			't/stories.yaml [quiz]: step 1: question: correct "c" is not an option'
		],
		[
			'question-single-two',
			't/stories.yaml [quiz]: step 1: question: a single-choice question has exactly one correct option'
		],
		[
			'question-no-entity',
			't/stories.yaml [quiz]: step 1: question: correct option "a" names no entity (entity: a node id)'
		]
	])('%s: %s', (name, message) => {
		expect(failure(() => loadAtlas('t', fx(name)))).toContain(message);
	});

	it('the same question with a supported answer loads', () => {
		// question-unsupported with the other option marked correct: L1196M is an end of rel-1 (ev-1)
		const atlas = {
			nodes: [],
			relations: [
				{
					id: 'rel-1',
					type: 'emerges_after',
					from: 'alk-l1196m',
					to: 'crizotinib',
					evidence: ['ev-1']
				}
			]
		} as never;
		expect([...supportedEntities(['ev-1'], atlas)].sort()).toEqual(['alk-l1196m', 'crizotinib']);
		const q: Question = {
			kind: 'single',
			options: [
				{ id: 'a', label: { en: 'L1196M', zh: 'L1196M' }, entity: 'alk-l1196m' },
				{ id: 'b', label: { en: 'x', zh: 'x' } }
			],
			correct: ['a'],
			explanation: { en: 'e', zh: 'e' }
		};
		const nodes = [
			{ id: 'alk-l1196m', evidence: [] },
			{ id: 'crizotinib', evidence: [] }
		];
		expect(questionProblems(q, ['ev-1'], { ...(atlas as object), nodes } as never)).toEqual([]);
		expect(questionProblems(q, ['ev-2'], { ...(atlas as object), nodes } as never)).toEqual([
			'question: correct option "a" (alk-l1196m) is not supported by the cited evidence'
		]);
	});
});
