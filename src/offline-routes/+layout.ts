/** The offline pack's data: bundled into the page, no server and no network. */
export const load = async () => {
	const { list, release } = await import('virtual:atlases');
	return { atlasList: list, release };
};
