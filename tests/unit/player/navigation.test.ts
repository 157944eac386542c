import { describe, expect, it } from 'vitest';
import { paragraphStart } from '../../../src/player/paragraphs';
import { secondsLeft } from '../../../src/player/time-left';

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

describe('help for adding a voice', () => {
  it('names the user’s own system', async () => {
    const { messages, operatingSystem } = await import('../../../src/ui/i18n');
    expect(operatingSystem('Windows', undefined)).toBe('windows');
    expect(operatingSystem('Linux x86_64', 'Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
    expect(operatingSystem(undefined, 'Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe('android');
    expect(operatingSystem('MacIntel', undefined)).toBe('macos');
    expect(operatingSystem(undefined, 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)')).toBe('chromeos');
    const sv = messages('sv');
    expect(sv.noVoice('svenska', 'windows')).toMatch(/^Det finns ingen röst för svenska .* Windows: Inställningar/);
    expect(sv.noVoice('svenska', 'windows')).not.toMatch(/macOS/);
    expect(sv.noVoice('svenska', 'other')).toMatch(/Windows.*macOS.*Linux/);
  });
});
