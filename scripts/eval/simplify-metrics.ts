/**
 * The figures of `npm run eval:simplify`, per text and per side of the split, kept apart from the
 * printing so the corpus test (tests/unit/simplify/real-texts.test.ts) checks the same numbers.
 */

import { articleText, checkMeaningKept, simplifyArticle, type SimplifyOptions } from '../../src/core/simplify';
import { lixWords, sentenceTexts } from '../../src/core/simplify/lix';
import { notWhole, type NotWhole } from '../../src/core/simplify/whole';
import type { Article } from '../../src/core/model';
import type { RealText } from '../../tests/unit/simplify/real-texts';

export interface TextScore {
  file: string;
  url: string;
  host: string;
  side: 'dev' | 'held';
  lixBefore: number;
  lixAfter: number;
  /** Median words per sentence of the prose (paragraph blocks), before and after. */
  medianBefore: number;
  medianAfter: number;
  /** Prose sentences shown after simplifying, and those of them that are not whole. */
  sentences: number;
  fragments: Array<{ sentence: string; why: NotWhole }>;
  kept: boolean;
  missing: string[];
  replacements: number;
  splits: number;
  lengthsBefore: number[];
  lengthsAfter: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The prose sentences of an article (paragraph blocks), as the view shows them; `leadsList` marks
 * the last sentence of a paragraph that another block follows (a list, an address: it may end
 * with a colon).
 */
export function proseSentences(article: Pick<Article, 'blocks'>): Array<{ text: string; leadsList: boolean }> {
  const out: Array<{ text: string; leadsList: boolean }> = [];
  article.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const sentences = sentenceTexts(b.text, b.lang)
      .map((s) => s.trim())
      .filter((s) => lixWords(s).length > 0);
    // A colon at the end of a block opens what follows it (a list, an address).
    const list = i + 1 < article.blocks.length;
    sentences.forEach((text, j) => out.push({ text, leadsList: list && j === sentences.length - 1 }));
  });
  return out;
}

export function evaluateText(t: RealText, options: SimplifyOptions = {}): TextScore {
  const result = simplifyArticle(t.article, options);
  const check = checkMeaningKept(articleText(t.article), articleText(result.article));
  const before = proseSentences(t.article);
  const after = proseSentences(result.article);
  const fragments: TextScore['fragments'] = [];
  for (const { text, leadsList } of after) {
    const why = notWhole(text, { leadsList });
    if (why) fragments.push({ sentence: text, why });
  }
  const lengthsBefore = before.map((s) => lixWords(s.text).length);
  const lengthsAfter = after.map((s) => lixWords(s.text).length);
  return {
    file: t.file,
    url: t.url,
    host: t.host,
    side: t.side,
    lixBefore: result.lix.before.value,
    lixAfter: result.lix.after.value,
    medianBefore: median(lengthsBefore),
    medianAfter: median(lengthsAfter),
    sentences: after.length,
    fragments,
    kept: check.kept,
    missing: check.missing.map((m) => `${m.kind} "${m.text}"`),
    replacements: result.stats.replacements,
    splits: result.stats.splits,
    lengthsBefore,
    lengthsAfter,
  };
}

export interface SideSummary {
  n: number;
  lixBefore: number;
  lixAfter: number;
  drop: number;
  medianBefore: number;
  medianAfter: number;
  sentences: number;
  fragments: number;
  kept: number;
  replacements: number;
  splits: number;
}

export function summarise(scores: readonly TextScore[]): SideSummary {
  const n = scores.length || 1;
  const lixBefore = scores.reduce((a, s) => a + s.lixBefore, 0) / n;
  const lixAfter = scores.reduce((a, s) => a + s.lixAfter, 0) / n;
  return {
    n: scores.length,
    lixBefore,
    lixAfter,
    drop: lixBefore - lixAfter,
    medianBefore: median(scores.flatMap((s) => s.lengthsBefore)),
    medianAfter: median(scores.flatMap((s) => s.lengthsAfter)),
    sentences: scores.reduce((a, s) => a + s.sentences, 0),
    fragments: scores.reduce((a, s) => a + s.fragments.length, 0),
    kept: scores.filter((s) => s.kept).length,
    replacements: scores.reduce((a, s) => a + s.replacements, 0),
    splits: scores.reduce((a, s) => a + s.splits, 0),
  };
}
