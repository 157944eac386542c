import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createWindow } from '../../../cli/happy-dom';
import { detect } from '../../../src/core/detect/detect';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe("Readability's test pages (none Swedish public sector)", () => {
  // Copied into the repository, each page gzip-compressed (see tests/fixtures/readability/README.md).
  const dir = path.join(REPO_ROOT, 'tests/fixtures/readability');
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('has the pages', () => expect(ids.length).toBeGreaterThan(50));

  it('flags none of them as public sector', () => {
    const url = 'http://fakehost/test/page.html';
    const flagged = ids.filter((id) => {
      const window = createWindow(url);
      const html = gunzipSync(readFileSync(path.join(dir, id, 'source.html.gz'))).toString('utf8');
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const flag = detect(doc, url).publicSector;
      void window.happyDOM.close();
      return flag;
    });
    expect(flagged).toEqual([]);
  }, 120_000);
});
