/** Where an atlas's validated JSON is served (prerendered by `src/routes/api/[atlas]`). */
export const atlasUrl = (id: string) => `/api/${id}.json`;
