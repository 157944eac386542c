import { describe, expect, it } from 'vitest';
import { blockStart, carryPosition, dice, type Passage } from '../../../src/player/carry';

/** Paragraphs of sentences → passages with block numbers. */
const view = (...paragraphs: string[][]): Passage[] =>
  paragraphs.flatMap((sentences, block) => sentences.map((text) => ({ text, block })));
const texts = (passages: Passage[]) => passages.map((p) => p.text);

const ARTICLE = view(
  ['Bygglov'],
  ['Du behöver oftast bygglov när du ska bygga nytt.', 'På den här sidan får du veta hur du ansöker.'],
  ['När behöver jag bygglov?'],
  ['Inom detaljplanerat område krävs bygglov för nybyggnad.', 'Läs mer.'],
  ['Vad kostar det?'],
  ['Avgiften beror på hur stor åtgärden är.', 'Läs mer.'],
);

describe('carrying the reading position to another view', () => {
  it('finds the same sentence in the same list', () => {
    for (let i = 0; i < ARTICLE.length; i++)
      expect(carryPosition(ARTICLE, i, ARTICLE)).toEqual({ index: i, same: true });
  });

  it('goes by text, not by index, when the other view has a sentence less', () => {
    const reader = ARTICLE.filter((p) => p.text !== 'När behöver jag bygglov?');
    const from = texts(ARTICLE).indexOf('Avgiften beror på hur stor åtgärden är.');
    const to = carryPosition(ARTICLE, from, reader)!;
    expect(reader[to.index]!.text).toBe('Avgiften beror på hur stor åtgärden är.');
    expect(to.index).toBe(from - 1);
  });

  it('tells a repeated sentence apart by what is around it', () => {
    const second = texts(ARTICLE).lastIndexOf('Läs mer.');
    const first = texts(ARTICLE).indexOf('Läs mer.');
    const withIntro = [{ text: 'Läs mer.', block: -1 }, ...ARTICLE];
    expect(carryPosition(ARTICLE, second, withIntro)).toEqual({ index: second + 1, same: true });
    expect(carryPosition(ARTICLE, first, withIntro)).toEqual({ index: first + 1, same: true });
  });

  it('in Lättläst, goes to the sentence in the text, not to its copy in "Det viktigaste" above', () => {
    const easy = view(
      ['Bygglov'],
      ['Läsbarhet (LIX): 35 (lätt) i originalet, 33 (lätt) här.'],
      ['Det viktigaste'],
      ['Inom detaljplanerat område krävs bygglov för nybyggnad.'],
      ['Du behöver oftast bygglov när du ska bygga nytt.'],
      ['Du behöver oftast bygglov när du ska bygga nytt.', 'På den här sidan får du veta hur du ansöker.'],
      ['När behöver jag bygglov?'],
      ['Inom detaljplanerat område krävs bygglov för nybyggnad.', 'Läs mer.'],
    );
    expect(carryPosition(ARTICLE, 1, easy)).toEqual({ index: 5, same: true });
    expect(carryPosition(ARTICLE, 4, easy)).toEqual({ index: 8, same: true });
    // And back: a key point leads to its paragraph in the article.
    expect(carryPosition(easy, 4, ARTICLE)).toEqual({ index: 1, same: true });
  });

  it('starts a rewritten sentence’s paragraph from its beginning', () => {
    const easy = view(
      ['Bygglov'],
      ['Du behöver oftast bygglov när du ska bygga nytt.', 'På den här sidan får du veta hur du söker.'],
      ['När behöver jag bygglov?'],
      ['Inom område med detaljplan krävs bygglov.', 'Det gäller för nybyggnad.', 'Läs mer.'],
    );
    // "hur du ansöker" → "hur du söker": the same thought, rewritten: the paragraph from its start.
    expect(carryPosition(ARTICLE, 2, easy)).toEqual({ index: 1, same: false });
    // Split in two: the paragraph's start, not the second half.
    expect(carryPosition(ARTICLE, 4, easy)).toEqual({ index: 4, same: false });
    // And back from the second half of the split.
    expect(carryPosition(easy, 5, ARTICLE)).toEqual({ index: 4, same: false });
  });

  it('knows a short rewritten heading by its neighbours, not by a word it shares with the title', () => {
    const original = view(
      ['Bygglov'],
      ['Du behöver oftast bygglov när du ska bygga nytt.'],
      ['Ansök om bygglov'],
      ['Du ansöker via e-tjänsten på webbplatsen.', 'Handläggningen tar några veckor.'],
    );
    const easy = view(
      ['Bygglov'],
      ['Du behöver oftast bygglov när du ska bygga nytt.'],
      ['Sök bygglov'],
      ['Du söker via e-tjänsten på webbplatsen.', 'Handläggningen tar några veckor.'],
    );
    expect(carryPosition(original, 2, easy)).toEqual({ index: 2, same: false });
    expect(carryPosition(easy, 2, original)).toEqual({ index: 2, same: false });
  });

  it('falls back to the paragraph of the nearest earlier sentence it knows, or to nothing', () => {
    const other = view(['Bygglov'], ['Helt annan text om något annat i dag.']);
    expect(carryPosition(ARTICLE, 2, other)).toEqual({ index: 0, same: false });
    expect(carryPosition(ARTICLE, 0, view(['Något helt annat.']))).toBeNull();
    expect(carryPosition(ARTICLE, 99, ARTICLE)).toBeNull();
    expect(carryPosition(ARTICLE, 0, [])).toBeNull();
  });

  it('measures shared words and paragraph starts', () => {
    expect(dice(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(dice(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(0.4);
    expect(dice([], ['a'])).toBe(0);
    expect(blockStart(ARTICLE, 2)).toBe(1);
    expect(blockStart(ARTICLE, 0)).toBe(0);
  });
});
