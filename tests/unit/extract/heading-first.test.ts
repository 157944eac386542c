// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { headingFirst, startsWith } from '../../../src/core/extract/heading-first';
import { readPage } from '../../../src/core/pipeline';
import { pageFrom } from '../helpers/dom';

const body = (main: string, lang = 'sv') =>
  `<!doctype html><html lang="${lang}"><head><title>Sidan - Umeå kommun</title></head><body>
  <header><h1 class="logo">Umeå kommun</h1><nav><a href="/">Start</a></nav></header><main>${main}</main></body></html>`;
const TEXT =
  '<p>Du behöver bygglov för att bygga en altan som är högre än en meter. Ansökan gör du i vår e-tjänst.</p>';

describe('the page heading, read before the page', () => {
  it('is the main content’s h1, tied to the page’s own text, with its spoken form', () => {
    const { doc } = pageFrom(body(`<h1>Bygglov  för\n altan, 2 st.</h1>${TEXT}`));
    const first = headingFirst(doc)!;
    expect(first.sentences.map((s) => [s.text, s.lang])).toEqual([['Bygglov för altan, 2 st.', 'sv']]);
    expect(first.sentences[0]!.speech).toBe('Bygglov för altan, 2 stycken.');
    expect(first.blocks[0]!.runs[0]!.node.parentElement?.tagName).toBe('H1');
  });

  it('takes the language where the heading says it', () => {
    const { doc } = pageFrom(body(`<h1 lang="en-GB">Planning permission</h1>${TEXT}`));
    expect(headingFirst(doc)!.sentences[0]!.lang).toBe('en');
  });

  it('is none with no heading, an empty one, or one longer than a title', () => {
    expect(headingFirst(pageFrom(body(TEXT)).doc)).toBeNull();
    expect(headingFirst(pageFrom(body(`<h1> </h1>${TEXT}`)).doc)).toBeNull();
    expect(headingFirst(pageFrom(body(`<h1>${'Lång rubrik '.repeat(20)}</h1>${TEXT}`)).doc)).toBeNull();
  });

  it('is what a public-sector page’s reading starts with', () => {
    const { doc } = pageFrom(body(`<h1>Bygglov för altan</h1>${TEXT}${TEXT}`));
    const heading = headingFirst(doc)!.sentences;
    const reading = readPage(doc, 'https://www.umea.se/bygglov').sentences;
    expect(startsWith(reading, heading)).toBe(true);
    expect(startsWith(reading.slice(1), heading)).toBe(false);
    expect(startsWith(heading, reading)).toBe(false);
  });
});
