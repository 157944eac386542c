/**
 * ICU's sentence segmenter for a language, or null where the engine has none. An invalid language tag
 * (lang="sv_SE" is common) gets the root locale's, whose sentence rules are the same.
 */
export function sentenceSegmenter(lang: string): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}
