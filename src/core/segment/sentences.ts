import type { Article, Sentence } from '../model';
import { segmentSentences } from './segment';
import { toSpeech } from '../speak/speech';

/**
 * segment + plan: every block of the article into sentences, each with what the voice should say.
 * The spoken form is worked out the first time it is read (the Narrator asks one sentence at a time), so
 * a long page starts speaking at once instead of first normalising every sentence it has.
 */
export function sentencesOf(article: Pick<Article, 'blocks'>): Sentence[] {
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, index) => sentences.push(...sentencesOfBlock(block, index)));
  return sentences;
}

/** The sentences of one block, `index` being its place in the article (a view that reads block by block). */
export function sentencesOfBlock(block: Article['blocks'][number], index: number): Sentence[] {
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
