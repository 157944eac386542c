import type { Block } from '../core/model';

/**
 * Maps a stretch of a block's text back to DOM ranges in the live page, using the block's runs.
 * Returns one Range per text-node stretch (a sentence can span links, <strong> etc.); none when the
 * block has no place in the page or the page has since removed those nodes.
 */
export function rangesFor(block: Block, start: number, end: number, doc: Document): Range[] {
  const ranges: Range[] = [];
  block.runs.forEach((run, i) => {
    const offset = block.offsets[i] ?? 0;
    const length = run.end - run.start;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from >= to || !run.node.isConnected) return;
    const range = doc.createRange();
    try {
      range.setStart(run.node, run.start + (from - offset));
      range.setEnd(run.node, run.start + (to - offset));
    } catch {
      return; // The page changed the node's text under us; skip rather than highlight the wrong words.
    }
    ranges.push(range);
  });
  return ranges;
}

/** Where a point in the page falls in the reading: the index of the sentence there, or null. */
export function sentenceAt(
  blocks: readonly Block[],
  sentences: readonly { block: number; start: number; end: number }[],
  node: Node,
  offset: number,
): number | null {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    for (let i = 0; i < block.runs.length; i++) {
      const run = block.runs[i]!;
      if (run.node !== node || offset < run.start || offset > run.end) continue;
      const at = (block.offsets[i] ?? 0) + (offset - run.start);
      const index = sentences.findIndex((s) => s.block === b && at >= s.start && at <= s.end);
      if (index >= 0) return index;
    }
  }
  return null;
}

/**
 * A word the voice is saying, from its offset in what was spoken to its place in what is written. Only
 * where the two agree word for word; a sentence whose spoken form was expanded ("t.ex." → "till
 * exempel") keeps its sentence highlight without a word highlight rather than mark the wrong word.
 */
export function writtenWord(written: string, spoken: string, charIndex: number): { start: number; end: number } | null {
  const words = (text: string) =>
    Array.from(text.matchAll(/\S+/g), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const said = words(spoken);
  const shown = words(written);
  if (said.length !== shown.length) return null;
  const n = said.findIndex((w) => charIndex >= w.start && charIndex < w.end);
  const word = shown[n];
  if (n < 0 || !word) return null;
  // Leave punctuation around the word out of the mark: "(bygglov)." marks bygglov.
  const raw = written.slice(word.start, word.end);
  const lead = /^[\p{P}\p{S}]*/u.exec(raw)![0].length;
  const trail = /[\p{P}\p{S}]*$/u.exec(raw.slice(lead))![0].length;
  const end = word.end - trail;
  return end > word.start + lead ? { start: word.start + lead, end } : null;
}
