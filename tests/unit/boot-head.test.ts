/**
 * The explorer page's network boot: its files from the client manifest, its tags, and the project's
 * own placeholders in `src/app.html` (SvelteKit's output is never rewritten).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BOOT_ENTRY,
	PLACEHOLDERS,
	bootFiles,
	bootTags,
	fillPlaceholders,
	iconHref,
	rootPrefix,
	type ClientManifest
} from '../../src/lib/server/boot-head';
import { BOOT_FRAME } from '../../src/lib/network/boot-frame';

const manifest: ClientManifest = {
	[BOOT_ENTRY]: { file: '_app/immutable/entry/network-boot.X1.js', imports: ['_big.js'] },
	'_big.js': { file: '_app/immutable/chunks/big.js', imports: ['_small.js', '_shared.js'] },
	'_small.js': { file: '_app/immutable/chunks/small.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'src/other.ts': { file: '_app/immutable/chunks/other.js' }
};

describe('network boot tags', () => {
	it('lists the entry’s imports first, each once, and the entry last', () => {
		expect(bootFiles(manifest)).toEqual([
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/small.js',
			'_app/immutable/chunks/big.js',
			'_app/immutable/entry/network-boot.X1.js'
		]);
		expect(bootFiles({})).toEqual([]);
	});
	it('links files relative to the page, as SvelteKit does', () => {
		expect(rootPrefix('/')).toBe('./');
		expect(rootPrefix('/zh')).toBe('./');
		expect(rootPrefix('/atlas/immuno-nsclc')).toBe('../');
		expect(rootPrefix('/zh/atlas/immuno-nsclc')).toBe('../../');
	});
	it('preloads the files, runs the entry render-blocking, and carries the first frame safely', () => {
		const tags = bootTags('./', bootFiles(manifest), { note: '</script><b>$&' });
		expect(tags.head).toMatch(
			/^<link rel="modulepreload" href=".\/_app\/immutable\/chunks\/shared.js">/
		);
		expect(tags.head).toMatch(
			/<script type="module" blocking="render" src=".\/_app\/immutable\/entry\/network-boot.X1.js"><\/script>$/
		);
		expect(tags.body).toContain(`id="${BOOT_FRAME}"`);
		expect(tags.body).not.toContain('</script><b>');
		const json = /<script[^>]*>(.*)<\/script>/.exec(tags.body)![1];
		expect(JSON.parse(json)).toEqual({ note: '</script><b>$&' });
	});
	it('fills the placeholders of app.html and nothing else; other pages get empty tags', () => {
		// the favicon's placeholder is filled beside these, as hooks.server.ts does
		const app = readFileSync('src/app.html', 'utf8').replace('%atlas.icon%', iconHref('./', false));
		expect(app).toContain('href="./favicon.svg"');
		expect(app).toContain(PLACEHOLDERS.head);
		expect(app).toContain(PLACEHOLDERS.body);
		const tags = bootTags('./', bootFiles(manifest), { note: '$&' });
		const out = fillPlaceholders(app, tags);
		expect(out).not.toContain('%atlas.');
		expect(out).toContain('"note":"$&"');
		expect(out.replace(tags.head, '').replace(tags.body, '')).toBe(
			app.replace(PLACEHOLDERS.head, '').replace(PLACEHOLDERS.body, '')
		);
		expect(bootTags('./', [], { a: 1 })).toEqual({ head: '', body: '' });
		expect(bootTags('./', bootFiles(manifest), undefined)).toEqual({ head: '', body: '' });
	});
});
