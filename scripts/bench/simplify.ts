/**
 * Lättläst speed in Node: a 2,000-word article made of real corpus texts (tests/fixtures/lattlast),
 * simplified once cold (the first call: the verb lexicon and the word lists are unpacked) and then
 * `rounds` times warm. Issue 11's bar: at most 50 ms for 2,000 words.
 */
import { simplifyArticle, WARM_UP_STEPS } from '../../src/core/simplify';
import { articleFromText, loadRealTexts } from '../../tests/unit/simplify/real-texts';

export const SIMPLIFY_BAR_MS = 50;

export interface SimplifyBenchResult {
  words: number;
  /** The first call in a fresh process: the warm-up steps and the first simplification. */
  coldMs: number;
  /** The first call after the warm-up steps the reader runs in idle time (WARM_UP_STEPS). */
  afterWarmUpMs: number;
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
  // The first press: the reader runs the warm-up steps in idle time before it (WARM_UP_STEPS); opened
  // straight in Lättläst, the first call does them itself.
  let started = performance.now();
  for (const step of WARM_UP_STEPS) step();
  const warmUpMs = performance.now() - started;
  started = performance.now();
  simplifyArticle(article);
  const afterWarmUpMs = performance.now() - started;
  const coldMs = warmUpMs + afterWarmUpMs;
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
    afterWarmUpMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
  };
}
