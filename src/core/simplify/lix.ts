/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the percentage of long words.
 *
 *   LIX = words / sentences + 100 × (words longer than six letters) / words
 *
 * What counts:
 * - a word is a run of letters and digits, with inner hyphens or apostrophes ("e-tjänst", "25", "3,5"
 *   is two: "3" and "5" — digit groups are short and never long words);
 * - a word is long when it has more than six letters (digits do not count as letters);
 * - sentences are those of the pipeline's own segmenter (`segmentSentences`), so a heading or a list
 *   item without a full stop is a sentence of its own, as a reader sees it, and the article before and
 *   the simplified article after are counted the same way.
 *
 * Bands (the usual Swedish reading of the scale): below 30 "mycket lätt", 30 up to 40 "lätt", 40 up to
 * 50 "medelsvår", 50 up to and including 60 "svår", above 60 "mycket svår". The band is taken from the
 * value rounded to one decimal, the figure that is shown.
 */

import type { Article } from '../model';
import { segmentSentences } from '../text/segment';

export type LixBand = 'mycket lätt' | 'lätt' | 'medelsvår' | 'svår' | 'mycket svår';

export interface Lix {
  /** LIX rounded to one decimal; 0 for a text without words. */
  value: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;

/** The words of a text as LIX counts them. */
export function lixWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True when a word has more than six letters. */
export function isLongWord(word: string): boolean {
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
  return segmentSentences(text, lang).map((r) => text.slice(r.start, r.end));
}

/** LIX of a text (sentences cut by the pipeline's segmenter). */
export function lix(text: string, lang = 'sv'): Lix {
  return lixOfSentences(sentenceTexts(text, lang));
}

/** LIX of a whole article: every block, each cut into sentences. */
export function lixOfArticle(article: Pick<Article, 'blocks'>): Lix {
  return lixOfSentences(article.blocks.flatMap((b) => sentenceTexts(b.text, b.lang)));
}
