import { describe, expect, it } from 'vitest';
import { writeOutAbbreviations } from '../../../src/core/simplify/abbreviations';
import { simplifyArticle } from '../../../src/core/simplify';
import { swedishArticle } from './article';

describe('Lättläst writes abbreviations out', () => {
  it.each([
    [
      'Inom detaljplanerat område krävs bygglov bl.a. för nybyggnad.',
      'Inom detaljplanerat område krävs bygglov bland annat för nybyggnad.',
    ],
    ['T.ex. kan du ringa oss.', 'Till exempel kan du ringa oss.'],
    ['Vi har öppet fr.o.m. den 1 juni kl. 8.00.', 'Vi har öppet från och med den 1 juni klockan 8.00.'],
    ['Ett nytt hus kostar ca 25 000 kr.', 'Ett nytt hus kostar cirka 25 000 kr.'],
    ['Ta med mat, vatten, ficklampa m.m.', 'Ta med mat, vatten, ficklampa med mera.'],
  ])('%s', (written, plain) => {
    expect(writeOutAbbreviations(written)).toBe(plain);
  });

  it('keeps what a reader should see as written: amounts, acronyms, names, citations of law', () => {
    for (const kept of [
      'Avgiften är 1 500 kr.',
      'Budgeten är 12 mkr.',
      'OBS att tiden gäller alla.',
      'Kyrkan ligger vid S:t Olofs gata.',
      'Det står i 11 kap. kommunallagen.',
      'Biblioteket är stängt t.v.',
    ])
      expect(writeOutAbbreviations(kept)).toBe(kept);
  });

  it('gives a heading no full stop where its last abbreviation had a dot', () => {
    expect(writeOutAbbreviations('Pension, lön m.m.', { label: true })).toBe('Pension, lön med mera');
    expect(writeOutAbbreviations('Så här gör du.', { label: true })).toBe('Så här gör du.');
  });

  it('shows the words in the simplified article, and keeps every number', () => {
    const text = 'Bygglovsjouren svarar på frågor måndag–torsdag kl. 10.00–12.00, t.ex. om altaner.';
    const result = simplifyArticle(
      swedishArticle([
        { kind: 'heading', text: 'Avgifter, tider m.m.' },
        { kind: 'paragraph', text },
      ]),
    );
    const [heading, paragraph] = result.article.blocks.map((b) => b.text);
    expect(heading).toBe('Avgifter, tider med mera');
    expect(paragraph).toContain('klockan 10.00 till 12.00');
    expect(paragraph).toContain('till exempel om altaner');
    expect(paragraph).not.toMatch(/kl\.|t\.ex\./);
  });
});
