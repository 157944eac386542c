/**
 * The one call the always-on detector makes, without the webextension-polyfill: Firefox has a promise-
 * based `browser`, Chrome MV3 a promise-based `chrome`. Keeping the polyfill out keeps what runs on
 * every registry page small.
 */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function sendToBackground(message: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api) return Promise.resolve(undefined);
  return api.runtime.sendMessage(message).catch(() => undefined);
}
