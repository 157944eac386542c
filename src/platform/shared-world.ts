/**
 * Content scripts of one extension share their world on a page, and the page cannot see into it: our
 * scripts (detector, light control, player, reader) meet there on globals named by Symbol.for. Not by
 * string names: a page element's id can show through as a global of that name in Chromium; a symbol
 * never can. Each script bundles its own copy of any module, so what they share must live here.
 */
export type SharedWorld = Record<symbol, unknown>;

export const sharedWorld = (): SharedWorld => globalThis as unknown as SharedWorld;
