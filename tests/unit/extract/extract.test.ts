import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extract';
import type { Article } from '../../../src/core/model';
import { rangesFor } from '../../../src/ui/ranges';
import { pageFrom } from '../helpers/dom';
import { REAL_PAGES_DIR } from '../detect/html';

const para = (s: string) => `<p>${s}</p>`;
const body = [
  'Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad.',
  'Handläggningstiden är normalt tio veckor från det att ansökan är komplett.',
  'Avgiften beräknas enligt kommunens taxa och beror på hur stort projektet är.',
  'Kontakta gärna bygglovsavdelningen innan du skickar in din ansökan.',
  'Det går bra att ringa eller mejla oss under kontorstid, vi svarar så snart vi kan.',
];

function municipalPage(extra = '') {
  return `<!doctype html><html lang="sv"><head><title>Bygglov - Umeå kommun</title></head><body>
  <a class="skip-link" href="#content">Gå till innehåll</a>
  <header><nav><ul><li><a href="/">Start</a></li><li><a href="/bo">Bo och bygga</a></li></ul></nav></header>
  <div class="cookie-notice">Vi använder kakor för att webbplatsen ska fungera. <button>Jag förstår</button></div>
  <nav aria-label="Du är här"><a href="/">Start</a> / <a href="/bo">Bo och bygga</a></nav>
  <main id="content">
    <h1>Ansök om bygglov</h1>
    <div class="rs_skip rsbtn"><a href="https://app.readspeaker.com/cgi-bin/rsent?customerid=1&readid=content">Lyssna</a></div>
    ${body.map(para).join('\n')}
    <h2>Så här ansöker du</h2>
    <ul><li>Fyll i blanketten för ansökan om bygglov.</li><li>Bifoga ritningar och en situationsplan.</li></ul>
    <p lang="en">Information in English is available from our customer service.</p>
    <div class="share-buttons"><a href="#">Dela på Facebook</a> <a href="#">Skriv ut</a></div>
    ${extra}
  </main>
  <footer>Umeå kommun, organisationsnummer 212000-2742</footer>
  </body></html>`;
}

describe('extractArticle', () => {
  it('reads the article and nothing of the site chrome', () => {
    const { doc } = pageFrom(municipalPage());
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    expect(article.title).toBe('Ansök om bygglov');
    const text = article.blocks.map((b) => b.text).join('\n');
    for (const sentence of body) expect(text).toContain(sentence);
    expect(text).toContain('Bifoga ritningar och en situationsplan.');
    for (const chrome of [
      'Gå till innehåll',
      'Vi använder kakor',
      'Du är här',
      'Dela på Facebook',
      'Skriv ut',
      'organisationsnummer',
      'Bo och bygga',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads a real kommun start page from its news, not from its menu toggles', () => {
    // umea.se (2018): two Sitevision menu toggles are <h1>s ("Huvudmeny", "Anpassa/Språk") before the news.
    const html = readFileSync(path.join(REAL_PAGES_DIR, 'umea.se.html'), 'utf8');
    const { doc } = pageFrom(html, 'https://www.umea.se/');
    const article = extractArticle(doc)!;
    const texts = article.blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toMatch(/Huvudmeny|Anpassa\/Språk/);
    expect(texts).toContain('Littfest i Umeå nu hel bokvecka');
    expectMappedToPage(article, doc);
  });

  it('starts with the title, then keeps headings and list items as their own blocks', () => {
    const article = extractArticle(pageFrom(municipalPage()).doc)!;
    expect(article.blocks[0]).toMatchObject({ kind: 'title', text: 'Ansök om bygglov' });
    expect(article.blocks.find((b) => b.text === 'Så här ansöker du')?.kind).toBe('heading');
    expect(article.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([
      'Fyll i blanketten för ansökan om bygglov.',
      'Bifoga ritningar och en situationsplan.',
    ]);
  });

  it('gives each block the language of its element', () => {
    const article = extractArticle(pageFrom(municipalPage()).doc)!;
    expect(article.lang).toBe('sv');
    const english = article.blocks.find((b) => b.text.startsWith('Information in English'));
    expect(english?.lang).toBe('en');
    expect(article.blocks.find((b) => b.text.startsWith('Du behöver'))?.lang).toBe('sv');
  });

  it('maps every character of a block back to the live page, so a sentence can be highlighted there', () => {
    const { doc } = pageFrom(municipalPage());
    expectMappedToPage(extractArticle(doc)!, doc);
  });

  it('maps a short page too, which Readability reads only on a second try from a rebuilt copy', () => {
    // Under Readability's character threshold it retries, less strictly, on a copy made from HTML (new
    // text nodes), and keeps the try with the most text: here the one that keeps the "extra" box.
    const { doc } = pageFrom(`<!doctype html><html lang="sv"><head><title>Öppettider</title></head><body>
      <div class="page"><h1>Öppettider</h1>
      <div class="item"><h2>Stadsbiblioteket</h2><p>Måndag till fredag 10–19.</p><a href="/a">Läs mer</a></div>
      <div class="item extra"><h2>Filialen i Norrby</h2><p>Tisdag och torsdag 13–18.</p><a href="/b">Läs mer</a></div>
      </div></body></html>`);
    const article = extractArticle(doc)!;
    expect(article.blocks.map((b) => b.text)).toContain('Tisdag och torsdag 13–18.');
    expectMappedToPage(article, doc);
  });
});

/** Every block's text is found, character for character, in the live page's own text nodes. */
function expectMappedToPage(article: Article, doc: Document) {
  for (const block of article.blocks) {
    expect.soft(block.runs.length, block.text).toBeGreaterThan(0);
    const ranges = rangesFor(block, 0, block.text.length, doc);
    expect(ranges.length).toBeGreaterThan(0);
    expect(
      ranges
        .map((r) => r.toString())
        .join('')
        .replace(/\s+/g, ' '),
    ).toBe(block.text);
    // The ranges live in the page itself, not in a copy.
    for (const r of ranges) expect(doc.contains(r.startContainer)).toBe(true);
  }
}

describe('extractArticle, text in the page', () => {
  it('collapses white space and maps a sentence inside formatted text', () => {
    const { doc } = pageFrom(
      municipalPage(`<p>Läs mer   om <strong>taxan</strong>
        och <a href="/avgifter">avgifterna</a> här.</p>`),
    );
    const article = extractArticle(doc)!;
    const block = article.blocks.find((b) => b.text.startsWith('Läs mer'))!;
    expect(block.text).toBe('Läs mer om taxan och avgifterna här.');
    const start = block.text.indexOf('taxan');
    const ranges = rangesFor(block, start, block.text.length, doc);
    expect(
      ranges
        .map((r) => r.toString())
        .join('')
        .replace(/\s+/g, ' '),
    ).toBe('taxan och avgifterna här.');
  });

  it('sanitises the article HTML', () => {
    const article = extractArticle(
      pageFrom(
        municipalPage(
          '<p>Bild: <img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">länk</a> text som är lång nog.</p>',
        ),
      ).doc,
    )!;
    expect(article.html).not.toMatch(/onerror|javascript:/);
  });

  it('returns null when there is no article', () => {
    const { doc } = pageFrom('<!doctype html><html lang="sv"><body><nav><a href="/">Start</a></nav></body></html>');
    expect(extractArticle(doc)).toBeNull();
  });

  it('leaves the live page untouched', () => {
    const { doc } = pageFrom(municipalPage());
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
