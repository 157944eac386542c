/**
 * Lättläst on a page of any size: the same result in slices, the thread given back between them, and
 * a way to stop. The long article is made by repeating real corpus text (it tests the mechanism, not
 * a quality figure).
 */

import { describe, expect, it } from 'vitest';
import { blocksToHtml, simplifyArticle, simplifyArticleInSlices } from '../../../src/core/simplify';
import { articleFromText, loadRealTexts } from './real-texts';

const texts = loadRealTexts();
const long = articleFromText(Array.from({ length: 6 }, () => texts.map((t) => t.text).join('\n\n')).join('\n\n'));

describe('simplifyArticleInSlices', () => {
  it('gives the same Lättläst as simplifyArticle', async () => {
    const article = texts[0]!.article;
    expect(await simplifyArticleInSlices(article, {}, { sliceMs: 0 })).toEqual(simplifyArticle(article));
  });

  it('gives the thread back between blocks of a long article', async () => {
    let pauses = 0;
    const result = await simplifyArticleInSlices(long, {}, { sliceMs: 0, pause: async () => void pauses++ });
    expect(result.article.blocks.length).toBeGreaterThan(long.blocks.length);
    // Every block is its own step: a slice is never longer than one block's work.
    expect(pauses).toBeGreaterThanOrEqual(long.blocks.length);
  });

  it('stops when asked, with an AbortError', async () => {
    const stop = new AbortController();
    let pauses = 0;
    const run = simplifyArticleInSlices(
      long,
      {},
      {
        sliceMs: 0,
        signal: stop.signal,
        pause: async () => {
          if (++pauses === 3) stop.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pauses).toBe(3);
  });

  it("never reads a very long page's HTML, and makes its own only when asked", () => {
    // A very long page's article sanitises all of its HTML when that is read (seconds on 5 MB).
    let read = 0;
    const article = { ...long, rawHtmlParts: ['<p>x</p>'] };
    Object.defineProperty(article, 'html', { get: () => (read++, '<p>x</p>'), enumerable: true });
    const result = simplifyArticle(article);
    expect(read).toBe(0);
    expect(result.article.rawHtmlParts).toBeUndefined();
    expect(result.article.title).toBe(long.title);
    expect(result.article.html).toBe(blocksToHtml(result.article.blocks));
  });
});
