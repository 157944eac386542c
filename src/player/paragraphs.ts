import type { Sentence } from '../core/model';

/**
 * Where paragraph navigation lands: the first sentence of the next block, or of the current block when
 * reading is past its start (as "previous" on a music player goes to the start of the track first).
 */
export function paragraphStart(
  sentences: readonly Pick<Sentence, 'block'>[],
  index: number,
  direction: 1 | -1,
): number {
  const current = sentences[index];
  if (!current) return 0;
  const first = (block: number) => sentences.findIndex((s) => s.block === block);
  if (direction === 1) {
    const next = sentences.findIndex((s, i) => i > index && s.block !== current.block);
    return next >= 0 ? next : index;
  }
  const startOfThis = first(current.block);
  if (startOfThis < index) return startOfThis;
  const previous = sentences[startOfThis - 1];
  return previous ? first(previous.block) : 0;
}
