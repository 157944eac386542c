import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/model';
import { GLOSSARY, findGlossaryTerms, glossaryHits } from '../../../src/core/simplify/glossary';
import { lixWords } from '../../../src/core/simplify/lix';
import { sentenceTexts } from '../../../src/core/simplify/lix';

const block = (kind: Block['kind'], text: string, lang = 'sv'): Block => ({ kind, lang, text, runs: [], offsets: [] });
const terms = (text: string) => findGlossaryTerms(text).map((m) => text.slice(m.start, m.end) + '=' + m.term);

describe('the glossary', () => {
  it('has at least 200 municipal terms, each once', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(200);
    expect(new Set(GLOSSARY.map((g) => g.term)).size).toBe(GLOSSARY.length);
  });

  it('has the terms the issue names', () => {
    const have = new Set(GLOSSARY.map((g) => g.term));
    for (const t of [
      'bygglov',
      'detaljplan',
      'försörjningsstöd',
      'hemtjänst',
      'LSS',
      'nämnd',
      'fullmäktige',
      'remiss',
      'handlingsplan',
      'samverkan',
    ])
      expect(have.has(t), t).toBe(true);
  });

  it('explains in plain Swedish: whole sentences of at most 20 words, none with a word over 20 letters', () => {
    for (const g of GLOSSARY) {
      expect(g.explanation, g.term).toMatch(/^\p{Lu}.*\.$/u);
      for (const s of sentenceTexts(g.explanation))
        expect(lixWords(s).length, `${g.term}: ${s}`).toBeLessThanOrEqual(20);
      for (const w of lixWords(g.explanation)) expect(w.length, `${g.term}: ${w}`).toBeLessThanOrEqual(22);
    }
  });
});

describe('findGlossaryTerms', () => {
  it.each<[string, string[]]>([
    ['Du behöver bygglov.', ['bygglov=bygglov']],
    ['Bygglovet gäller i fem år.', ['Bygglovet=bygglov']],
    ['Bygglovets giltighet', ['Bygglovets=bygglov']],
    ['Skicka bygglovsansökan i dag.', []],
    ['Nämnden beslutar i maj.', ['Nämnden=nämnd']],
    ['Ansök om insatser enligt LSS.', ['insatser=insats', 'LSS=LSS']],
    ['Klassen lss-ar inte.', []],
    ['Du kan få ekonomiskt bistånd.', ['ekonomiskt bistånd=ekonomiskt bistånd']],
    ['Biståndet betalas ut varje månad.', ['Biståndet=bistånd']],
    ['Logga in i e-tjänsten.', ['e-tjänsten=e-tjänst']],
    ['Kontakta Skatteverket om flytten.', ['Skatteverket=Skatteverket']],
    ['Förslaget skickas på remiss till nämnderna.', ['remiss=remiss', 'nämnderna=nämnd']],
    ['Beslutet kan överklagas.', ['överklagas=överklaga']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('glossaryHits', () => {
  it('marks the first place of each term in each Swedish block, not in the title or other languages', () => {
    const hits = glossaryHits({
      blocks: [
        block('title', 'Bygglov'),
        block('paragraph', 'Du behöver bygglov. Utan bygglov får du inte bygga.'),
        block('paragraph', 'You need a building permit (bygglov).', 'en'),
        block('list-item', 'Sök bygglov i e-tjänsten.'),
      ],
    });
    expect(hits.map((h) => [h.block, h.term, h.start, h.end])).toEqual([
      [1, 'bygglov', 11, 18],
      [3, 'bygglov', 4, 11],
      [3, 'e-tjänst', 14, 24],
    ]);
    expect(hits[0]!.explanation).toMatch(/tillstånd/);
  });
});
