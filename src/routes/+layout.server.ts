import { loadAllAtlases, loadRelease } from '$lib/server/load-atlas';

export const prerender = true;
export const trailingSlash = 'never';

/** Every page gets the validated atlases and the data release (read once per build). */
export const load = () => ({ atlases: loadAllAtlases(), release: loadRelease() });
