import type { Sentence } from '../core/model';

/**
 * About how long the rest takes to hear: Swedish voices at rate 1 say about 14 characters a second
 * (espeak-ng, Alva and Bengt measured between 13 and 16).
 */
export const CHARS_PER_SECOND = 14;

/** Counts written characters: asking for every spoken form would normalise the whole rest of the page. */
export function secondsLeft(sentences: readonly Pick<Sentence, 'text'>[], from: number, rate: number): number {
  let chars = 0;
  for (let i = Math.max(0, from); i < sentences.length; i++) chars += sentences[i]!.text.length + 1;
  return chars / (CHARS_PER_SECOND * (rate > 0 ? rate : 1));
}
