/**
 * A story's network step shows what it talks about: its `fit` and every entity its caption names.
 * It draws each step as the story player does (`networkModel`), so it lives with the network rather
 * than in `domain/`; the loader runs it after `validateAtlas`, and bad story data fails the build
 * naming the file and the story. Relative imports: the loader runs under the Vite plugin and tsx.
 */
import type { Atlas } from '../domain/types';
import type { Problem } from '../domain/validate';
import { parseView } from '../domain/view-state';
import { captionNames, stepSubject } from '../domain/story-subject';
import { networkModel } from './network-model';

type Add = (file: string, id: string, message: string) => void;

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

/** The problems `checkStoriesShowTheirSubject` finds, each naming file and story. */
export function storySubjectProblems(atlas: Atlas): Problem[] {
	const problems: Problem[] = [];
	checkStoriesShowTheirSubject(atlas, (file, id, message) => problems.push({ file, id, message }));
	return problems;
}
