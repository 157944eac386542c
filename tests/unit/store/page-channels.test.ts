import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A page must not be able to drive Lyssna. Our scripts take orders only from the extension itself
 * (runtime messages, checked by sender): no `message` listener a page's window.postMessage could reach,
 * no messages from other extensions or sites (onMessageExternal, onConnectExternal), and no events a
 * page's script could dispatch to us by name. The manifest side (no externally_connectable) is checked
 * on the built manifests in tests/e2e/manifests.e2e.ts.
 */

const ROOT = join(import.meta.dirname, '../../..');
const CODE = /\.(?:[cm]?[jt]s|tsx)$/;

const PAGE_CHANNELS: Array<[string, RegExp]> = [
  ["a 'message' event listener", /addEventListener\(\s*['"`]message['"`]/],
  ['an onmessage handler', /\.onmessage\s*=/],
  ['a window.postMessage', /\b(?:window|globalThis|self|top|parent)\.postMessage\(/],
  ['messages from other extensions or sites', /\bon(?:Message|Connect)External\b/],
  ['a listener for page-made custom events', /addEventListener\(\s*['"`]lyssna[:-]/],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

describe('no channel from the page into Lyssna', () => {
  const sources = ['src', 'entrypoints'].flatMap((dir) => files(join(ROOT, dir)));

  it('scans our code', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(PAGE_CHANNELS)('has no %s', (_what, pattern) => {
    const found = sources.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });

  it('would notice one', () => {
    expect(PAGE_CHANNELS.some(([, p]) => p.test("window.addEventListener('message', (e) => go(e.data))"))).toBe(true);
    expect(PAGE_CHANNELS.some(([, p]) => p.test('browser.runtime.onMessageExternal.addListener(f)'))).toBe(true);
  });
});
