import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/model';

describe('model', () => {
  it('a sentence keeps its written and spoken text apart', () => {
    const s: Sentence = { block: 0, text: 'Kl. 14', speech: 'klockan fjorton', lang: 'sv', start: 0, end: 6 };
    expect(s.speech).not.toBe(s.text);
  });
});
