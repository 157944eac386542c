import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Window } from 'happy-dom';
import { createWindow } from '../../../cli/happy-dom';

/** Parses HTML the way `lyssna inspect` does, in its window: no scripts run, nothing is fetched. */
let window: Window | null = null;

export function parseHtml(html: string): Document {
  window ??= createWindow('about:blank');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A small page: `head` and `body` markup, Swedish unless told otherwise. */
export function page(body: string, { head = '', lang = 'sv' }: { head?: string; lang?: string | null } = {}): Document {
  const langAttribute = lang === null ? '' : ` lang="${lang}"`;
  return parseHtml(
    `<!DOCTYPE html><html${langAttribute}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}

/** The repository root (path.resolve, not `new URL`: happy-dom's URL resolves against its page). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Three real kommun start pages, copied into the repository (see its README.md). */
export const REAL_PAGES_DIR = path.join(REPO_ROOT, 'tests/fixtures/municipal-real');

/** The three real kommun start pages (2018), with the address each was served from. */
export const REAL_PAGES = [
  { file: 'umea.se.html', url: 'https://www.umea.se/', name: 'Umeå kommun', code: '2480', cms: 'sitevision' },
  {
    file: 'stockholm.se.html',
    url: 'http://www.stockholm.se/',
    name: 'Stockholms stad',
    code: '0180',
    cms: 'episerver',
  },
  {
    file: 'helsingborg.se.html',
    url: 'https://helsingborg.se/',
    name: 'Helsingborgs stad',
    code: '1283',
    cms: 'municipio',
  },
] as const;

export function realPage(file: string): Document {
  return parseHtml(readFileSync(path.join(REAL_PAGES_DIR, file), 'utf8'));
}
