/** The offline pack's data: bundled into the page, no server and no network. */
export const load = async () => {
	const { atlases, release } = await import('virtual:atlases');
	return { atlasList: atlases.map((a) => a.meta), release };
};
