import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SPACY_SV_ABBREVIATIONS,
  SPACY_SV_CASE_SPECIFIC,
  SPACY_SV_MONTH_WEEKDAY,
  abbreviationKey,
  abbreviationRole,
} from '../../../src/core/segment/abbreviations';

// spaCy's lists, copied into the repository (see tests/fixtures/data/README.md).
const SOURCE = resolve(__dirname, '../../fixtures/data/plain-language/sv-abbreviations.json');

describe('abbreviations', () => {
  it('holds the spaCy lists exactly as in the source data', () => {
    const data = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, unknown>;
    expect(SPACY_SV_ABBREVIATIONS).toEqual(data.abbreviations_without_final_dot);
    expect(SPACY_SV_MONTH_WEEKDAY).toEqual(data.month_weekday_abbreviations);
    expect(SPACY_SV_CASE_SPECIFIC).toEqual(data.case_specific);
  });

  it('knows every spaCy entry, with or without its final dot and in any case', () => {
    for (const form of [...SPACY_SV_ABBREVIATIONS, ...SPACY_SV_MONTH_WEEKDAY]) {
      expect(abbreviationRole(form), form).not.toBeNull();
      expect(abbreviationRole(`${form.replace(/\.$/, '')}.`), form).not.toBeNull();
      expect(abbreviationRole(form.toUpperCase()), form).not.toBeNull();
    }
  });

  it('fills the gaps the data names', () => {
    for (const form of [
      'ca.',
      'c:a',
      'nr.',
      'st.',
      'kl.',
      'tfn.',
      'mdr.',
      'adr.',
      'org.nr.',
      'sön.',
      'jfr.',
      'f.d.',
      'pga.',
    ]) {
      expect(abbreviationRole(form), form).not.toBeNull();
    }
  });

  it('marks abbreviations that introduce what follows as leading', () => {
    for (const form of [
      't.ex.',
      'T.ex.',
      'bl.a.',
      'bl. a.',
      'kl.',
      'Kl.',
      'ca.',
      'nr.',
      's.k.',
      'fr.o.m.',
      't.o.m.',
      'p.g.a.',
      'inkl.',
      'resp.',
      'f.d.',
      'jfr.',
      'tel.',
      'dvs.',
      'Dr.',
      'prof.',
    ]) {
      expect(abbreviationRole(form), form).toBe('leading');
    }
  });

  it('marks abbreviations that can close a sentence as any', () => {
    for (const form of [
      'm.m.',
      'm.fl.',
      'etc.',
      'osv.',
      'o.s.v.',
      'e.d.',
      'kr.',
      'st.',
      't.v.',
      'jan.',
      'forts.',
      'min.',
      'ung.',
    ]) {
      expect(abbreviationRole(form), form).toBe('any');
    }
  });

  it('does not treat ordinary words as abbreviations', () => {
    for (const form of ['bil.', 'hus.', 'år.', 'dag.', 'Umeå.', 'no.', 'hon.']) {
      expect(abbreviationRole(form), form).toBeNull();
    }
  });

  it('asks the language of the block first', () => {
    expect(abbreviationRole('st.', 'sv')).toBe('any');
    expect(abbreviationRole('St.', 'en')).toBe('leading');
    expect(abbreviationRole('e.g.', 'sv')).toBe('leading');
    expect(abbreviationRole('t.ex.', 'en-GB')).toBe('leading');
  });

  it('normalises keys', () => {
    expect(abbreviationKey('Bl. A.')).toBe('bl.a');
    expect(abbreviationKey('t.ex.')).toBe('t.ex');
  });
});
