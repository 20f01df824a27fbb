/**
 * Shared pieces of `npm run bench`: a static server that resolves paths the way adapter-static
 * lays out build/ (and gzips like a real host), Debian Chromium through playwright-core, stats.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** The only ports this benchmark may use. */
export const PORTS = {
	site: 4181,
	bare: 4182,
	synth1: 4183,
	synth2: 4184,
	lighthouse: 4185
} as const;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.cyjs': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.cyjs', '.csv']);

/** adapter-static layout: `/` → index.html, `/charts` → charts.html, `/zh` → zh.html, files as-is. */
export function resolveFile(root: string, urlPath: string): string | undefined {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
	const p = join(root, clean);
	const tries = [p, `${p.replace(/\/$/, '')}.html`, join(p, 'index.html')];
	return tries.find((f) => existsSync(f) && statSync(f).isFile());
}

export interface Served {
	url: string;
	close: () => Promise<void>;
}

/** Serve `root` on `port` (gzip when the client accepts it, like any static host). */
export function serve(root: string, port: number): Promise<Served> {
	const gz = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const file = resolveFile(root, req.url ?? '/');
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		let body: Buffer = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let z = gz.get(file);
			if (!z) gz.set(file, (z = gzipSync(body, { level: 6 })));
			body = z;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			ok({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise<void>((done) => server.close(() => done()))
			})
		);
	});
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export function median(xs: number[]): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** gzip size at zlib's default level (what static hosts typically serve). */
export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export const kb = (bytes: number) => bytes / 1024;

export function log(msg: string) {
	const [l1] = loadavg();
	process.stderr.write(
		`[bench ${new Date().toISOString().slice(11, 19)} load ${l1.toFixed(2)}] ${msg}\n`
	);
}

/** 1-minute load average per core, for the report. */
export function loadNow() {
	const [l1, l5] = loadavg();
	return { l1, l5, cores: cpus().length };
}

export function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(file, 'utf8')) as T;
}
