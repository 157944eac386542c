import { describe, expect, it } from 'vitest';
import { articleText, simplifyArticle } from '../../../src/core/simplify/simplify';
import { checkMeaningKept, meaningItems } from '../../../src/core/simplify/meaning';
import { loadCorpus } from './corpus';

describe('meaningItems', () => {
  it('collects numbers, dates, amounts, percentages and names (not a first word)', () => {
    const items = meaningItems(
      'Sedan 9 februari 2023 kostar bygglovet 1 500 kr, 10 % mer. Ring Kontaktcenter i Umeå på 090-16 10 00 senast 2024-03-14.',
    );
    const of = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.text);
    expect(of('date')).toEqual(['9 februari 2023', '2024-03-14']);
    expect(of('amount')).toEqual(['1 500 kr']);
    expect(of('percent')).toEqual(['10 %']);
    expect(of('number')).toEqual(['9', '2023', '1 500', '10', '090', '16', '00', '2024', '03', '14']);
    expect(of('name')).toEqual(['Kontaktcenter', 'Umeå']);
  });

  it('treats a no-break space as a space', () => {
    expect(checkMeaningKept('Det kostar 1\u00a0500\u00a0kr.', 'Det kostar 1 500 kr.').kept).toBe(true);
  });
});

describe('checkMeaningKept', () => {
  it.each<[string, string, string[]]>([
    ['Avgiften är 1 500 kr.', 'Avgiften är 1 500 kr.', []],
    ['Avgiften är 1 500 kr.', 'Avgiften är 500 kr.', ['1 500 kr', '1 500']],
    ['Svar inom 5 dagar.', 'Svar inom 15 dagar.', ['5']],
    ['Öppet till 15 mars.', 'Öppet till mars.', ['15 mars', '15']],
    ['Höjningen är 3,5 procent.', 'Höjningen är 3 procent.', ['3,5 procent', '3,5']],
    ['Ring Kontaktcenter i Umeå.', 'Ring kommunen.', ['Kontaktcenter', 'Umeå']],
    ['Ring Kontaktcenter i Umeå.', 'Umeå har ett Kontaktcenter. Ring dit.', []],
    ['Lagen om LSS gäller.', 'Lagen gäller.', ['LSS']],
  ])('%s → %s', (original, simplified, missing) => {
    const check = checkMeaningKept(original, simplified);
    expect(check.missing.map((m) => m.text)).toEqual(missing);
    expect(check.kept).toBe(missing.length === 0);
  });
});

// The property: Lättläst never drops a number, date, amount, percentage or name. Every sample page
// and every page of the municipal corpus that exists when the test runs.
describe('meaning kept on every fixture page', { timeout: 120_000 }, () => {
  const pages = loadCorpus('all').filter((p) => p.article);

  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const original = articleText(page.article!);
    const simplified = articleText(simplifyArticle(page.article!).article);
    const check = checkMeaningKept(original, simplified);
    expect(check.missing).toEqual([]);
  });

  it('has something to check on most pages', () => {
    const withItems = pages.filter((p) => checkMeaningKept(articleText(p.article!), '').items.length > 0);
    expect(withItems.length).toBeGreaterThan(pages.length / 2);
  });
});
