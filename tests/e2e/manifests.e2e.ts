import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built extension as the stores and browsers see it (npm test builds before its e2e tier). The
// browsers enforcing the policy is tested in popup-options.e2e.ts.
const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

function manifest(build: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(OUTPUT, build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** The extension pages' policy: MV3 keeps it under extension_pages, MV2 as a string. */
function pagesPolicy(build: string): string {
  const csp = manifest(build).content_security_policy as string | { extension_pages?: string } | undefined;
  return (typeof csp === 'string' ? csp : csp?.extension_pages) ?? '';
}

describe.each(BUILDS)('the %s build', (build) => {
  it('allows script only from the extension: no inline script, no eval, no remote host, no plugins', () => {
    const directives = new Map(
      pagesPolicy(build)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets no page or other extension message it, and exposes only its fonts to pages', () => {
    const m = manifest(build);
    expect(m).not.toHaveProperty('externally_connectable');
    const exposed = JSON.stringify(m.web_accessible_resources ?? []);
    expect(exposed.match(/"[^"]*\.[a-z0-9*]+"/gi)?.filter((r) => !r.includes('<all_urls>'))).toEqual([
      '"fonts/*.woff2"',
    ]);
  });

  it('has extension pages whose scripts are files of the extension, none inline and no event attributes', () => {
    const dir = path.join(OUTPUT, build);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['options.html', 'popup.html']);
    for (const page of pages) {
      const html = readFileSync(path.join(dir, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, page).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(body!.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});
