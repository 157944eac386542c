/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the percentage of long words.
 *
 *   LIX = words / sentences + 100 × (words longer than six letters) / words
 *
 * What counts:
 * - a word is what stands between spaces and punctuation, as Björnsson counts: a run of letters and
 *   digits with inner hyphens or apostrophes ("e-tjänst"); a number with its decimal comma, time dot,
 *   range dash or thousands spaces is one word ("3,5", "14.00", "11–17", "1 500"); an abbreviation
 *   written with inner full stops is one word ("t.ex.", "bl.a."). Lättläst's before and after figures
 *   count an abbreviation it writes out as those words instead, in both texts (simplify.ts);
 * - a word is long when it has more than six letters (digits do not count as letters);
 * - sentences are those of the pipeline's own segmenter (`segmentSentences`, as written: not cut
 *   for speech as the Narrator cuts over-long ones), so a heading or a list
 *   item without a full stop is a sentence of its own, as a reader sees it, and the article before and
 *   the simplified article after are counted the same way.
 *
 * Bands (the usual Swedish reading of the scale): below 30 "mycket lätt", 30 up to 40 "lätt", 40 up to
 * 50 "medelsvår", 50 up to and including 60 "svår", above 60 "mycket svår". The band is taken from the
 * value rounded to one decimal, the figure that is shown.
 */

import type { Article, Block } from '../model';
import { segmentSentences } from '../segment/segment';
import { remembered } from './remembered';

export type LixBand = 'mycket lätt' | 'lätt' | 'medelsvår' | 'svår' | 'mycket svår';

export interface Lix {
  /** LIX rounded to one decimal; 0 for a text without words. */
  value: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
}

const NUMBER = String.raw`(?<!\p{N})\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3}(?!\p{N}))+|\p{N}+(?:[.,:–-]\p{N}+)+(?![\p{L}\p{N}])`;
const ABBREVIATION = String.raw`(?<!\p{L})\p{Ll}{1,4}\.(?:\p{Ll}{1,4}\.)+`;
const PLAIN = String.raw`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`;
const WORD = new RegExp(`${NUMBER}|${ABBREVIATION}|${PLAIN}`, 'gu');
const LETTER = /\p{L}/gu;

/**
 * The words of a text as LIX counts them (do not change the array: it may be shared). The simplifier
 * asks for the words of the same sentence several times: the last answers are kept.
 */
export const lixWords: (text: string) => string[] = remembered((text) => text.match(WORD) ?? [], 256);

const LETTERS_ONLY = /^\p{L}+$/u;

/** True when a word has more than six letters. */
export function isLongWord(word: string): boolean {
  if (LETTERS_ONLY.test(word)) return word.length > 6;
  return (word.match(LETTER)?.length ?? 0) > 6;
}

export function lixBand(value: number): LixBand {
  if (value < 30) return 'mycket lätt';
  if (value < 40) return 'lätt';
  if (value < 50) return 'medelsvår';
  if (value <= 60) return 'svår';
  return 'mycket svår';
}

/** LIX from counts. Sentences without words are not counted. */
export function lixFromCounts(words: number, sentences: number, longWords: number): Lix {
  const raw = words === 0 ? 0 : words / Math.max(1, sentences) + (100 * longWords) / words;
  const value = Math.round(raw * 10) / 10;
  return { value, band: lixBand(value), words, sentences, longWords };
}

/** LIX of sentences given one by one (each string is one sentence). */
export function lixOfSentences(sentences: readonly string[]): Lix {
  let words = 0;
  let long = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const w = lixWords(sentence);
    if (w.length === 0) continue;
    counted++;
    words += w.length;
    long += w.filter(isLongWord).length;
  }
  return lixFromCounts(words, counted, long);
}

/** The sentences of a text, as the pipeline's segmenter cuts them. */
export function sentenceTexts(text: string, lang = 'sv'): string[] {
  return segmentSentences(text, lang, Infinity).map((r) => text.slice(r.start, r.end));
}

/** LIX of a text (sentences cut by the pipeline's segmenter). */
export function lix(text: string, lang = 'sv'): Lix {
  return lixOfSentences(sentenceTexts(text, lang));
}

/**
 * LIX of a whole article: every block the reader reads (title, headings, paragraphs, list items,
 * table cells, captions), each cut into sentences; with `keep`, only the blocks it keeps.
 */
export function lixOfArticle(article: Pick<Article, 'blocks'>, keep: (b: Block) => boolean = () => true): Lix {
  return lixOfSentences(article.blocks.filter(keep).flatMap((b) => sentenceTexts(b.text, b.lang)));
}
