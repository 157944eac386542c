import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, updateSettings } from '../../src/core/settings/settings';

describe('stored settings', () => {
  it('are the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS, voices: {} }, problems: [] });
  });

  it('keep every good field when one is corrupt, and say what was repaired', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      rate: 'fast',
      volume: 0.4,
      voices: { sv: 'Alva', en: 7 },
    });
    expect(settings).toEqual({ version: 1, rate: 1, volume: 0.4, voices: { sv: 'Alva' } });
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
    });
  });

  it('apply a change without dropping the voices chosen for other languages', () => {
    const before = parseSettings({ version: 1, voices: { sv: 'Alva' } }).settings;
    const after = updateSettings(before, { voices: { en: 'Daniel' }, rate: 2 });
    expect(after).toEqual({ version: 1, rate: 2, volume: 1, voices: { sv: 'Alva', en: 'Daniel' } });
    expect(updateSettings(after, { rate: 7 }).rate).toBe(2); // an impossible change is ignored
  });
});
