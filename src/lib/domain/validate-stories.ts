/**
 * Story checks: every step's view parses without a notice, every id it names exists, a question step's
 * correct options rest on its cited evidence, and what a
 * network step talks about (its `fit` and every entity its caption names) is shown by that step.
 * Pure; part of `validateAtlas`, so bad story data fails the build naming the file and the story.
 */
import type { Atlas, Story } from './types';
import { networkModel } from '../network/network-model';
import { captionNames, stepSubject } from './story-subject';
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

const noColumnLabel = () => ({ en: '', zh: '' });

/**
 * A network step shows what it talks about: its `fit`, and every entity its caption names (run once
 * the references hold: it draws the step as the story player does).
 */
export function checkStoriesShowTheirSubject(atlas: Atlas, add: Add) {
	const label = new Map(atlas.nodes.map((n) => [n.id, n.label.en]));
	for (const st of atlas.stories)
		st.steps.forEach((step, i) => {
			if (step.show !== 'network') return;
			const view = parseView(new URLSearchParams(step.view), atlas).view;
			const shown = networkModel(
				atlas,
				view,
				noColumnLabel,
				stepSubject(step, atlas.nodes)
			).visible;
			const where = atlas.fileOf[st.id];
			for (const f of step.fit)
				if (!shown.has(f)) add(where, st.id, `step ${i + 1}: fit "${f}" is not shown by its view`);
			for (const id of captionNames(step.caption, atlas.nodes))
				if (!shown.has(id) && !step.fit.includes(id))
					add(
						where,
						st.id,
						`step ${i + 1}: the caption names "${label.get(id)}" (${id}), which its view does not show`
					);
		});
}
