import { describe, expect, it } from 'vitest';
import { blocksFromRange } from '../../../src/core/extract/selection';
import { readBlocks } from '../../../src/core/pipeline';
import { rangesFor, sentenceAt, writtenWord } from '../../../src/ui/ranges';
import { pageFrom } from '../helpers/dom';

const PAGE = `<!doctype html><html lang="sv"><body><main>
  <p id="a">Första meningen här. Andra meningen <strong>med fetstil</strong> här.</p>
  <ul><li id="b">Ett listobjekt som är långt.</li></ul>
  <p id="c" lang="en">An English sentence.</p>
</main></body></html>`;

describe('reading a selection', () => {
  it('reads exactly the selected words, across paragraphs, each with its language, mapped to the page', () => {
    const { doc } = pageFrom(PAGE);
    const range = doc.createRange();
    const a = doc.getElementById('a')!.firstChild as Text;
    range.setStart(a, a.data.indexOf('Andra'));
    range.setEnd(doc.getElementById('c')!.firstChild!, 'An English'.length);
    const blocks = blocksFromRange(range, 'sv');
    expect(blocks.map((b) => [b.text, b.lang])).toEqual([
      ['Andra meningen med fetstil här.', 'sv'],
      ['Ett listobjekt som är långt.', 'sv'],
      ['An English', 'en'],
    ]);
    const first = blocks[0]!;
    expect(rangesFor(first, 0, first.text.length, doc).map(String).join('')).toBe('Andra meningen med fetstil här.');
  });

  it('gives nothing for a selection with no words', () => {
    const { doc } = pageFrom(PAGE);
    const range = doc.createRange();
    range.setStart(doc.getElementById('a')!.firstChild!, 0);
    range.setEnd(doc.getElementById('a')!.firstChild!, 0);
    expect(readBlocks(blocksFromRange(range, 'sv'))).toEqual([]);
  });
});

describe('click a sentence to read from there', () => {
  it('finds the sentence under a point in the page, also inside formatting', () => {
    const { doc } = pageFrom(PAGE);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('main')!);
    const blocks = blocksFromRange(range, 'sv');
    const sentences = readBlocks(blocks);
    const a = doc.getElementById('a')!.firstChild as Text;
    expect(sentenceAt(blocks, sentences, a, 3)).toBe(0);
    const bold = doc.querySelector('strong')!.firstChild as Text;
    expect(sentences[sentenceAt(blocks, sentences, bold, 2)!]!.text).toBe('Andra meningen med fetstil här.');
    expect(sentenceAt(blocks, sentences, doc.body, 0)).toBeNull();
  });
});

describe('the word being said', () => {
  it('marks the written word when the spoken text matches it word for word, without punctuation', () => {
    expect(writtenWord('Hej då, alla.', 'Hej då, alla.', 4)).toEqual({ start: 4, end: 6 });
    expect(writtenWord('Hej då, alla.', 'Hej då, alla.', 8)).toEqual({ start: 8, end: 12 });
  });
  it('leaves quotes, brackets and signs around a word out of the mark', () => {
    expect(writtenWord('Se (bygglov).', 'Se (bygglov).', 3)).toEqual({ start: 4, end: 11 });
    expect(writtenWord('Ring ”Bygglov”', 'Ring ”Bygglov”', 5)).toEqual({ start: 6, end: 13 });
    expect(writtenWord('Se – här', 'Se – här', 3)).toBeNull();
  });

  it('marks nothing where the spoken form was expanded', () => {
    expect(writtenWord('Se t.ex. här.', 'Se till exempel här.', 3)).toBeNull();
  });
});
