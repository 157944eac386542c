import type { Article, Sentence } from './model';
import { segmentSentences } from './text/segment';
import { toSpeech } from './text/speech';

/** segment + plan: every block of the article into sentences, each with what the voice should say. */
export function sentencesOf(article: Pick<Article, 'blocks'>): Sentence[] {
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    for (const { start, end } of segmentSentences(block.text, block.lang)) {
      const text = block.text.slice(start, end);
      const speech = toSpeech(text, block.lang);
      if (speech.trim()) sentences.push({ block: index, text, speech, lang: block.lang, start, end });
    }
  });
  return sentences;
}
