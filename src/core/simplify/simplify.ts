/**
 * Lättläst: an article made easier to read, offline and by rules. Nothing leaves the browser.
 *
 * `simplifyArticle` returns the SAME model (Article) so the reader, the highlighter and the Narrator
 * work on it unchanged, plus what only the easy-to-read view needs: key points, glossary hits, LIX.
 *
 * What it does, block by block (Swedish blocks only; other languages are copied as they are):
 * - title and quotes: unchanged (a quote is someone's words);
 * - headings, table cells, captions: plain words only (kept short, never split);
 * - paragraphs and list items: plain words (plain-words.ts), then long sentences split at safe points
 *   (split.ts). One sentence a line: the sentences of a block are joined by "\n" (the segmenter
 *   breaks there, so each is a sentence to the Narrator; a view shows each line break as a <br>).
 *   Short paragraphs: a paragraph of more than three sentences becomes
 *   several paragraph blocks.
 * Blocks of the simplified article have no place in the live page: `runs` and `offsets` are empty.
 */

import { tagForBlock, type Article, type Block } from '../model';
import { blockGlossaryHits, type GlossaryHit } from './glossary';
import { keyPoints } from './key-points';
import { isLongWord, lixFromCounts, lixWords, sentenceTexts, type Lix } from './lix';
import { plainWords } from './plain-words';
import { type SplitOptions } from './split';
import { contextBuilder, contextOf, type RuleContext } from './clause';
import { isLabel, withFullStop } from './finish';
import { speakerFirst } from './quotes';
import { writeOutAbbreviations } from './abbreviations';
import { writeOutSigns } from './signs';
import { LIST_ITEM } from './lists';
import { shorten, SPLIT_RULES, type RuleFamily } from './shorten';
import { manToDu, passiveToActive } from './voice';

export interface SimplifyOptions extends SplitOptions {
  /** Paragraphs longer than this many sentences are cut into several. */
  maxSentencesPerParagraph?: number;
  /** At most this many key points (default: one per five sentences, 1–5). */
  keyPoints?: number;
  /** Rule families to leave out (for measuring each one's share of the LIX drop). */
  without?: readonly string[];
}

export interface SimplifyStats {
  sentencesBefore: number;
  sentencesAfter: number;
  /** Sentences over 20 words, before and after. */
  longBefore: number;
  longAfter: number;
  /** Words replaced by plainer ones, and sentences split. */
  replacements: number;
  splits: number;
}

export interface SimplifyResult {
  article: Article;
  /** "Det viktigaste": the most central sentences of the simplified text, in order. */
  keyPoints: string[];
  /** Hard words in the simplified article's blocks, with a plain explanation. */
  glossary: GlossaryHit[];
  /** LIX of the Swedish blocks (of every block when none is Swedish), before and after. */
  lix: { before: Lix; after: Lix };
  stats: SimplifyStats;
}

export const LONG_SENTENCE_WORDS = 20;
const DEFAULT_MAX_SENTENCES_PER_PARAGRAPH = 3;

export const isSwedish = (lang: string) => /^sv(?:$|[-_])/i.test(lang.trim());

function block(kind: Block['kind'], lang: string, text: string): Block {
  return { kind, lang, text, runs: [], offsets: [] };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Paragraph blocks of at most `perParagraph` sentences; a line marked as a list item (a series made
 * a list, ./lists.ts) becomes a list-item block of its own between them, and with `labels` a line
 * without a finite verb a heading.
 */
function paragraphBlocks(lines: readonly string[], lang: string, perParagraph: number, labels: boolean): Block[] {
  const out: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    let i = 0;
    while (i < run.length) {
      let end = Math.min(run.length, i + perParagraph);
      // A question and the "Då ..." that answers it stay in one paragraph.
      if (end < run.length && /\?$/u.test(run[end - 1]!) && /^Då /u.test(run[end]!)) end++;
      out.push(block('paragraph', lang, run.slice(i, end).join('\n')));
      i = end;
    }
    run = [];
  };
  for (const line of lines) {
    if (line.startsWith(LIST_ITEM)) {
      flush();
      out.push(block('list-item', lang, line.slice(LIST_ITEM.length)));
    } else if (labels && isLabel([line])) {
      // A line without a finite verb ("Välkommen!") is a label, not a sentence: shown as one.
      flush();
      out.push(block('heading', lang, line));
    } else run.push(line);
  }
  flush();
  return out;
}

