import { describe, expect, it, vi } from 'vitest';
import type { Sentence } from '../../src/core/model';

describe('model', () => {
  it('a sentence keeps its written and spoken text apart', () => {
    const s: Sentence = { block: 0, text: 'Kl. 14', speech: 'klockan fjorton', lang: 'sv', start: 0, end: 6 };
    expect(s.speech).not.toBe(s.text);
  });
});

describe('sentences', () => {
  it('work out the spoken form only when it is first needed, and then keep it', async () => {
    const { readBlocks } = await import('../../src/core/pipeline');
    const speech = await import('../../src/core/speak/speech');
    const spy = vi.spyOn(speech, 'toSpeech');
    const blocks = [
      { kind: 'paragraph' as const, lang: 'sv', text: 'Öppet kl. 8. Ring oss t.ex. på måndag.', runs: [], offsets: [] },
    ];
    const sentences = readBlocks(blocks);
    expect(sentences.map((s) => s.text)).toEqual(['Öppet kl. 8.', 'Ring oss t.ex. på måndag.']);
    expect(spy).not.toHaveBeenCalled();
    expect(sentences[1]!.speech).toBe('Ring oss till exempel på måndag.');
    expect(sentences[1]!.speech).toBe('Ring oss till exempel på måndag.');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
