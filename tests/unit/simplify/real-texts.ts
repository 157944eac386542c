/**
 * The Lättläst corpus of real text (tests/fixtures/lattlast/texts/*.json): unedited Swedish
 * public-sector web texts, each with its URL and date (see tests/fixtures/lattlast/README.md).
 *
 * Each text becomes an Article the way the reader sees a page: blocks split at blank lines; a line
 * that starts with a bullet or "1." is a list item, a short line without a full stop is a heading,
 * anything else a paragraph. The first line is the title.
 *
 * The split is by host, fixed by a hash of the host name (FNV-1a, remainder 0 of 3: about one third
 * held back), so a new text from a known host joins that host's side and no one picks the split by
 * looking at results.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block } from '../../../src/core/model';
import { ROOT } from './corpus';

export const LATTLAST_TEXTS = join(ROOT, 'tests/fixtures/lattlast/texts');

export interface RealText {
  file: string;
  url: string;
  host: string;
  date: string | null;
  topic: string;
  text: string;
  /** 'dev': rules may be written looking at it; 'held': only scored. */
  side: 'dev' | 'held';
  article: Article;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(s)) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h;
}

export function sideOfHost(host: string): 'dev' | 'held' {
  return fnv1a(host.replace(/^www\./, '')) % 3 === 0 ? 'held' : 'dev';
}

const BULLET = /^(?:[•·▪◦‣●■*–-]\s*|\d{1,2}[.)]\s+)/u;

function kindOf(line: string): Block['kind'] {
  if (BULLET.test(line)) return 'list-item';
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words < 12 && !/[.!?:]["'”’»)]*$/u.test(line)) return 'heading';
  return 'paragraph';
}

/** An Article from plain text, blocks as a reader would see them. */
export function articleFromText(text: string, lang = 'sv'): Article {
  const blocks: Block[] = [];
  // A line that goes on in lower case continues the sentence above: the page wrapped it.
  const lines: string[] = [];
  for (const raw of text.split(/\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const prev = lines[lines.length - 1];
    if (prev !== undefined && /^\p{Ll}/u.test(line) && !/[.!?:]["'”’»)]*$/u.test(prev) && !BULLET.test(line))
      lines[lines.length - 1] = `${prev} ${line}`;
    else lines.push(line);
  }
  lines.forEach((line, i) => {
    const kind = i === 0 && kindOf(line) === 'heading' ? 'title' : kindOf(line);
    const body = kind === 'list-item' ? line.replace(BULLET, '') : line;
    blocks.push({ kind, lang, text: body, runs: [], offsets: [] });
  });
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : '';
  return { title, lang, published: null, updated: null, organisation: null, blocks, html: '' };
}

/** Every text of the corpus, in file-name order; [] when the folder is missing. */
export function loadRealTexts(dir = LATTLAST_TEXTS): RealText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const j = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      const host = String(j.host ?? new URL(String(j.url)).hostname).replace(/^www\./, '');
      const text = String(j.text);
      return {
        file,
        url: String(j.url),
        host,
        date: typeof j.date === 'string' ? j.date : null,
        topic: String(j.topic ?? ''),
        text,
        side: sideOfHost(host),
        article: articleFromText(text),
      };
    });
}
