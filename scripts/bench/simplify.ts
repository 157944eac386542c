/**
 * Lättläst speed in Node: a 2,000-word article made of real corpus texts (tests/fixtures/lattlast),
 * simplified once cold (the first call: the verb lexicon and the word lists are unpacked) and then
 * `rounds` times warm. Issue 11's bar: at most 50 ms for 2,000 words.
 */
import { simplifyArticle } from '../../src/core/simplify';
import { articleFromText, loadRealTexts } from '../../tests/unit/simplify/real-texts';

export const SIMPLIFY_BAR_MS = 50;

export interface SimplifyBenchResult {
  words: number;
  coldMs: number;
  medianMs: number;
  p95Ms: number;
}

export function benchSimplify(rounds = 25): SimplifyBenchResult | null {
  const texts = loadRealTexts();
  if (texts.length === 0) return null;
  const parts: string[] = [];
  let words = 0;
  for (const t of texts) {
    if (words >= 2000) break;
    parts.push(t.text);
    words += t.text.split(/\s+/).filter(Boolean).length;
  }
  const article = articleFromText(parts.join('\n\n'));
  let started = performance.now();
  simplifyArticle(article);
  const coldMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    started = performance.now();
    simplifyArticle(article);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    words,
    coldMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
  };
}
