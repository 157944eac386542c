import { describe, expect, it } from 'vitest';
import { toSpeech } from '../../../src/core/speak/speech';
import { SPEECH_CASES } from './speech-cases';

describe('toSpeech, Swedish', () => {
  for (const [category, cases] of Object.entries(SPEECH_CASES)) {
    describe(category, () => {
      it.each(cases)('%j', (written, spoken) => {
        expect(toSpeech(written, 'sv')).toBe(spoken);
      });
    });
  }

  it('has a large fixture table', () => {
    const total = Object.values(SPEECH_CASES).reduce((n, cases) => n + cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(250);
  });

  it('treats sv-SE and sv-FI as Swedish', () => {
    expect(toSpeech('Öppet kl. 8–16', 'sv-SE')).toBe('Öppet klockan 8 till 16');
    expect(toSpeech('t.ex. 25 %', 'sv-FI')).toBe('till exempel 25 procent');
    expect(toSpeech('t.ex. 25 %', 'SV')).toBe('till exempel 25 procent');
  });

  it('leaves no placeholder characters behind, even with many protected parts', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `Ring 090-16 10 ${String(i % 100).padStart(2, '0')} kl. 8.30.`,
    ).join(' ');
    const spoken = toSpeech(text, 'sv');
    expect(spoken).not.toMatch(/[\uE000-\uF8FF]/);
    expect(spoken).toContain('0 9 0, 16 10 0 0 klockan 8 och 30.');
  });

  it('drops private-use characters from the input', () => {
    expect(toSpeech('Hej\uE000 då', 'sv')).toBe('Hej då');
  });

  it('handles a long run without punctuation in reasonable time', () => {
    const text = 'ord '.repeat(5000) + 'kl 8–16';
    const started = Date.now();
    const spoken = toSpeech(text, 'sv');
    expect(spoken.endsWith('klockan 8 till 16')).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('toSpeech, English', () => {
  it.each([
    ['Bring food, e.g. sandwiches.', 'Bring food, for example sandwiches.'],
    ['E.g. you can call us.', 'For example you can call us.'],
    ['The fee, i.e. the charge, is due.', 'The fee, that is the charge, is due.'],
    ['Paper, glass, metal etc.', 'Paper, glass, metal et cetera.'],
    ['Umeå vs. Luleå', 'Umeå versus Luleå'],
    ['  Open   daily\u00a0 ', 'Open daily'],
    ['Call 090-16 10 00 at 14.30.', 'Call 090-16 10 00 at 14.30.'],
  ])('%j', (written, spoken) => {
    expect(toSpeech(written, 'en')).toBe(spoken);
    expect(toSpeech(written, 'en-GB')).toBe(spoken);
  });

  it('does not apply Swedish rules to English', () => {
    expect(toSpeech('SKR costs 25 %', 'en')).toBe('SKR costs 25 %');
  });
});

describe('toSpeech, other languages', () => {
  it('only collapses white space', () => {
    expect(toSpeech('  Hyvää   päivää t.ex. 25 %  ', 'fi')).toBe('Hyvää päivää t.ex. 25 %');
    expect(toSpeech('a\n\tb', '')).toBe('a b');
  });
});
