// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/model';
import { readPage } from '../../../src/core/pipeline';
import { DEFAULT_READER } from '../../../src/core/config/settings';
import { carryPosition } from '../../../src/player/carry';
import { messages } from '../../../src/ui/i18n';
import { ReaderView, type ReaderReading } from '../../../src/ui/reader/reader';
import { pageFrom } from '../helpers/dom';

// The real views of the sample pages: the page's article, Läsläge built from its own DOM, and Lättläst.
const SAMPLES = [
  ['samples/umea/bygglov.html', 'https://www.umea.se/bygglov.html'],
  ['samples/stockholm/nyhet.html', 'https://www.stockholm.se/nyhet.html'],
  ['samples/helsingborg/evenemang.html', 'https://helsingborg.se/evenemang.html'],
] as const;

function views(file: string, url: string) {
  const { doc, window } = pageFrom(readFileSync(file, 'utf8'), url);
  const page = readPage(doc, url, { window: window as never });
  const reader = new ReaderView(doc, messages('sv'), { ...DEFAULT_READER }, { change() {}, closed() {} });
  reader.open(page.article!);
  const original = reader.reading;
  reader.showEasy(true); // what the Lättläst button does

  return { page: page.sentences, original: original.sentences, easy: reader.reading };
}

/** Sentences of Lättläst's own additions above the text (the LIX note, "Det viktigaste"). */
function added(easy: ReaderReading, s: Sentence): boolean {
  return !!easy.blocks[s.block]!.runs[0]?.node.parentElement?.closest('.note, .key-points');
}

describe.each(SAMPLES)('the reading position across the views of %s', (file, url) => {
  const { page, original, easy } = views(file, url);

  it('opening the reader keeps the sentence and its number', () => {
    expect(original.length).toBe(page.length);
    page.forEach((sentence, i) => {
      const to = carryPosition(page, i, original);
      expect(to).toEqual({ index: i, same: true });
      expect(original[i]!.text).toBe(sentence.text);
    });
  });

  it('Lättläst on goes to the text itself, never to the notes or key points above it', () => {
    expect(easy.sentences.some((s) => added(easy, s))).toBe(true);
    original.forEach((sentence, i) => {
      const to = carryPosition(original, i, easy.sentences)!;
      const target = easy.sentences[to.index]!;
      if (i > 0) expect(added(easy, target), `${sentence.text} → ${target.text}`).toBe(false);
      if (to.same) expect(target.text.toLowerCase()).toBe(sentence.text.toLowerCase());
    });
  });

  it('Lättläst on and off again comes back to the same paragraph, not later', () => {
    original.forEach((sentence, i) => {
      const there = carryPosition(original, i, easy.sentences)!;
      const back = carryPosition(easy.sentences, there.index, original)!;
      expect(original[back.index]!.block, `${sentence.text} → ${original[back.index]!.text}`).toBe(sentence.block);
      expect(back.index).toBeLessThanOrEqual(i);
    });
  });
});
