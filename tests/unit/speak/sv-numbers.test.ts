import { describe, expect, it } from 'vitest';
import { dayMonth, ordinalWord, spellDigits } from '../../../src/core/speak/sv-numbers';

describe('ordinalWord', () => {
  it('says 1 to 31 as Swedish ordinals', () => {
    const expected = [
      'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde',
      'elfte', 'tolfte', 'trettonde', 'fjortonde', 'femtonde', 'sextonde', 'sjuttonde', 'artonde', 'nittonde',
      'tjugonde', 'tjugoförsta', 'tjugoandra', 'tjugotredje', 'tjugofjärde', 'tjugofemte', 'tjugosjätte',
      'tjugosjunde', 'tjugoåttonde', 'tjugonionde', 'trettionde', 'trettioförsta',
    ]; // prettier-ignore
    expect(Array.from({ length: 31 }, (_, i) => ordinalWord(i + 1))).toEqual(expected);
  });

  it('builds larger ordinals by rule', () => {
    expect(ordinalWord(40)).toBe('fyrtionde');
    expect(ordinalWord(99)).toBe('nittionionde');
    expect(ordinalWord(100)).toBe('hundrade');
    expect(ordinalWord(101)).toBe('hundraförsta');
    expect(ordinalWord(200)).toBe('tvåhundrade');
    expect(ordinalWord(512)).toBe('femhundratolfte');
  });

  it('returns null outside 1..999', () => {
    expect(ordinalWord(0)).toBeNull();
    expect(ordinalWord(1000)).toBeNull();
    expect(ordinalWord(2.5)).toBeNull();
  });
});

describe('dayMonth', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(dayMonth(5, 3)).toBe('femte mars');
    expect(dayMonth(29, 2)).toBe('tjugonionde februari');
    expect(dayMonth(31, 12)).toBe('trettioförsta december');
    expect(dayMonth(31, 4)).toBeNull();
    expect(dayMonth(30, 2)).toBeNull();
    expect(dayMonth(0, 1)).toBeNull();
    expect(dayMonth(1, 13)).toBeNull();
  });
});

describe('spellDigits', () => {
  it('spaces digits and drops other characters', () => {
    expect(spellDigits('090')).toBe('0 9 0');
    expect(spellDigits('212000-2480')).toBe('2 1 2 0 0 0 2 4 8 0');
  });
});

describe('days and decimals as Swedes say them', () => {
  it('reads the day before a month as an ordinal, also in pairs, and leaves other numbers', async () => {
    const { dayOrdinals, decimalCommas } = await import('../../../src/core/speak/sv-day-dates');
    expect(dayOrdinals('Öppet 1 och 2 maj, stängt 31 december.')).toBe(
      'Öppet första och andra maj, stängt trettioförsta december.',
    );
    expect(dayOrdinals('Det kostar 5 kronor i mars.')).toBe('Det kostar 5 kronor i mars.');
    expect(dayOrdinals('Mellan 40 maj')).toBe('Mellan 40 maj');
    expect(decimalCommas('1,5 miljoner och 0,25 procent, 3, 4 och 5')).toBe(
      '1 komma 5 miljoner och 0 komma 25 procent, 3, 4 och 5',
    );
  });
});
