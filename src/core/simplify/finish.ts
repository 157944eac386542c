/**
 * The last touch on each sentence of the simplified text, so the view shows whole sentences only:
 *
 * - a sentence that has a finite verb and starts with a capital but lacks its full stop (a line the
 *   page left open) gets one;
 * - a paragraph that is one short line without a finite verb ("Välkommen!", "Foto: Grums kommun")
 *   is a label, not a sentence: it is shown as a heading.
 */

import { hasFiniteVerb } from './whole';

const ENDED = /[.!?…:]["'”’»)\]]*$/u;

export function withFullStop(sentence: string): string {
  const s = sentence.trimEnd();
  if (ENDED.test(s) || !/^[\s"'“”«(]*[\p{Lu}\p{N}]/u.test(s) || !hasFiniteVerb(s)) return sentence;
  return s.replace(/[,;–—-]+$/u, '') + '.';
}

/** A paragraph's single line that is a label: without a finite verb, and not long. */
export function isLabel(sentences: readonly string[]): boolean {
  if (sentences.length !== 1) return false;
  const s = sentences[0]!;
  return s.split(/\s+/).length <= 20 && !hasFiniteVerb(s);
}
