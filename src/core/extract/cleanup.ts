import type { Block } from '../model';
import { bylineDate, isDateText } from './dates';

/**
 * Last clean-up on reading blocks, for what survives as text inside otherwise good blocks: a lone
 * control label ("Skriv ut", "Läs mer"), a date line or byline, an image credit at the end of a caption. Blocks
 * are only dropped or shortened at the end, so their runs still map to the live page.
 */

/** Lines that are a control's label and nothing else. */
const CONTROL_LINE =
  /^(?:lyssna(?: på (?:sidan|texten))?|sluta lyssna|läs upp|dela(?: sidan)?|skriv ut(?: sidan)?|tipsa en vän|läs mer|läs hela artikeln|till toppen|tillbaka(?: till toppen)?|visa (?:mer|fler)|stäng|lästid:?\s*\d+\s*min(?:uter)?)$/i;

/** A credit closing a caption or paragraph: "… Foto: Anna Berg", "Bild: Umeå kommun". */
const TRAILING_CREDIT = /\s*(?:\(|\b)(?:foto|fotograf|bild|illustration|photo)\s*:\s*[^.!?:()]{2,60}\)?\s*$/iu;

export function cleanBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const bare = block.text.replace(/[\s»›>→.:…]+$/u, '').trim();
    if (CONTROL_LINE.test(bare)) continue;
    // A date line or a byline ("3 maj, 2018 | Anna Berg"): when and by whom, not the article.
    if (block.kind !== 'table-cell' && (isDateText(block.text) || bylineDate(block.text))) continue;
    const credit = TRAILING_CREDIT.exec(block.text);
    const closesSentence = credit && /[.!?]$/.test(block.text.slice(0, credit.index).trimEnd());
    if (credit && (block.kind === 'caption' || closesSentence)) {
      if (credit.index === 0) continue;
      out.push(truncate(block, credit.index));
      continue;
    }
    out.push(block);
  }
  return out;
}

/** The block cut to its first `length` characters, runs cut to match. */
export function truncate(block: Block, length: number): Block {
  const text = block.text.slice(0, length).trimEnd();
  const runs: Block['runs'] = [];
  const offsets: number[] = [];
  block.runs.forEach((run, i) => {
    const offset = block.offsets[i] ?? 0;
    if (offset >= text.length) return;
    const keep = Math.min(run.end - run.start, text.length - offset);
    runs.push({ node: run.node, start: run.start, end: run.start + keep });
    offsets.push(offset);
  });
  return { ...block, text, runs, offsets };
}
