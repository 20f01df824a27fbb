/** A minimal ZIP reader (central directory + stored/deflated entries) for reading .pptx files in tests. */
import { inflateRawSync } from 'node:zlib';

/** Every entry of a ZIP archive, by name. */
export function unzip(buf: Buffer): Map<string, Buffer> {
	// end of central directory: signature 0x06054b50, searched from the end (comment ≤ 64 KB)
	let eocd = -1;
	for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--)
		if (buf.readUInt32LE(i) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new Error('not a zip file');
	const count = buf.readUInt16LE(eocd + 10);
	let p = buf.readUInt32LE(eocd + 16);
	const out = new Map<string, Buffer>();
	for (let n = 0; n < count; n++) {
		if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
		const method = buf.readUInt16LE(p + 10);
		const size = buf.readUInt32LE(p + 20);
		const nameLen = buf.readUInt16LE(p + 28);
		const extraLen = buf.readUInt16LE(p + 30);
		const commentLen = buf.readUInt16LE(p + 32);
		const local = buf.readUInt32LE(p + 42);
		const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
		const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const data = buf.subarray(start, start + size);
		out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
		p += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}

/** Width and height of a PNG (its IHDR chunk). */
export const pngSize = (png: Buffer) => ({
	width: png.readUInt32BE(16),
	height: png.readUInt32BE(20)
});

/** The text runs (`<a:t>`) of a DrawingML part, XML entities decoded. */
export const texts = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
		m[1]
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&')
	);
