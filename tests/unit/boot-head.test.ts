/**
 * The explorer page: the network boot first in the head, SvelteKit's preloads out, the atlas's
 * network slice inline; other pages untouched.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	BOOT_ENTRY,
	bootFiles,
	bootHead,
	deferKitStart,
	type ClientManifest
} from '../../src/lib/server/boot-head';
import { BOOT_DATA } from '../../src/lib/model/network-slice';

const slices = { '/api/alk.json': { meta: { id: 'alk' }, note: '</script><b>' } };
const find = (id: string) => slices[id as keyof typeof slices];

const manifest: ClientManifest = {
	[BOOT_ENTRY]: { file: '_app/immutable/entry/network-boot.X1.js', imports: ['_big.js'] },
	'_big.js': { file: '_app/immutable/chunks/big.js', imports: ['_small.js', '_shared.js'] },
	'_small.js': { file: '_app/immutable/chunks/small.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'src/other.ts': { file: '_app/immutable/chunks/other.js' }
};

/** SvelteKit's start script as SvelteKit 2 writes it (abridged), and its CSP hash. */
const KIT_START = `
				{
					__sveltekit_x1 = { base: new URL(".", location).pathname.slice(0, -1) };

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [{ note: "$& $1" }] });
					});
				}
			`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

const page = (prefix: string, network: string) => `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(KIT_START)}">
		<link href="${prefix}_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="${prefix}_app/immutable/chunks/big.js" rel="modulepreload">
		<link href="${prefix}_app/immutable/chunks/other.js" rel="modulepreload">
		<style>body{margin:0}</style>
	</head>
	<body><main>${network}</main><script>${KIT_START}</script></body>
</html>`;

describe('bootHead', () => {
	it('lists the entry’s imports first, each once, and the entry last', () => {
		expect(bootFiles(manifest)).toEqual([
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/small.js',
			'_app/immutable/chunks/big.js',
			'_app/immutable/entry/network-boot.X1.js'
		]);
		expect(bootFiles({ 'src/other.ts': manifest['src/other.ts'] })).toEqual([]);
	});

	it('puts the boot first in an explorer page, relative to the page, and drops the other preloads', () => {
		const out = bootHead(
			page('../', '<div class="network" role="img" data-boot="/api/alk.json"></div>'),
			bootFiles(manifest),
			find
		);
		const head = out.slice(0, out.indexOf('</head>'));
		// the policy first, so the preload scanner knows it before it meets the preloads
		expect(head).toContain(
			'<meta charset="utf-8" /><meta http-equiv="content-security-policy" content="script-src \'self\' \'sha256-'
		);
		expect(head.match(/content-security-policy/g)).toHaveLength(1);
		expect(head).toContain(
			'<script type="module" blocking="render" src="../_app/immutable/entry/network-boot.X1.js"></script>'
		);
		expect(head.indexOf('network-boot.X1.js"></script>')).toBeLessThan(head.indexOf('<meta name'));
		expect(head).not.toContain('start.A.js');
		expect(head).not.toContain('other.js');
		expect(head.match(/big\.js/g)).toHaveLength(1);
		// the rest of the page is as it was
		expect(out).toContain('<style>body{margin:0}</style>');
		expect(out).toContain('__sveltekit_x1');
	});

	it('carries the network slice inline, as JSON no markup in it can end', () => {
		const out = bootHead(
			page('./', '<div class="network" data-boot="/api/alk.json"></div>'),
			bootFiles(manifest),
			find
		);
		const inline = new RegExp(
			`<script type="application/json" id="${BOOT_DATA}">(.*?)</script></body>`
		);
		const json = inline.exec(out)?.[1] ?? '';
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(slices['/api/alk.json']);
	});

	it('starts SvelteKit after the boot, with the CSP hash of the script as it now is', () => {
		const html = page('./', '<div class="network" data-boot="/api/alk.json"></div>');
		const out = deferKitStart(html);
		const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1];
		expect(script).toContain(
			'document.addEventListener("DOMContentLoaded", () => Promise.all([\n\t\t\t\t\t\timport("./_app/immutable/entry/start.A.js")'
		);
		expect(script).toMatch(/\}\);\n\t+\}\), \{ once: true \}\);\n\t+\}\n\t+$/);
		expect(script).toContain('data: [{ note: "$& $1" }]');
		expect(out).toContain(hash(script));
		expect(out).not.toContain(hash(KIT_START));
		// the rewritten script still runs: it starts SvelteKit once the document is parsed
		const calls: unknown[] = [];
		let onReady: () => void = () => {};
		const document = {
			currentScript: { parentElement: 'body' },
			addEventListener: (type: string, f: () => void, o: unknown) => {
				calls.push([type, o]);
				onReady = f;
			}
		};
		new Function('document', 'location', script)(document, 'http://x/');
		expect(calls).toEqual([['DOMContentLoaded', { once: true }]]);
		expect(typeof onReady).toBe('function');
		// a policy without the script's hash, or a script of another shape: left alone
		const noHash = html.replace(hash(KIT_START), "'unsafe-hashes'");
		expect(deferKitStart(noHash)).toBe(noHash);
		const other = html.replace('Promise.all', 'Promise.allSettled');
		expect(deferKitStart(other)).toBe(other);
	});

	it('leaves a page without a boot network, or an unexpected layout, unchanged', () => {
		const files = bootFiles(manifest);
		const plain = page('./', '<div class="network" role="img"></div>');
		expect(bootHead(plain, files, find)).toBe(plain);
		const noStart = page('./', '<div class="network" data-boot="/api/alk.json"></div>').replace(
			/start\.A\.js/,
			'x.js'
		);
		expect(bootHead(noStart, files, find)).toBe(noStart);
		const boot = page('./', '<div class="network" data-boot="/api/alk.json"></div>');
		expect(bootHead(boot, [], find)).toBe(boot);
		const unknown = page('./', '<div class="network" data-boot="/api/nope.json"></div>');
		expect(bootHead(unknown, files, find)).toBe(unknown);
	});
});
