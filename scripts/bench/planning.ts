/**
 * Speech planning in Node: real corpus text (tests/fixtures/lattlast) repeated to 50,000 words, cut
 * into sentences and given their spoken form, every sentence (the player does this one sentence at a
 * time as it reads; a bench forces all). Issue 14's bar: at most 300 ms for 50,000 words, linear.
 */
import type { Block } from '../../src/core/model';
import { readBlocks } from '../../src/core/pipeline';
import { articleFromText, loadRealTexts } from '../../tests/unit/simplify/real-texts';

export const PLANNING_BAR_MS = 300;
export const PLANNING_WORDS = 50_000;

export interface PlanningBenchResult {
  words: number;
  sentences: number;
  /** The first run in this process (rules compiled, caches cold). */
  coldMs: number;
  medianMs: number;
  p95Ms: number;
  /** Of the median: cutting into sentences, and the spoken form. */
  segmentMs: number;
  speechMs: number;
  /** Median time for half the words, to show the cost is linear (about half of medianMs). */
  halfMs: number;
}

function blocksOf(words: number): Block[] {
  const texts = loadRealTexts();
  const blocks: Block[] = [];
  for (let i = 0, count = 0; texts.length > 0 && count < words; i++) {
    const text = texts[i % texts.length]!.text;
    count += text.split(/\s+/).filter(Boolean).length;
    blocks.push(...articleFromText(text).blocks);
  }
  return blocks;
}

function plan(blocks: readonly Block[]): { sentences: number; segmentMs: number; speechMs: number } {
  const started = performance.now();
  const sentences = readBlocks(blocks);
  const segmented = performance.now();
  let chars = 0;
  for (const sentence of sentences) chars += sentence.speech.length;
  if (chars === 0) throw new Error('no speech planned');
  return { sentences: sentences.length, segmentMs: segmented - started, speechMs: performance.now() - segmented };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchPlanning(rounds = 9, words = PLANNING_WORDS): PlanningBenchResult | null {
  const blocks = blocksOf(words);
  if (blocks.length === 0) return null;
  const half = blocks.slice(0, Math.ceil(blocks.length / 2));
  const cold = plan(blocks);
  const runs: ReturnType<typeof plan>[] = [];
  const halves: number[] = [];
  for (let i = 0; i < rounds; i++) {
    runs.push(plan(blocks));
    const h = plan(half);
    halves.push(h.segmentMs + h.speechMs);
  }
  const totals = runs.map((r) => r.segmentMs + r.speechMs).sort((a, b) => a - b);
  return {
    words,
    sentences: cold.sentences,
    coldMs: cold.segmentMs + cold.speechMs,
    medianMs: median(totals),
    p95Ms: totals[Math.min(totals.length - 1, Math.floor(totals.length * 0.95))]!,
    segmentMs: median(runs.map((r) => r.segmentMs)),
    speechMs: median(runs.map((r) => r.speechMs)),
    halfMs: median(halves),
  };
}
