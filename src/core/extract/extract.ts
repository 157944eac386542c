import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { Article, Block, Organisation } from '../model';
import { collectBlocks } from './blocks';
import { findPageDates } from './dates';
import { prepareClone } from './site-hints';

/**
 * extract: Readability on a clone of the page, steered by what the site tells us. Text nodes survive
 * Readability as the same objects, so each one is mapped back to its twin in the live page; that is how
 * sentences get highlighted without the page's DOM being rewritten. The article HTML is sanitised with
 * DOMPurify before anything can render it.
 */

/** Characters of running text (not headings) below which a page has no article to read. */
const MIN_ARTICLE_TEXT = 40;

export interface ExtractOptions {
  organisation?: Organisation | null;
  /** A window for DOMPurify when the document has none (a DOMParser document in the CLI). */
  window?: Window;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  const win = doc.defaultView ?? options.window;
  if (!win || !doc.documentElement) return null;

  const clone = doc.cloneNode(true) as Document;
  const toLive = mapTextNodes(clone, doc);
  prepareClone(clone);

  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;

  // Blocks carry only text, read from Readability's output; the HTML that views render is sanitised.
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  const html = purify.sanitize(content.innerHTML, {
    FORBID_TAGS: ['style', 'form', 'input', 'button'],
    FORBID_ATTR: ['style'],
  });

  const docLang = normaliseLang(parsed.lang || doc.documentElement.getAttribute('lang') || '') || 'sv';
  const langOf = (node: Text) => {
    const live = toLive.get(node);
    const holder = (live ?? node).parentElement?.closest('[lang]');
    return normaliseLang(holder?.getAttribute('lang') ?? '') || docLang;
  };

  const title = cleanTitle(parsed.title ?? '', doc);
  const blocks = collectBlocks(content, { toLive: (n) => toLive.get(n), langOf });
  // A heading and a stray link are not an article: ask for at least a sentence's worth of running text.
  const running = blocks.filter((b) => b.kind !== 'heading').reduce((n, b) => n + b.text.length, 0);
  if (running < MIN_ARTICLE_TEXT) return null;

  // The title is read first: as the content's own first heading when Readability kept it, else added.
  const first = blocks[0];
  if (first && first.kind === 'heading' && first.text === title) first.kind = 'title';
  else {
    const titleBlock = titleBlockFor(doc, title, docLang);
    if (titleBlock) blocks.unshift(titleBlock);
  }
  const dates = findPageDates(doc);

  return {
    title,
    lang: docLang,
    published: dates.published,
    updated: dates.updated,
    organisation: options.organisation ?? null,
    blocks,
    html,
  };
}

/** Pairs each text node of the clone with the live one; a fresh clone has the same tree shape. */
function mapTextNodes(clone: Document, live: Document): Map<Text, Text> {
  const map = new Map<Text, Text>();
  const a = clone.createTreeWalker(clone, 4 /* NodeFilter.SHOW_TEXT */);
  const b = live.createTreeWalker(live, 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    map.set(x as Text, y as Text);
  }
  return map;
}

export function normaliseLang(lang: string): string {
  const primary = lang.trim().replace('_', '-').split('-')[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/**
 * Readability's title comes from <title>, which on these sites carries the site name ("Bygglov - Umeå
 * kommun") or differs from the article's heading. The article's own single h1 is the better title.
 */
function cleanTitle(title: string, doc: Document): string {
  const text = (el: Element | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const scoped = Array.from(doc.querySelectorAll('main h1, [role="main"] h1, article h1'));
  const all = Array.from(doc.querySelectorAll('h1'));
  const h1 = scoped.length === 1 ? scoped[0] : all.length === 1 ? all[0] : undefined;
  const h1Text = text(h1);
  if (h1Text && h1Text.length <= 200) return h1Text;
  return title.replace(/\s+/g, ' ').trim();
}

/** The title is read first, highlighted on the page's own heading when it has one. */
function titleBlockFor(doc: Document, title: string, lang: string): Block | null {
  if (!title) return null;
  const heading = Array.from(doc.querySelectorAll('h1, h2')).find(
    (h) => h.textContent?.replace(/\s+/g, ' ').trim() === title,
  );
  if (heading) {
    const [block] = collectBlocks(heading, { toLive: (n) => n, langOf: () => lang });
    if (block) return { ...block, kind: 'title' };
  }
  return { kind: 'title', lang, text: title, runs: [], offsets: [] };
}
