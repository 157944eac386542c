/**
 * The first `Intl.Segmenter` a page's scripts make loads ICU's sentence rules, 15-40 ms on a slow
 * machine. The light control makes one while it waits for the player it asked for (the page waits
 * for the player anyway), so the first sentence after a press does not pay for it. ICU keeps the
 * loaded rules for the whole renderer, so the player's own segmenter is then made at once.
 */
export function warmSentenceBreaks(lang: string): void {
  try {
    const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    segmenter.segment('Ja. Nej.')[Symbol.iterator]().next();
  } catch {
    // No Intl.Segmenter, or a language tag it refuses: the player copes with both.
  }
}
