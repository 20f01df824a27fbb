/**
 * Browser-side export: the network (via cytoscape-svg, loaded only when asked) or a chart, framed as a
 * 16:9 slide SVG; PNG is that SVG rasterised at 1920×1080 or 2×.
 */
import type { Core } from 'cytoscape';
import { innerSvg, slideSvg, SLIDE, type SlideInput } from '$lib/model/slide';

export const FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** What is on screen in the network, as SVG markup (cytoscape-svg keeps labels as text). */
export async function networkSvg(cy: Core): Promise<string> {
	const mod = await import('cytoscape-svg');
	const cytoscape = (await import('cytoscape')).default;
	const ext = (mod as { default?: unknown }).default ?? mod;
	// registering twice is harmless; cytoscape ignores a duplicate extension name
	try {
		cytoscape.use(ext as cytoscape.Ext);
	} catch {
		/* already registered */
	}
	return (cy as unknown as { svg: (o: object) => string }).svg({
		full: false,
		scale: 1,
		bg: '#ffffff'
	});
}

export function slide(input: Omit<SlideInput, 'body' | 'font'>, picture: string): string {
	return slideSvg({ ...input, body: innerSvg(picture), font: FONT });
}

/** Rasterise a slide SVG to PNG at `scale` × 1920×1080. */
export async function toPng(svg: string, scale: 1 | 2): Promise<Blob> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = SLIDE.width * scale;
	canvas.height = SLIDE.height * scale;
	const ctx = canvas.getContext('2d')!;
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((ok, fail) =>
		canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png')
	);
}

export function download(data: Blob | string, name: string) {
	const blob = typeof data === 'string' ? new Blob([data], { type: 'image/svg+xml' }) : data;
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
