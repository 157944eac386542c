import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, passiveOf, plainWords, rulesOf } from '../../../src/core/simplify/plain-words';
import { PLAIN_ENTRIES, SVARTA_LISTAN_SKIPPED } from '../../../src/core/simplify/plain-words-data';
import { PLAIN_WORD_CASES } from './plain-words-cases';

// A copy of peterk/skrivregler-check's list (see tests/fixtures/data/README.md).
const SVARTA_LISTAN = join(__dirname, '../../fixtures/data/plain-language/svarta-listan.json');

describe('plainWords: fixture table', () => {
  it.each(PLAIN_WORD_CASES)('%s', (input, expected) => {
    expect(plainWords(input).text).toBe(expected);
  });
});

describe('plainWords: how forms are made', () => {
  it('makes the passive of each conjugation', () => {
    expect(passiveOf(['anmoda', 'anmodar', 'anmodade', 'anmodat'])).toEqual([
      'anmodas',
      'anmodas',
      'anmodades',
      'anmodats',
    ]);
    expect(passiveOf(['ställa', 'ställer', 'ställde', 'ställt'])).toEqual(['ställas', 'ställs', 'ställdes', 'ställts']);
    expect(passiveOf(['läsa', 'läser', 'läste', 'läst'])).toEqual(['läsas', 'läses', 'lästes', 'lästs']);
    expect(passiveOf(['bestämma', 'bestämmer', 'bestämde', 'bestämt'])).toEqual([
      'bestämmas',
      'bestäms',
      'bestämdes',
      'bestämts',
    ]);
    expect(passiveOf(['ge', 'ger', 'gav', 'gett'])).toEqual(['ges', 'ges', 'gavs', 'getts']);
    expect(passiveOf(['göra', 'gör', 'gjorde', 'gjort'])).toEqual(['göras', 'görs', 'gjordes', 'gjorts']);
    expect(passiveOf(['lämna in', 'lämnar in', 'lämnade in', 'lämnat in'])[1]).toBe('lämnas in');
  });

  it('adds genitives to nouns', () => {
    const froms = rulesOf({ noun: 'avskrift|avskriften|avskrifter|avskrifterna', to: 'kopia|kopian|kopior|kopiorna' });
    expect(froms.find((r) => r.words[0] === 'avskriftens')?.to).toBe('kopians');
  });

  it('keeps the capital of the first word of a sentence', () => {
    expect(plainWords('Därefter ringer vi dig.').text).toBe('Sedan ringer vi dig.');
    expect(plainWords('”Därefter ringer vi dig.”').text).toBe('”Sedan ringer vi dig.”');
  });

  it('replaces a supine after "har", not the same form as a participle after "vara"', () => {
    expect(plainWords('Kommunen har utfärdat ett tillstånd.').text).toBe('Kommunen har gett ett tillstånd.');
    const participle = 'Läkarintyget ska vara utfärdat av en specialistläkare.';
    expect(plainWords(participle).text).toBe(participle);
  });

  it('reports what it replaced', () => {
    const r = plainWords('Vi tillhandahåller blanketter samt hjälp.');
    expect(r.replacements.map((x) => [x.from, x.to])).toEqual([
      ['tillhandahåller', 'ger'],
      ['samt', 'och'],
    ]);
  });
});

describe('the plain-word list', () => {
  it('has at least 200 entries', () => {
    expect(PLAIN_ENTRIES.length).toBeGreaterThanOrEqual(200);
  });

  it('has the common officialese the issue names', () => {
    for (const word of [
      'tillhandahåller',
      'beträffande',
      'i syfte att',
      'avseende',
      'erforderliga',
      'samt',
      'erhålla',
      'föreligger',
    ]) {
      expect(
        allRules().some((r) => r.words.join(' ') === word),
        word,
      ).toBe(true);
    }
  });

  it('gives every verb, noun and adjective entry the right number of forms on both sides', () => {
    for (const e of PLAIN_ENTRIES) {
      if ('verb' in e) {
        expect(e.verb.split('|'), e.verb).toHaveLength(5);
        expect(e.to.split('|'), e.verb).toHaveLength(5);
        if (e.passive) {
          expect(e.passive.from.split('|'), e.verb).toHaveLength(4);
          expect(e.passive.to.split('|'), e.verb).toHaveLength(4);
        }
      } else if ('noun' in e) {
        expect(e.noun.split('|'), e.noun).toHaveLength(4);
        expect(e.to.split('|'), e.noun).toHaveLength(4);
      } else if ('adj' in e) {
        expect(e.adj.split('|'), e.adj).toHaveLength(3);
        expect(e.to.split('|'), e.adj).toHaveLength(3);
      }
    }
  });

  it('pairs a form with a form: "-" on one side only where the other has none', () => {
    for (const e of PLAIN_ENTRIES) {
      const pairs = 'verb' in e ? [e.verb, e.to] : 'noun' in e ? [e.noun, e.to] : 'adj' in e ? [e.adj, e.to] : null;
      if (!pairs) continue;
      const [from, to] = pairs.map((p) => p.split('|'));
      from!.forEach((f, i) => {
        if (f !== '-') expect(to![i], `${f} has no plain form`).not.toBe('-');
      });
    }
  });

  it('never maps a word to itself and writes officialese in lower case', () => {
    for (const r of allRules()) {
      expect(r.words.join(' ')).not.toBe(r.to);
      expect(r.words.join(' ')).toBe(r.words.join(' ').toLowerCase());
    }
  });

  it('uses or explains every entry of Svarta listan', () => {
    const list = JSON.parse(readFileSync(SVARTA_LISTAN, 'utf8')) as Array<{ avoid: string[] }>;
    const ours = new Set(allRules().map((r) => r.words.join(' ')));
    const skipped = new Set<string>(SVARTA_LISTAN_SKIPPED);
    for (const { avoid } of list) {
      for (const raw of avoid) {
        const word = raw.replace(/\s*\(.*\)\s*/g, '').trim();
        if (!word) continue;
        const used = ours.has(word) || [...ours].some((o) => o.startsWith(word.slice(0, -1)));
        expect(used || skipped.has(word) || skipped.has(word.split(' ')[0]!), word).toBe(true);
      }
    }
  });
});
