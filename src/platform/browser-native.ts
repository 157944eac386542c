/**
 * The browser's own extension API object, without webextension-polyfill. Used for the always-on detector
 * and the light control (see wxt.config.ts): the few calls they and WXT's content-script wrapper make
 * (runtime.id, runtime.sendMessage, storage) are promise-based natively in Chrome MV3 and in Firefox.
 */
const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
export const browser = (g.browser ?? g.chrome) as typeof import('webextension-polyfill');
