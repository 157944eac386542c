import { sentenceSegmenter } from './sentence-segmenter';

/**
 * The first `Intl.Segmenter` a page's scripts make loads ICU's sentence rules, 15-40 ms on a slow
 * machine. The light control makes the one the player will make (same language, same fallback) while it
 * waits for the player it asked for (the page waits for the player anyway), so the first sentence after
 * a press does not pay for it. ICU keeps the loaded rules for the whole renderer.
 */
export function warmSentenceBreaks(lang: string): void {
  sentenceSegmenter(lang)?.segment('Ja. Nej.')[Symbol.iterator]().next();
}
