/**
 * What each route's HTML makes the browser load before anything is clicked: the scripts and
 * modulepreloads, the entry `import()`s of SvelteKit's inline boot script, and the stylesheets;
 * then the static imports of those modules, recursively (a static import that the HTML does not
 * preload is still loaded at start, one round trip later: listed in `notPreloaded`).
 * Sizes are gzip (zlib default level), each file counted once per route.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize, resolveFile } from './lib';

export interface RouteSize {
	route: string;
	html: { raw: number; gzip: number };
	/** data SvelteKit inlined into the HTML (`<script type="application/json" data-sveltekit-fetched>`) */
	inlineData: { raw: number; gzip: number };
	js: { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number };
	/** statically imported modules the HTML does not modulepreload (a request waterfall) */
	notPreloaded: string[];
	css: { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number };
}

const attr = (tag: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((x) => x !== undefined);

/** URLs of JS and CSS the HTML loads initially. */
export function initialAssets(html: string): { js: string[]; css: string[]; nodes: number[] } {
	const js = new Set<string>();
	const css = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) js.add(href);
		else if (rel.includes('stylesheet')) css.add(href);
		else if (rel.includes('preload') && attr(tag, 'as') === 'script') js.add(href);
		else if (rel.includes('preload') && attr(tag, 'as') === 'style') css.add(href);
	}
	for (const [tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(tag, 'src');
		if (src) js.add(src);
		const type = attr(tag, 'type');
		if (type && !/module|javascript/i.test(type)) continue; // JSON data blocks
		for (const m of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) js.add(m[1]);
	}
	// the route's nodes (layouts, page) SvelteKit's start script imports, preloaded or not
	const ids = /\bnode_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1];
	const nodes = ids ? ids.split(',').map((x) => Number(x.trim())) : [];
	return { js: [...js], css: [...css], nodes };
}

/** A node's module in the build (`_app/immutable/nodes/<i>.<hash>.js`), as a URL path. */
function nodeFile(buildDir: string, i: number): string | undefined {
	const dir = join(buildDir, '_app/immutable/nodes');
	const f = existsSync(dir) ? readdirSync(dir).find((n) => n.startsWith(`${i}.`)) : undefined;
	return f ? `/_app/immutable/nodes/${f}` : undefined;
}

export function routeSize(buildDir: string, route: string): RouteSize {
	const htmlFile = resolveFile(buildDir, route);
	if (!htmlFile) throw new Error(`no HTML for route ${route} in ${buildDir}`);
	const html = readFileSync(htmlFile);
	const text = html.toString('utf8');
	const base = new URL(route, 'http://bench.invalid');
	const files = (urls: string[]) =>
		[...new Set(urls.map((u) => new URL(u, base).pathname))].map((p) => {
			const f = resolveFile(buildDir, p);
			if (!f) throw new Error(`${route}: ${p} is not in ${buildDir}`);
			const buf = readFileSync(f);
			return { file: relative(buildDir, f), raw: buf.length, gzip: gzipSize(buf) };
		});
	const a = initialAssets(text);
	// static imports (`import … from "./x.js"`, `import "./x.js"`), not dynamic `import()`
	const listed = new Set(a.js.map((u) => new URL(u, base).pathname));
	const all = new Set(listed);
	for (const i of a.nodes) {
		const n = nodeFile(buildDir, i);
		if (n) all.add(n);
	}
	const queue = [...all];
	while (queue.length) {
		const p = queue.shift()!;
		const f = resolveFile(buildDir, p);
		if (!f) continue;
		const code = readFileSync(f, 'utf8');
		for (const m of code.matchAll(/\b(?:from|import)\s*["']([^"']+\.js)["']/g)) {
			const dep = new URL(m[1], new URL(p, base)).pathname;
			if (!all.has(dep)) {
				all.add(dep);
				queue.push(dep);
			}
		}
	}
	const js = files([...all]);
	const css = files(a.css);
	const inline = [
		...text.matchAll(/<script\b[^>]*data-sveltekit-fetched[^>]*>([\s\S]*?)<\/script>/gi)
	]
		.map((m) => m[1])
		.join('');
	const sum = (xs: { raw: number; gzip: number }[], k: 'raw' | 'gzip') =>
		xs.reduce((s, x) => s + x[k], 0);
	return {
		route,
		html: { raw: html.length, gzip: gzipSize(html) },
		inlineData: { raw: Buffer.byteLength(inline), gzip: inline ? gzipSize(inline) : 0 },
		js: { files: js, raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
		notPreloaded: [...all].filter((p) => !listed.has(p)),
		css: { files: css, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') }
	};
}
