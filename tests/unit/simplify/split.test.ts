import { describe, expect, it } from 'vitest';
import { splitSentence } from '../../../src/core/simplify/split';
import { SPLIT_CASES } from './split-cases';

describe('splitSentence: fixture table', () => {
  it.each(SPLIT_CASES)('%s', (sentence, expected) => {
    expect(splitSentence(sentence)).toEqual(expected.length ? expected : [sentence]);
  });
});

describe('splitSentence: every part is a sentence', () => {
  it('starts each part with a capital and ends it with a full stop (or the original end)', () => {
    for (const [sentence, expected] of SPLIT_CASES) {
      if (!expected.length) continue;
      for (const part of splitSentence(sentence)) {
        expect(part, part).toMatch(/^\p{Lu}/u);
        expect(part, part).toMatch(/[.!?]$/u);
      }
    }
  });

  it('drops no word but the conjunction it splits at', () => {
    for (const [sentence] of SPLIT_CASES) {
      const before = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const after = new Set(
        splitSentence(sentence)
          .join(' ')
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [],
      );
      const lost = before.filter((w) => !after.has(w));
      expect(
        lost.filter((w) => !/^(och|vilket|vilka|vilken|som|eftersom|medan|tack|vare|där)$/.test(w)),
        sentence,
      ).toEqual([]);
    }
  });

  it('honours maxWords and minPartWords', () => {
    const s = 'Du ansöker i e-tjänsten, men du kan också ringa.';
    expect(splitSentence(s, { maxWords: 5 })).toEqual(['Du ansöker i e-tjänsten.', 'Men du kan också ringa.']);
    expect(splitSentence(s, { maxWords: 5, minPartWords: 6 })).toEqual([s]);
  });
});