/** Plain, safe HTML for the simplified blocks: list items in one list, every text escaped, no markup from the page. */
export function blocksToHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind === 'list-item' && !inList) {
      out.push('<ul>');
      inList = true;
    } else if (b.kind !== 'list-item' && inList) {
      out.push('</ul>');
      inList = false;
    }
    const lang = ` lang="${escapeHtml(b.lang)}"`;
    const body = b.text.split('\n').map(escapeHtml).join('<br>');
    const tag = tagForBlock(b.kind);
    out.push(`<${tag}${lang}>${body}</${tag}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

/**
 * One sentence of a paragraph or list item made plain: plain words, "du" for a generic "man",
 * active for a passive with its agent, then split into short whole sentences (./shorten.ts), each
 * ended right. A line that starts with LIST_ITEM is an item of a list made from a long series.
 * `ctx` is what the rules know of the whole text (contextOf); `prose` is false for a list item.
 */
/** Abbreviations, slashes and range dashes written as words, by the families that are on. `label`: a heading or cell. */
function writtenAsWords(text: string, on: (family: RuleFamily) => boolean, label = false): string {
  const words = on('abbreviations') ? writeOutAbbreviations(text, { label }) : text;
  return on('signs') ? writeOutSigns(words) : words;
}

export function simplifySentence(
  sentence: string,
  options: SimplifyOptions = {},
  ctx: RuleContext = contextOf(sentence),
  prose = true,
): { lines: string[]; replacements: number } {
  const on = (rule: RuleFamily) => !options.without?.includes(rule);
  const full = writtenAsWords(sentence, on);
  const r = on('plain-words') ? plainWords(full) : { text: full, replacements: [] };
  let s = r.text;
  if (on('du') && ctx.addressesReader) s = manToDu(s) ?? s;
  if (on('passive')) s = passiveToActive(s, ctx) ?? s;
  const rules = options.without?.length ? SPLIT_RULES.filter((rule) => on(rule.family)) : SPLIT_RULES;
  const parts = shorten(s, rules, options, ctx);
  // A paragraph's sentence gets its full stop; a list item is often no sentence and needs none.
  return { lines: on('finish') && prose ? parts.map(withFullStop) : parts, replacements: r.replacements.length };
}

/**
 * The work of simplifyArticle, one block a step: a caller that must not hold the page for long
 * (simplifyArticleInSlices) stops between steps. Its return value is the result.
 */
function* simplifySteps(article: Article, options: SimplifyOptions): Generator<void, SimplifyResult> {
  const perParagraph = options.maxSentencesPerParagraph ?? DEFAULT_MAX_SENTENCES_PER_PARAGRAPH;
  const stats: SimplifyStats = {
    sentencesBefore: 0,
    sentencesAfter: 0,
    longBefore: 0,
    longAfter: 0,
    replacements: 0,
    splits: 0,
  };
  const blocks: Block[] = [];
  const glossary: GlossaryHit[] = [];
  const on = (rule: RuleFamily) => !options.without?.includes(rule);
  // Names of the whole article: a capitalised word that also stands mid-sentence keeps its capital.
  const context = contextBuilder();
  for (let i = 0; i < article.blocks.length; i++) {
    context.add(article.blocks[i]!.text);
    if (i % 200 === 199) yield;
  }
  const names = context.build();
  // Each text is cut into sentences once (the after-text is needed again for the key points).
  const cache = new Map<string, string[]>();
  const sentencesOf = (text: string, lang: string) => {
    const key = `${lang}\u0000${text}`;
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = sentenceTexts(text, lang)));
    return hit;
  };
  // LIX is a Swedish measure and Lättläst changes Swedish blocks only: a quote in English is left out,
  // a page with no Swedish block is measured whole.
  const swedish = article.blocks.some((b) => isSwedish(b.lang));
  const lix = { before: { words: 0, sentences: 0, long: 0 }, after: { words: 0, sentences: 0, long: 0 } };
  const count = (sentences: readonly string[], when: 'before' | 'after', measured: boolean) => {
    for (const s of sentences) {
      // An abbreviation counts as the words Lättläst writes it out as, in both texts: writing "t.ex."
      // out changes how the text looks, not how hard it is (see ./abbreviations.ts).
      const words = lixWords(writeOutAbbreviations(s));
      if (words.length === 0) continue;
      const long = words.length > LONG_SENTENCE_WORDS ? 1 : 0;
      if (when === 'before') {
        stats.sentencesBefore++;
        stats.longBefore += long;
      } else {
        stats.sentencesAfter++;
        stats.longAfter += long;
      }
      if (!measured) continue;
      lix[when].words += words.length;
      lix[when].sentences++;
      for (const w of words) if (isLongWord(w)) lix[when].long++;
    }
  };
  for (const b of article.blocks) {
    const measured = !swedish || isSwedish(b.lang);
    const original = sentencesOf(b.text, b.lang);
    count(original, 'before', measured);
    let out: Block[];
    if (!isSwedish(b.lang) || b.kind === 'title' || b.kind === 'quote') {
      out = [block(b.kind, b.lang, b.text)];
    } else if (b.kind === 'heading' || b.kind === 'table-cell' || b.kind === 'caption') {
      const lines = original.map((written) => {
        const s = writtenAsWords(written, on, true);
        const r = on('plain-words') ? plainWords(s) : { text: s, replacements: [] };
        stats.replacements += r.replacements.length;
        return r.text;
      });
      out = [block(b.kind, b.lang, lines.join(b.kind === 'heading' ? ' ' : '\n'))];
    } else {
      const text = b.kind === 'paragraph' && on('quotes') ? (speakerFirst(b.text) ?? b.text) : b.text;
      const lines: string[] = [];
      for (const s of text === b.text ? original : sentencesOf(text, b.lang)) {
        const r = simplifySentence(s, options, names, b.kind === 'paragraph');
        stats.replacements += r.replacements;
        stats.splits += r.lines.length - 1;
        lines.push(...r.lines);
      }
      if (b.kind === 'paragraph') {
        out = paragraphBlocks(lines, b.lang, perParagraph, on('finish'));
      } else {
        out = [block(b.kind, b.lang, lines.map((l) => l.replace(LIST_ITEM, '')).join('\n'))];
      }
    }
    for (const o of out) {
      count(sentencesOf(o.text, o.lang), 'after', measured);
      glossary.push(...blockGlossaryHits(o, blocks.length));
      blocks.push(o);
    }
    yield;
  }
  // A colon that ends the whole text opens nothing: the sentence ends there.
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'paragraph' && on('finish') && /:$/u.test(last.text))
    blocks[blocks.length - 1] = { ...last, text: last.text.replace(/:$/u, '.') };
  const simplified = withBlocks(article, blocks);
  yield;
  return {
    article: simplified,
    keyPoints: keyPoints(simplified, { max: options.keyPoints, sentencesOf }),
    glossary,
    lix: {
      before: lixFromCounts(lix.before.words, lix.before.sentences, lix.before.long),
      after: lixFromCounts(lix.after.words, lix.after.sentences, lix.after.long),
    },
    stats,
  };
}

/**
 * The article with other blocks, and HTML made from them when first asked for: the views draw the
 * blocks, and 5 MB of HTML took a second to join in Firefox. Its properties are copied as they are,
 * not read: a very long page's article sanitises its own HTML when that is read (long-reading.ts).
 */
function withBlocks(article: Article, blocks: Block[]): Article {
  const result = Object.defineProperties({}, Object.getOwnPropertyDescriptors(article)) as Article;
  result.blocks = blocks;
  delete result.rawHtmlParts; // those are the page's HTML, not these blocks'
  let html: string | undefined;
  Object.defineProperty(result, 'html', {
    get: () => (html ??= blocksToHtml(blocks)),
    enumerable: true,
    configurable: true,
  });
  return result;
}

/** Makes an article easier to read and returns it with key points, glossary and LIX before/after. */
export function simplifyArticle(article: Article, options: SimplifyOptions = {}): SimplifyResult {
  const steps = simplifySteps(article, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Give the page back after about this many milliseconds of work (default 30). */
  sliceMs?: number;
  /** Stop early: the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** How to give the page back (default: a macrotask, so input and painting come first). */
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * simplifyArticle for a page of any size without freezing it: the same work, one block at a time,
 * handing the thread back between slices of about `sliceMs`. A block is the smallest step, so a
 * slice runs past `sliceMs` only by one block's work.
 */
export async function simplifyArticleInSlices(
  article: Article,
  options: SimplifyOptions = {},
  slices: SliceOptions = {},
): Promise<SimplifyResult> {
  const sliceMs = slices.sliceMs ?? 30;
  const pause = slices.pause ?? macrotask;
  const steps = simplifySteps(article, options);
  let began = performance.now();
  for (;;) {
    if (slices.signal?.aborted) throw new DOMException('Lättläst was stopped', 'AbortError');
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - began >= sliceMs) {
      await pause();
      began = performance.now();
    }
  }
}

/** The simplified article alone (same model, so every view and the Narrator take it as it is). */
export function simplify(article: Article, options: SimplifyOptions = {}): Article {
  return simplifyArticle(article, options).article;
}

/** The whole text of an article, blocks separated by blank lines (as `lyssna inspect` prints it). */
export function articleText(article: Pick<Article, 'blocks'>): string {
  return article.blocks.map((b) => b.text).join('\n\n');
}
