import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER,
  DEFAULT_SETTINGS,
  parseReaderSettings,
  parseSettings,
  updateSettings,
} from '../../../src/core/config/settings';

describe('stored settings', () => {
  it('are the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({
      settings: { ...DEFAULT_SETTINGS, voices: {}, reader: DEFAULT_READER },
      problems: [],
    });
  });

  it('keep every good field when one is corrupt, and say what was repaired', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      rate: 'fast',
      volume: 0.4,
      voices: { sv: 'Alva', en: 7 },
    });
    expect(settings).toEqual({ version: 1, rate: 1, volume: 0.4, voices: { sv: 'Alva' }, reader: DEFAULT_READER });
    expect(problems).toHaveLength(2);
  });

  it('fall back to defaults for garbage and out-of-range values', () => {
    expect(parseSettings('{{{').settings).toEqual({ ...DEFAULT_SETTINGS, voices: {} });
    expect(parseSettings([1, 2]).settings.rate).toBe(1);
    expect(parseSettings({ version: 1, rate: 99, volume: -1 }).settings).toMatchObject({ rate: 1, volume: 1 });
    expect(parseSettings({ version: 1, rate: Number.NaN }).settings.rate).toBe(1);
  });

  it('carry an older version’s single Swedish voice forward', () => {
    expect(parseSettings({ voice: 'Bengt', rate: 1.5 }).settings).toEqual({
      version: 1,
      rate: 1.5,
      volume: 1,
      voices: { sv: 'Bengt' },
      reader: DEFAULT_READER,
    });
  });

  it('apply a change without dropping the voices chosen for other languages', () => {
    const before = parseSettings({ version: 1, voices: { sv: 'Alva' } }).settings;
    const after = updateSettings(before, { voices: { en: 'Daniel' }, rate: 2 });
    expect(after).toEqual({
      version: 1,
      rate: 2,
      volume: 1,
      voices: { sv: 'Alva', en: 'Daniel' },
      reader: DEFAULT_READER,
    });
    expect(updateSettings(after, { rate: 7 }).rate).toBe(2); // an impossible change is ignored
  });

  it('forget the voice of one language when the user goes back to automatic choice', () => {
    const before = parseSettings({ version: 1, voices: { sv: 'Alva', en: 'Daniel' } }).settings;
    expect(updateSettings(before, { voices: { sv: '' } }).voices).toEqual({ en: 'Daniel' });
  });
});

describe('stored reader settings', () => {
  it('are the defaults when settings from before the reader are read', () => {
    expect(parseSettings({ version: 1, rate: 1.25 })).toEqual({
      settings: { version: 1, rate: 1.25, volume: 1, voices: {}, reader: DEFAULT_READER },
      problems: [],
    });
    expect(DEFAULT_READER).toMatchObject({ textSize: 100, theme: 'light', font: 'system', lineFocus: 0 });
  });

  it('keep every good field when others are corrupt or out of range', () => {
    const problems: string[] = [];
    const reader = parseReaderSettings(
      {
        textSize: 250,
        lineSpacing: 9,
        letterSpacing: '0.12',
        wordSpacing: 0.3,
        lineWidth: 'narrow',
        font: 'comic-sans',
        theme: 'contrast',
        lineFocus: 2,
      },
      problems,
    );
    expect(reader).toEqual({
      ...DEFAULT_READER,
      textSize: 250,
      wordSpacing: 0.3,
      lineWidth: 'narrow',
      theme: 'contrast',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/reader\.lineSpacing.*reader\.letterSpacing.*reader\.font.*reader\.lineFocus/s);
  });

  it('fall back to defaults for a reader group that is not an object, or numbers that are not numbers', () => {
    for (const bad of ['big', 7, null, [1, 2]]) {
      const { settings, problems } = parseSettings({ version: 1, rate: 2, reader: bad });
      expect(settings.reader).toEqual(DEFAULT_READER);
      expect(settings.rate).toBe(2); // the rest is kept
      expect(problems).toHaveLength(1);
    }
    const odd = parseReaderSettings({
      textSize: Number.NaN,
      lineSpacing: Infinity,
      letterSpacing: -0.1,
      wordSpacing: true,
    });
    expect(odd).toEqual(DEFAULT_READER);
    expect(parseReaderSettings({ textSize: 400, lineSpacing: 3, letterSpacing: 0.35, wordSpacing: 1 })).toMatchObject({
      textSize: 400,
      lineSpacing: 3,
    });
    expect(parseReaderSettings({ textSize: 99 }).textSize).toBe(100);
    expect(parseReaderSettings({ textSize: 401 }).textSize).toBe(100);
  });

  it('keep unknown fields out, and accept a newer version’s known ones', () => {
    const { settings } = parseSettings({ version: 2, reader: { theme: 'dark', sparkle: true } });
    expect(settings.reader).toEqual({ ...DEFAULT_READER, theme: 'dark' });
  });

  it('apply a change to one reader field without losing the others, ignoring an impossible one', () => {
    const before = parseSettings({ version: 1, reader: { theme: 'cream', textSize: 200 } }).settings;
    const after = updateSettings(before, { reader: { font: 'opendyslexic' } });
    expect(after.reader).toEqual({ ...DEFAULT_READER, theme: 'cream', textSize: 200, font: 'opendyslexic' });
    const unchanged = updateSettings(after, { reader: { textSize: 1000, theme: 'neon' as never } });
    expect(unchanged.reader).toEqual(after.reader); // the current values stay, not the defaults
  });
});
