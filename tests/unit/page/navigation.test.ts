import { describe, expect, it } from 'vitest';
import { paragraphStart } from '../../../src/page/paragraphs';
import { secondsLeft } from '../../../src/page/time-left';

// Sentences 0-1 are block 0, 2-4 block 1, 5 block 2.
const S = [0, 0, 1, 1, 1, 2].map((block) => ({ block }));

describe('paragraph navigation', () => {
  it('next goes to the first sentence of the next paragraph, and stays at the last one', () => {
    expect(paragraphStart(S, 0, 1)).toBe(2);
    expect(paragraphStart(S, 3, 1)).toBe(5);
    expect(paragraphStart(S, 5, 1)).toBe(5);
  });

  it('previous goes to the start of this paragraph first, then to the one before', () => {
    expect(paragraphStart(S, 3, -1)).toBe(2);
    expect(paragraphStart(S, 2, -1)).toBe(0);
    expect(paragraphStart(S, 0, -1)).toBe(0);
    expect(paragraphStart(S, 5, -1)).toBe(2);
  });
});

describe('time left', () => {
  const sentences = [{ text: 'a'.repeat(139) }, { text: 'b'.repeat(139) }];
  it('counts what is left to say at the voice’s pace, faster at a higher rate', () => {
    expect(secondsLeft(sentences, 0, 1)).toBeCloseTo(20);
    expect(secondsLeft(sentences, 1, 1)).toBeCloseTo(10);
    expect(secondsLeft(sentences, 0, 2)).toBeCloseTo(10);
    expect(secondsLeft(sentences, 2, 1)).toBe(0);
  });
});
