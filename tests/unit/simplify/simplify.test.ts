import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../src/core/model';
import { readBlocks } from '../../../src/core/pipeline';
import { simplify, simplifyArticle } from '../../../src/core/simplify/simplify';
import { segmentSentences } from '../../../src/core/segment/segment';
import { articleOf } from './corpus';

const block = (kind: Block['kind'], text: string, lang = 'sv'): Block => ({ kind, lang, text, runs: [], offsets: [] });

function article(blocks: Block[]): Article {
  return {
    title: 'Bygglov',
    lang: 'sv',
    published: '2024-01-10',
    updated: null,
    organisation: { name: 'Umeå kommun', kind: 'kommun', code: '2480' },
    blocks,
    html: '<p>original</p>',
  };
}

const ORIGINAL = article([
  block('title', 'Bygglov samt marklov'),
  block('heading', 'Beträffande avgifter'),
  block(
    'paragraph',
    'Kommunen tillhandahåller blanketter samt hjälp. Du ansöker enklast i vår e-tjänst, men du kan också skicka ansökan med post. ' +
      'Nämnden fattar beslut inom tio veckor, vilket innebär att du får svar före sommaren. Avgiften är 1 500 kr. Du betalar med faktura.',
  ),
  block('list-item', 'Bifoga erforderliga ritningar samt en situationsplan.'),
  block('quote', '”Vi tillhandahåller hjälp samt råd”, säger Anna Berg.'),
  block('paragraph', 'Please contact us, and we will help you with the application.', 'en'),
  block('table-cell', 'Avgift samt moms'),
]);

