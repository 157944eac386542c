import { describe, expect, it } from 'vitest';
import { warmSentenceBreaks } from '../../../src/core/segment/warm-up';

describe('warmSentenceBreaks (run by the light control while the player loads)', () => {
  it('takes whatever a page writes in its lang attribute without throwing', () => {
    // A malformed tag (lang="sv_SE" is common) makes Intl.Segmenter throw a RangeError.
    for (const lang of ['sv', 'sv-SE', '', 'sv_SE', 'not a tag', 'x'.repeat(300)]) {
      expect(() => warmSentenceBreaks(lang)).not.toThrow();
    }
  });

  it('still works where Intl.Segmenter is missing', () => {
    const intl = Intl as { Segmenter?: unknown };
    const segmenter = intl.Segmenter;
    try {
      delete intl.Segmenter; // an older engine
      expect(() => warmSentenceBreaks('sv')).not.toThrow();
    } finally {
      intl.Segmenter = segmenter;
    }
  });
});
