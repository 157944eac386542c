import { describe, expect, it } from 'vitest';
import { readBlocks, readPage } from '../../src/core/pipeline';
import { isLyssnaMessage } from '../../src/platform/messages';
import { pageFrom } from './helpers/dom';

const ARTICLE = `<!doctype html><html lang="sv"><head><title>Bygglov - Umeå kommun</title></head><body>
  <nav><a href="/">Start</a> <a href="/bo">Bo och bygga</a></nav>
  <main><h1>Bygglov</h1><p>Du behöver bygglov för att bygga nytt. Ansökan gör du i vår e-tjänst.</p></main>
  </body></html>`;

describe('the pipeline runs detection once', () => {
  it("takes the detector's verdict on the page instead of classifying it again", () => {
    const { doc, window: happy } = pageFrom(ARTICLE);
    const window = happy as unknown as Window;
    // On its own this short page is not an article page (too little running text) ...
    const own = readPage(doc, 'https://www.umea.se/bygglov', { window });
    expect(own.detection.articlePage).toBe(false);
    // ... but the detector, which ran first on the live page, said it is: that verdict stands.
    const page = { kind: 'article' as const, reason: 'page:article (readerable)' };
    const given = readPage(doc, 'https://www.umea.se/bygglov', { window, pageKind: page });
    expect(given.detection.articlePage).toBe(true);
    expect(given.detection.signals).toContain('page:article (readerable)');
    expect(given.detection.organisation?.name).toBe(own.detection.organisation?.name);
  });

  it('readBlocks numbers the blocks of a slice from where the slice starts', () => {
    const block = { kind: 'paragraph' as const, lang: 'sv', text: 'Ett. Två.', runs: [], offsets: [] };
    expect(readBlocks([block], 7).map((s) => [s.block, s.text])).toEqual([
      [7, 'Ett.'],
      [7, 'Två.'],
    ]);
  });
});

describe("the detector's verdict as a message", () => {
  it('passes a page kind on, and refuses anything else in its place', () => {
    const page = { kind: 'article', reason: 'page:article (readerable)' };
    expect(isLyssnaMessage({ type: 'lyssna:article-page', page })).toBe(true);
    expect(isLyssnaMessage({ type: 'lyssna:offer', page })).toBe(true);
    expect(isLyssnaMessage({ type: 'lyssna:offer' })).toBe(true);
    expect(isLyssnaMessage({ type: 'lyssna:offer', page: { kind: 'anything', reason: 'x' } })).toBe(false);
    expect(isLyssnaMessage({ type: 'lyssna:offer', page: { kind: 'article', reason: 'x'.repeat(500) } })).toBe(false);
    expect(isLyssnaMessage({ type: 'lyssna:offer', page: 'article' })).toBe(false);
  });
});
