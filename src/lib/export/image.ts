/**
 * Browser-side export: the network (via cytoscape-svg, loaded only when asked) or a chart, framed as a
 * 16:9 slide SVG; PNG is that SVG rasterised at 1920×1080 or 2×.
 */
import type { Core } from 'cytoscape';
import { SVG_FONT } from '$lib/charts/palette';
import { innerSvg, slideSvg, SLIDE, type SlideInput } from '$lib/export/slide';
import { legendKeys, type LegendKeys } from '$lib/network/legend';
import type { ElementDef } from '$lib/network/elements';

/** The slide's picture box (slide.ts): the network is composed for it, not copied from the screen. */
const PICTURE = { width: 1600, height: 850 };

/**
 * The network as the slide shows it, as SVG markup (cytoscape-svg keeps labels as text): what is
 * drawn, without the faded ghosts of a selection, framed on its own (a selection: its
 * neighbourhood, without the group boxes) in a canvas of the slide's picture size, so labels keep
 * their size. Also returns the legend keys of what it drew. The screen's instance is only read.
 */
export async function networkSvg(cy: Core): Promise<{ svg: string; keys: LegendKeys }> {
	const mod = await import('cytoscape-svg');
	const cytoscape = (await import('cytoscape')).default;
	const ext = (mod as { default?: unknown }).default ?? mod;
	// registering twice is harmless; cytoscape ignores a duplicate extension name
	try {
		cytoscape.use(ext as cytoscape.Ext);
	} catch {
		/* already registered */
	}
	const selection = cy.$('.selected').length > 0;
	const shown = cy
		.elements(':visible')
		.filter(
			(e) => !e.hasClass('faded') && !(selection && (e.hasClass('area') || e.hasClass('heading')))
		);
	const defs = shown.jsons() as unknown as ElementDef[];
	const box = Object.assign(document.createElement('div'), { ariaHidden: 'true' });
	box.style.cssText = `position:fixed;left:-20000px;top:0;width:${PICTURE.width}px;height:${PICTURE.height}px`;
	document.body.append(box);
	const off = cytoscape({
		container: box,
		elements: defs as unknown as cytoscape.ElementDefinition[],
		style: (cy.style() as unknown as { json(): cytoscape.StylesheetJson }).json(),
		layout: { name: 'preset', fit: true, padding: 12 },
		autoungrabify: true
	});
	try {
		const visible = new Set(defs.map((d) => d.data.id));
		const svg = (off as unknown as { svg: (o: object) => string }).svg({
			full: false,
			scale: 1,
			bg: '#ffffff'
		});
		return { svg, keys: legendKeys(defs, visible) };
	} finally {
		off.destroy();
		box.remove();
	}
}

export function slide(input: Omit<SlideInput, 'body' | 'font'>, picture: string): string {
	return slideSvg({ ...input, body: innerSvg(picture), font: SVG_FONT });
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
