import type { Sentence } from '../core/model';

/**
 * Where reading should go on when what is shown changes: the page's article ↔ Läsläge, and Läsläge ↔
 * Lättläst. The views are built from their own DOM, so their sentence lists differ (the reader may drop
 * a repeated title, Lättläst rewrites and splits sentences and adds "Det viktigaste" above the text,
 * which repeats sentences from further down). Indices alone cannot be trusted; text and its
 * neighbours can.
 *
 * The rule, as a reader would expect it:
 * - the same sentence in the other view: go on from it;
 * - the sentence was rewritten (Lättläst): start again at the beginning of the paragraph or heading
 *   it is in there, so the reader hears the whole rewritten thought;
 * - nothing recognisable: the nearest earlier sentence that is there, at the start of its paragraph;
 * - still nothing: null (the caller starts from the top).
 */

export type Passage = Pick<Sentence, 'text' | 'block'>;

export interface CarriedPosition {
  index: number;
  /** True when it is the very same sentence; false when it is the start of its rewritten paragraph. */
  same: boolean;
}

/** Below this share of common words two sentences are not the same thought. */
const MIN_SIMILARITY = 0.5;
/** A rewritten sentence may share fewer words, down to this, when its neighbours match this well. */
const MIN_REWRITTEN = 0.25;
const MIN_CONTEXT = 0.6;
/** Neighbours looked at on each side, to tell repeated sentences apart. */
const CONTEXT = 2;
/** How far back to look for a recognisable sentence when the current one has none. */
const LOOK_BACK = 12;

export function carryPosition(from: readonly Passage[], index: number, to: readonly Passage[]): CarriedPosition | null {
  if (!from[index] || to.length === 0) return null;
  const words = wordCache();
  const found = bestMatch(from, index, to, words);
  if (found?.same) return found;
  if (found) return { index: blockStart(to, found.index), same: false };
  for (let k = index - 1; k >= Math.max(0, index - LOOK_BACK); k--) {
    const earlier = bestMatch(from, k, to, words);
    if (earlier) return { index: blockStart(to, earlier.index), same: false };
  }
  return null;
}

/** The first sentence of the block that sentence `index` is in. */
export function blockStart(sentences: readonly Pick<Sentence, 'block'>[], index: number): number {
  let i = index;
  while (i > 0 && sentences[i - 1]!.block === sentences[index]!.block) i--;
  return i;
}

type Words = (p: Passage) => string[];

function bestMatch(from: readonly Passage[], i: number, to: readonly Passage[], words: Words): CarriedPosition | null {
  const source = words(from[i]!);
  if (source.length === 0) return null;
  const where = i / Math.max(1, from.length - 1);
  let best: { index: number; score: number; similarity: number } | null = null;
  for (let j = 0; j < to.length; j++) {
    const similarity = dice(source, words(to[j]!));
    if (similarity < MIN_REWRITTEN) continue;
    const around = context(from, i, to, j, words);
    // A short rewritten line ("Ansök om bygglov" → "Sök bygglov") shares few words; its neighbours vouch.
    if (similarity < MIN_SIMILARITY && around < MIN_CONTEXT) continue;
    // Neighbours decide between copies (a key point and its paragraph); place in the text breaks ties.
    const score = similarity + 0.5 * around - 0.2 * Math.abs(where - j / Math.max(1, to.length - 1));
    if (!best || score > best.score) best = { index: j, score, similarity };
  }
  return best && { index: best.index, same: best.similarity === 1 };
}

/** How well the sentences around `i` match those around `j`, 0–1, allowing a shift of one (a split). */
function context(from: readonly Passage[], i: number, to: readonly Passage[], j: number, words: Words): number {
  let sum = 0;
  let count = 0;
  for (let d = -CONTEXT; d <= CONTEXT; d++) {
    const near = d !== 0 ? from[i + d] : undefined;
    if (!near) continue;
    count++;
    let best = 0;
    for (const e of [d - 1, d, d + 1]) {
      const other = e !== 0 ? to[j + e] : undefined;
      // A shifted neighbour counts a little less, so a copy just before its original does not win.
      if (other) best = Math.max(best, dice(words(near), words(other)) * (e === d ? 1 : 0.8));
    }
    sum += best;
  }
  return count ? sum / count : 0;
}

/** Share of words two sentences have in common (Dice over word multisets), 0–1. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function wordCache(): Words {
  const cache = new Map<Passage, string[]>();
  return (p) => {
    let w = cache.get(p);
    if (!w) cache.set(p, (w = p.text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []));
    return w;
  };
}
