/**
 * Story checks: every step's view parses without a notice, every id it names exists, and a question
 * step's correct options rest on its cited evidence. Pure; part of `validateAtlas`, so bad story data
 * fails the build naming the file and the story. (That a network step shows what it talks about
 * needs the network's model: `$lib/network/story-subject-shown`, run by the loader.)
 */
import type { Atlas, Story } from './types';
import { parseView } from './view-state';
import { questionProblems } from './question';

type Add = (file: string, id: string, message: string) => void;

/** Every step's view parses without a notice, and every id it names exists. */
export function checkStoryReferences(stories: Story[], atlas: Atlas, add: Add) {
	const ids = new Set([...atlas.nodes.map((n) => n.id), ...atlas.relations.map((r) => r.id)]);
	const evIds = new Set(atlas.evidence.map((e) => e.id));
	for (const st of stories)
		st.steps.forEach((step, i) => {
			const where = atlas.fileOf[st.id];
			const { notices } = parseView(new URLSearchParams(step.view), atlas);
			for (const n of notices)
				add(where, st.id, `step ${i + 1}: view parameter ${n.param}=${n.value} is not valid`);
			for (const f of step.fit)
				if (!ids.has(f)) add(where, st.id, `step ${i + 1}: fit "${f}" is not a node or relation`);
			for (const c of step.cites)
				if (!evIds.has(c)) add(where, st.id, `step ${i + 1}: cites "${c}" is not an evidence item`);
			if (step.question)
				for (const p of questionProblems(step.question, step.cites, atlas))
					add(where, st.id, `step ${i + 1}: ${p}`);
		});
}
