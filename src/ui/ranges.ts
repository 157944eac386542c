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
