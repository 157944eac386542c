import type { Block, Sentence } from '../model';
import { segmentSentences } from './segment';
import { toSpeech } from '../speak/speech';

/**
 * segment + plan for one block: its sentences, `index` being the block's place in the reading. The
 * spoken form is worked out the first time a sentence is read (the Narrator asks one sentence at a
 * time), so a long page starts speaking at once instead of first normalising every sentence it has.
 * The pipeline's `readBlocks` is the entrance for whole readings.
 */
export function sentencesOfBlock(block: Block, index: number): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { start, end } of segmentSentences(block.text, block.lang)) {
    const text = block.text.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push(lazySentence(index, text, block.lang, start, end));
  }
  return sentences;
}

function lazySentence(block: number, text: string, lang: string, start: number, end: number): Sentence {
  let speech: string | undefined;
  return {
    block,
    text,
    lang,
    start,
    end,
    get speech() {
      speech ??= toSpeech(text, lang) || text;
      return speech;
    },
  };
}

/**
 * Blocks into sentences, each with its spoken form (worked out when first read). `first` is the index of
 * the first block in the whole reading, for a view that reads its blocks a slice at a time.
 */
export function readBlocks(blocks: readonly Block[], first = 0): Sentence[] {
  const sentences: Sentence[] = [];
  // One at a time: a block of a very long page can hold more sentences than a call takes arguments.
  blocks.forEach((block, i) => {
    for (const sentence of sentencesOfBlock(block, first + i)) sentences.push(sentence);
  });
  return sentences;
}