describe('simplify', () => {
  const result = simplifyArticle(ORIGINAL);
  const out = result.article;

  it('returns the same model, with blocks that have no place in the live page', () => {
    expect(out.title).toBe(ORIGINAL.title);
    expect(out.lang).toBe('sv');
    expect(out.published).toBe(ORIGINAL.published);
    expect(out.organisation).toEqual(ORIGINAL.organisation);
    for (const b of out.blocks) {
      expect(b.runs).toEqual([]);
      expect(b.offsets).toEqual([]);
    }
    expect(simplify(ORIGINAL)).toEqual(out);
  });

  it('keeps the title, headings (with plain words), quotes and other languages', () => {
    expect(out.blocks[0]).toMatchObject({ kind: 'title', text: 'Bygglov samt marklov' });
    expect(out.blocks[1]).toMatchObject({ kind: 'heading', text: 'Om avgifter' });
    expect(out.blocks.find((b) => b.kind === 'quote')?.text).toBe(ORIGINAL.blocks[4]!.text);
    expect(out.blocks.find((b) => b.lang === 'en')?.text).toBe(ORIGINAL.blocks[5]!.text);
    expect(out.blocks.find((b) => b.kind === 'table-cell')?.text).toBe('Avgift och moms');
  });

  it('writes one sentence a line and paragraphs of at most three sentences', () => {
    const paragraphs = out.blocks.filter((b) => b.kind === 'paragraph' && b.lang === 'sv');
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Kommunen ger blanketter och hjälp.\nDu ansöker enklast i vår e-tjänst.\nMen du kan också skicka ansökan med post.',
      'Nämnden fattar beslut inom tio veckor.\nDet betyder att du får svar före sommaren.\nAvgiften är 1 500 kr.',
      'Du betalar med faktura.',
    ]);
    for (const p of paragraphs) {
      const lines = p.text.split('\n');
      expect(segmentSentences(p.text, 'sv').map((r) => p.text.slice(r.start, r.end))).toEqual(lines);
    }
    expect(out.blocks.find((b) => b.kind === 'list-item')?.text).toBe(
      'Bifoga nödvändiga ritningar och en situationsplan.',
    );
  });

  it('gives the Narrator one sentence a line', () => {
    const texts = readBlocks(out.blocks).map((s) => s.text);
    expect(texts).toContain('Men du kan också skicka ansökan med post.');
    expect(texts).toContain('Det betyder att du får svar före sommaren.');
  });

  it('reports LIX before and after, key points, glossary hits and counts', () => {
    expect(result.lix.before.value).toBeGreaterThan(0);
    expect(result.lix.after.value).toBeLessThan(result.lix.before.value);
    expect(typeof result.lix.after.band).toBe('string');
    expect(result.keyPoints.length).toBeGreaterThan(0);
    expect(result.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(['e-tjänst', 'nämnd', 'faktura']));
    for (const g of result.glossary) {
      const b = out.blocks[g.block]!;
      expect(b.text.slice(g.start, g.end).toLowerCase()).toContain(g.term.toLowerCase().slice(0, 4));
    }
    expect(result.stats.replacements).toBeGreaterThanOrEqual(5);
    expect(result.stats.splits).toBe(2);
  });

  it('measures LIX on the Swedish blocks, the whole text when none is Swedish', () => {
    const en = block('paragraph', 'Please call us if you need an interpreter.', 'en');
    const mixed = simplifyArticle(article([block('paragraph', 'Du får ett beslut inom fyra veckor.'), en]));
    expect(mixed.lix.before).toMatchObject({ value: 7, words: 7, sentences: 1 });
    expect(simplifyArticle(article([en])).lix.before).toMatchObject({ words: 8, sentences: 1 });
  });

  it('renders escaped HTML of its own, never the page markup', () => {
    const evil = simplify(article([block('paragraph', 'Skriv <script>alert(1)</script> & "citat" här.')]));
    expect(evil.html).toContain('&lt;script&gt;');
    expect(evil.html).not.toContain('<script>');
    expect(out.html).toContain('<h2 lang="sv">Om avgifter</h2>');
    expect(out.html).toContain('<br>');
    expect(out.html).toMatch(/<ul>\s*<li lang="sv">/);
  });

  it('makes officialese markedly easier (LIX at least 10 lower) and keeps every number and name', () => {
    // Our own paragraph in the style of a municipal page written in officialese.
    const text =
      'Kommunen tillhandahåller erforderliga blanketter samt vägledning beträffande ansökan om bygglov. ' +
      'Ansökan ska inlämnas till byggnadsnämnden, som handlägger ärendet i enlighet med plan- och bygglagen. ' +
      'Du har möjlighet att erhålla ett förhandsbesked i syfte att utröna huruvida åtgärden är lämplig. ' +
      'Avgiften erläggs i förskott, vilket innebär att handläggningen påbörjas först när betalningen har inkommit. ' +
      'Om så erfordras kan nämnden begära komplettering, och handläggningstiden förlängs då med högst tio veckor.';
    const r = simplifyArticle(article([block('paragraph', text)]));
    expect(r.lix.before.band).toBe('mycket svår');
    expect(r.lix.before.value - r.lix.after.value).toBeGreaterThanOrEqual(10);
    expect(r.article.blocks.map((b) => b.text).join('\n')).toContain('Ansökan ska lämnas in till byggnadsnämnden.');
  });

  it('simplifies a page read by the pipeline', () => {
    const html = `<!doctype html><html lang="sv"><head><title>Hemtjänst</title></head><body><main><article>
      <h1>Hemtjänst</h1>
      <p>Hemtjänst är hjälp i hemmet för dig som inte längre klarar vardagen på egen hand, och du ansöker hos kommunen.</p>
      <p>Kommunen tillhandahåller hemtjänst dygnet runt samt trygghetslarm. Avgiften är högst 2 400 kr i månaden.</p>
      <p>En handläggare gör en bedömning av ditt behov innan du erhåller ett beslut om insatser enligt socialtjänstlagen.</p>
    </article></main></body></html>`;
    const a = articleOf(html, 'https://www.nynashamn.se/hemtjanst');
    expect(a).not.toBeNull();
    const r = simplifyArticle(a!);
    const text = r.article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Kommunen ger hemtjänst dygnet runt och trygghetslarm.');
    expect(text).toContain('Du ansöker hos kommunen.');
    expect(text).toContain('En handläggare bedömer ditt behov innan du får ett beslut');
    expect(r.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(['hemtjänst', 'trygghetslarm', 'insats']));
  });
});
