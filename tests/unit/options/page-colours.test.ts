// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/ui/reader/themes';

/** The custom properties of the popup's and options page's stylesheet, per colour scheme. */
function schemes(): Record<'light' | 'dark', Record<string, string>> {
  const css = readFileSync(new URL('../../../src/ui/extension-page.css', import.meta.url), 'utf8');
  const vars = (block: string) =>
    Object.fromEntries(Array.from(block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1]!, m[2]!]));
  const dark = /prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const light = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
  return { light: vars(light), dark: vars(dark) };
}

describe('the popup and options page colours', () => {
  it.each(['light', 'dark'] as const)('%s: all text reaches 7:1 on what it stands on', (scheme) => {
    const c = schemes()[scheme];
    expect(Object.keys(c)).toEqual(
      expect.arrayContaining(['bg', 'text', 'muted', 'panel', 'primary', 'on-primary', 'focus', 'notice']),
    );
    for (const background of [c['bg']!, c['panel']!, c['notice']!]) {
      expect(contrastRatio(c['text']!, background)).toBeGreaterThanOrEqual(7);
    }
    expect(contrastRatio(c['muted']!, c['bg']!)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c['on-primary']!, c['primary']!)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c['focus']!, c['bg']!)).toBeGreaterThanOrEqual(3);
  });
});
