import { describe, expect, it } from 'vitest';
import { SENTENCE_HIGHLIGHT, SentenceHighlighter } from '../../../src/ui/highlight';
import { pageFrom } from '../helpers/dom';

// Where the browser has the Highlight API, the sentence is painted by it, with a style sheet added to the
// page. On a very long page that style sheet would restyle every element (most of a second on 10 MB), so
// there the highlighter draws boxes in its own shadow root instead.
function setUp() {
  const { doc, window } = pageFrom(
    '<!doctype html><html><head></head><body><p>Första meningen. Andra.</p></body></html>',
  );
  const highlights = new Map<string, unknown>();
  Object.defineProperty(window, 'CSS', { value: { highlights }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: class {}, configurable: true });
  const host = doc.createElement('div');
  doc.body.append(host);
  const highlighter = new SentenceHighlighter(doc, host.attachShadow({ mode: 'open' }));
  const range = doc.createRange();
  range.selectNodeContents(doc.querySelector('p')!.firstChild!);
  const pageStyle = () => doc.head.querySelector('style[data-lyssna="highlight"]');
  return { highlighter, highlights, range, pageStyle, doc };
}

describe('the sentence highlight on a very long page', () => {
  it('a normal page: painted through the Highlight API, with our style sheet in the page', () => {
    const { highlighter, highlights, range, pageStyle } = setUp();
    highlighter.show([range]);
    expect(highlights.has(SENTENCE_HIGHLIGHT)).toBe(true);
    expect(pageStyle()).not.toBeNull();
  });

  it('a very long page: no style sheet is added to the page, and the API is not used', () => {
    const { highlighter, highlights, range, pageStyle } = setUp();
    highlighter.drawBoxes(true);
    highlighter.show([range]);
    highlighter.showWord([range]);
    expect(highlights.size).toBe(0);
    expect(pageStyle()).toBeNull();
  });

  it('a very long page in the reader: its own text is painted (it has its own styles), still no page style sheet', () => {
    const { highlighter, highlights, pageStyle, doc } = setUp();
    highlighter.drawBoxes(true);
    const reader = doc.createElement('div');
    doc.body.append(reader);
    const text = doc.createElement('p');
    text.textContent = 'En mening i läsläget.';
    reader.attachShadow({ mode: 'open' }).append(text);
    const range = doc.createRange();
    range.selectNodeContents(text.firstChild!);
    highlighter.show([range]);
    highlighter.showWord([range]);
    expect([...highlights.keys()].sort()).toEqual(['lyssna-sentence', 'lyssna-word']);
    expect(pageStyle()).toBeNull();
  });
});
