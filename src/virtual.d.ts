// The offline pack's bundled data (vite.config.ts, plugin atlas-data).
declare module 'virtual:atlases' {
	export const atlases: import('$lib/domain/types').Atlas[];
	export const release: import('$lib/domain/types').Release;
}
