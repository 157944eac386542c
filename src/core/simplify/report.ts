/**
 * What `lyssna inspect` adds for Lättläst: the article's LIX and the simplified text, as JSON keys
 * and as lines of the text output. Kept here so the CLI needs one line for each.
 */

import type { Article } from '../model';
import { readBlocks } from '../segment/sentences';
import { articleText, simplifyArticle } from './simplify';

export interface LattlastJson {
  readability: { lix: number; band: string } | null;
  simplified: {
    text: string;
    lix: number;
    band: string;
    keyPoints: string[];
    glossary: Array<{ term: string; explanation: string; block: number; start: number; end: number }>;
    sentences: Array<{ text: string; speech: string }>;
  } | null;
}

export function lattlastJson(article: Article | null): LattlastJson {
  if (!article) return { readability: null, simplified: null };
  const result = simplifyArticle(article);
  return {
    readability: { lix: result.lix.before.value, band: result.lix.before.band },
    simplified: {
      text: articleText(result.article),
      lix: result.lix.after.value,
      band: result.lix.after.band,
      keyPoints: result.keyPoints,
      glossary: result.glossary.map(({ term, explanation, block, start, end }) => ({
        term,
        explanation,
        block,
        start,
        end,
      })),
      sentences: readBlocks(result.article.blocks).map((s) => ({ text: s.text, speech: s.speech })),
    },
  };
}

export function lattlastText(article: Article | null): string[] {
  if (!article) return [];
  const result = simplifyArticle(article);
  const { before, after } = result.lix;
  const lines = ['', `LIX: ${before.value} (${before.band}); Lättläst: ${after.value} (${after.band})`];
  if (result.keyPoints.length) lines.push('', 'Det viktigaste:', ...result.keyPoints.map((k) => `  • ${k}`));
  const sentences = readBlocks(result.article.blocks);
  lines.push('', `Lättläst (${sentences.length} sentences):`);
  sentences.forEach((s, i) => lines.push(`${String(i + 1).padStart(3)}. ${s.text}`));
  return lines;
}
