/**
 * The import direction of src/lib (eslint.layers.js) holds: ESLint, run through its Node API on a
 * fixture string placed in a folder, rejects an import against the direction and accepts one with it.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string) {
	const [result] = await eslint.lintText(code + '\nexport { x };\n', { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import direction domain ← app ← network, charts ← export ← stories ← components', () => {
	// loading the flat config and its plugins takes seconds on a shared 2-core machine
	beforeAll(() => eslint.calculateConfigForFile('src/lib/domain/types.ts'), 60_000);

	it.each([
		['src/lib/domain/fixture.ts', "import { x } from '$lib/network/elements';"],
		['src/lib/domain/fixture.ts', "import { x } from '../network/layout';"],
		['src/lib/domain/fixture.ts', "import { x } from '../app/locale';"],
		['src/lib/domain/fixture.ts', "import x from 'cytoscape';"],
		['src/lib/domain/fixture.ts', "import { x } from '$app/state';"],
		['src/lib/domain/fixture.ts', "import { x } from '$lib/paraglide/messages';"],
		['src/lib/network/fixture.ts', "import x from '$lib/components/Explorer.svelte';"],
		['src/lib/network/fixture.ts', "import { x } from '$lib/charts/palette';"],
		['src/lib/charts/fixture.ts', "import { x } from '$lib/export/chart-slide';"],
		['src/lib/export/fixture.ts', "import x from '$lib/stories/StoryPlayer.svelte';"],
		['src/lib/stories/fixture.ts', "import x from '$lib/components/EmbedDialog.svelte';"],
		['src/lib/components/fixture.ts', "import { x } from '$lib/server/load-atlas';"],
		['src/lib/server/fixture.ts', "import x from '../components/Explorer.svelte';"]
	])('%s: %s fails lint', async (file, code) => {
		expect(await restricted(file, code)).toEqual([
			expect.stringMatching(/may not import|does not know/)
		]);
	});

	it.each([
		['src/lib/network/fixture.ts', "import { x } from '$lib/domain/types';"],
		['src/lib/network/fixture.ts', "import { x } from '../domain/view-state';"],
		['src/lib/export/fixture.ts', "import { x } from '$lib/network/graph-style';"],
		['src/lib/stories/fixture.ts', "import x from '$lib/network/Network.svelte';"],
		['src/lib/components/fixture.ts', "import x from '$lib/stories/StoryPlayer.svelte';"],
		['src/lib/domain/fixture.ts', "import { x } from './types';"]
	])('%s: %s passes', async (file, code) => {
		expect(await restricted(file, code)).toEqual([]);
	});
});
