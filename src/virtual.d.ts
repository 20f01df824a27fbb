// The offline pack's bundled data (vite.config.ts, plugin atlas-data).
declare module 'virtual:atlases' {
	export const atlases: import('$lib/domain/types').Atlas[];
	/** the site's atlas list (`atlasEntry`), computed at build */
	export const list: import('$lib/domain/atlases').AtlasEntry[];
	export const release: import('$lib/domain/types').Release;
}
