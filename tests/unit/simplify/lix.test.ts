import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/model';
import { isLongWord, lix, lixBand, lixOfArticle, lixWords } from '../../../src/core/simplify/lix';

const block = (kind: Block['kind'], text: string, lang = 'sv'): Block => ({ kind, lang, text, runs: [], offsets: [] });

describe('LIX against hand-computed values', () => {
  it.each<[string, { value: number; words: number; sentences: number; longWords: number }]>([
    // 8 words, 2 sentences; long: Kommunen, ansvarar, Regionen, ansvarar (skolan, vården have 6 letters).
    // 8/2 + 100·4/8 = 4 + 50 = 54
    [
      'Kommunen ansvarar för skolan. Regionen ansvarar för vården.',
      { value: 54, words: 8, sentences: 2, longWords: 4 },
    ],
    // 7 words, no long word: 7/1 + 0 = 7
    ['Du får ett beslut inom fyra veckor.', { value: 7, words: 7, sentences: 1, longWords: 0 }],
    // Avgiften, är, 1 500, kr, per, år: 6 words (the amount is one), 1 long: 6 + 100/6 = 22.67 → 22.7
    ['Avgiften är 1 500 kr per år.', { value: 22.7, words: 6, sentences: 1, longWords: 1 }],
    // "e-tjänsten" is one word of 9 letters: 3 + 100/3 = 36.33 → 36.3
    ['Ansök i e-tjänsten.', { value: 36.3, words: 3, sentences: 1, longWords: 1 }],
    // "t.ex." does not end the sentence and is one word: Du, kan, t.ex., ringa, oss = 5 words, 0 long
    ['Du kan t.ex. ringa oss.', { value: 5, words: 5, sentences: 1, longWords: 0 }],
    // Öppet, kl., 7.00–22.00, alla, dagar / Rampen, är, 3,5, meter, bred: 10 words, 2 sentences,
    // no long word (Rampen has 6 letters, digits are not letters): 10/2 + 0 = 5
    ['Öppet kl. 7.00–22.00 alla dagar. Rampen är 3,5 meter bred.', { value: 5, words: 10, sentences: 2, longWords: 0 }],
    // 3 sentences, 12 words, long: Kontaktcenter, måndagar, handläggare, hjälper, ansökan (5):
    // 12/3 + 100·5/12 = 4 + 41.67 = 45.67 → 45.7
    [
      'Ring Kontaktcenter. Vi svarar på måndagar. En handläggare hjälper dig med ansökan.',
      { value: 45.7, words: 12, sentences: 3, longWords: 5 },
    ],
  ])('%s', (text, expected) => {
    expect(lix(text)).toMatchObject(expected);
  });

  it('counts letters, not digits or hyphens, for long words', () => {
    expect(isLongWord('1234567')).toBe(false);
    expect(isLongWord('bygglov')).toBe(true); // 7 letters
    expect(isLongWord('skolan')).toBe(false); // 6 letters
    expect(isLongWord('e-tjänst')).toBe(true); // 7 letters
    expect(lixWords('Stadshuset, Skolgatan 31A')).toEqual(['Stadshuset', 'Skolgatan', '31A']);
  });

  it('counts a number, a time, a range or an abbreviation with inner full stops as one word', () => {
    expect(lixWords('kl. 19.00 den 22–24 augusti')).toEqual(['kl', '19.00', 'den', '22–24', 'augusti']);
    expect(lixWords('3,5 meter, 15 000 kWh och 1 688 kr')).toEqual([
      '3,5',
      'meter',
      '15 000',
      'kWh',
      'och',
      '1 688',
      'kr',
    ]);
    expect(lixWords('bl.a. 2024-05-01 och covid-19')).toEqual(['bl.a.', '2024-05-01', 'och', 'covid-19']);
    // Not one number: a year before a count, a list "1, 2 och 3", a full stop with no space after.
    expect(lixWords('år 2024 500 personer')).toEqual(['år', '2024', '500', 'personer']);
    expect(lixWords('steg 1, 2 och 3')).toEqual(['steg', '1', '2', 'och', '3']);
    expect(lixWords('slut.Början')).toEqual(['slut', 'Början']);
  });

  it('is 0 for a text without words', () => {
    expect(lix('')).toMatchObject({ value: 0, words: 0, sentences: 0, band: 'mycket lätt' });
    expect(lix(' – ')).toMatchObject({ value: 0, words: 0 });
  });

  it('names the band in words', () => {
    expect(lixBand(0)).toBe('mycket lätt');
    expect(lixBand(29.9)).toBe('mycket lätt');
    expect(lixBand(30)).toBe('lätt');
    expect(lixBand(39.9)).toBe('lätt');
    expect(lixBand(40)).toBe('medelsvår');
    expect(lixBand(49.9)).toBe('medelsvår');
    expect(lixBand(50)).toBe('svår');
    expect(lixBand(60)).toBe('svår');
    expect(lixBand(60.1)).toBe('mycket svår');
    expect(lix('Kommunen ansvarar för skolan. Regionen ansvarar för vården.').band).toBe('svår');
  });

  it('counts an article block by block: a heading is a sentence of its own', () => {
    // "Bygglov" (1 word, long) + 7 words without long ones: 8 words, 2 sentences, 1 long: 4 + 12.5
    const result = lixOfArticle({
      blocks: [block('heading', 'Bygglov'), block('paragraph', 'Du får ett beslut inom fyra veckor.')],
    });
    expect(result).toMatchObject({ value: 16.5, words: 8, sentences: 2, longWords: 1 });
  });

  it('measures the Swedish blocks of a Swedish article only', () => {
    const sv = block('paragraph', 'Du får ett beslut inom fyra veckor.');
    const en = block('paragraph', 'Please call us if you need an interpreter.', 'en');
    const only = (b: Block) => b.lang === 'sv';
    expect(lixOfArticle({ blocks: [sv, en] }, only)).toMatchObject({ value: 7, words: 7, sentences: 1 });
  });

  it('counts the lines of a block as sentences', () => {
    expect(lix('Du får ett beslut\nDet tar fyra veckor').sentences).toBe(2);
  });
});
