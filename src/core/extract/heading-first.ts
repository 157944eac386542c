import type { Block, Sentence } from '../model';
import { sentencesOfBlock } from '../segment/sentences';
import { collectBlocks } from './blocks';
import { MAX_TITLE, normaliseLang } from './extract';
import { pageHeading } from './site-hints';

/**
 * The page's heading, ready to be read out while the rest of the page is read (a cold press: reading a
 * page takes 30-50 ms before the JIT knows the code). An article on a public-sector page is read from
 * its title, and there the title is the page's own h1 (see extract.ts, articleTitle), so what is heard
 * first does not change; `startsWith` checks that once the whole reading is there.
 *
 * Null when the page has no single clear heading, or one longer than a title.
 */
export function headingFirst(doc: Document): { blocks: Block[]; sentences: Sentence[] } | null {
  const heading = pageHeading(doc);
  if (!heading) return null;
  const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_TITLE) return null;
  const lang = normaliseLang(heading.closest('[lang]')?.getAttribute('lang') ?? '') || 'sv';
  const [block] = collectBlocks(heading, { toLive: (node) => node, langOf: () => lang });
  if (!block) return null;
  const title: Block = { ...block, kind: 'title' };
  const sentences = sentencesOfBlock(title, 0);
  return sentences.length ? { blocks: [title], sentences } : null;
}

/** The whole reading starts with the heading's sentences, as read out already. */
export function startsWith(reading: readonly Sentence[], heading: readonly Sentence[]): boolean {
  return heading.length <= reading.length && heading.every((s, i) => reading[i]!.text === s.text);
}
