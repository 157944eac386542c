import { describe, expect, it } from 'vitest';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { classifyPage } from '../../../src/core/detect/article-page';
import { isLongText, FEW_ELEMENTS, LONG_PAGE_CHARS, pageToJudge } from '../../../src/core/extract/part-copy';
import { LongReading } from '../../../src/core/long-reading';
import { readPage } from '../../../src/core/pipeline';
import { pageFrom } from '../helpers/dom';

// Reading a very long page a part at a time must give what reading it whole gives. The pages here are
// generated to test that one mechanism, with small parts so that they stay quick: a kommun template
// (skip link, menu, breadcrumb, sub-menu, contact box, footer) around an article of many paragraphs.
const URL = 'https://www.umea.se/kommun-och-politik/protokoll.html';

const paragraph = (i: number) =>
  `<p>§ ${i}. Kommunstyrelsen beslutade att godkänna förslaget om ärende ${i} med de ändringar som ` +
  `utskottet föreslog. Beslutet följs upp av förvaltningen senast vid årets slut.</p>`;

function page(article: string, after = ''): string {
  const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/m${i}">Huvudmeny ${i + 1}</a></li>`).join('');
  const sub = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Undersida ${i + 1} om protokoll</a></li>`);
  return `<!doctype html><html lang="sv"><head><title>Protokoll - Umeå kommun</title></head><body>
    <a class="skip" href="#innehall">Gå till innehåll</a>
    <header><nav aria-label="Huvudmeny"><ul>${menu}</ul></nav></header>
    <nav aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/kp">Kommun och politik</a></li></ol></nav>
    <div class="wrap"><nav class="submenu"><ul>${sub.join('')}</ul></nav>
    <main id="innehall">${article}</main>${after}</div>
    <footer><h2>Kontakt</h2><p>Umeå kommun, 901 84 Umeå. Telefon 090-16 10 00.</p></footer>
    </body></html>`;
}

const texts = (reading: { sentences: Array<{ text: string }> }) => reading.sentences.map((s) => s.text);

function both(html: string, parts: { firstChars: number; partChars: number }) {
  const whole = readPage(pageFrom(html, URL).doc, URL);
  const { doc } = pageFrom(html, URL);
  const long = LongReading.start(doc, URL, parts);
  return { whole, long, doc };
}

describe('a very long page read a part at a time', () => {
  const article = `<h1>Protokoll från kommunstyrelsen</h1>${Array.from({ length: 120 }, (_, i) => paragraph(i + 1)).join('')}`;

  it('has the title and the first paragraphs at once, and in the end the same sentences as the whole page', () => {
    const { whole, long, doc } = both(page(article), { firstChars: 3000, partChars: 2000 });
    expect(long).not.toBeNull();
    const first = long!.step().map((s) => s.text);
    expect(texts(long!.page)).toEqual(first);
    expect(first[0]).toBe('Protokoll från kommunstyrelsen');
    expect(first.length).toBeLessThan(whole.sentences.length / 4);
    expect(long!.complete).toBe(false);
    const done = long!.finish();
    expect(texts(done)).toEqual(texts(whole));
    expect(done.article!.blocks.map((b) => b.text)).toEqual(whole.article!.blocks.map((b) => b.text));
    // Each sentence can be highlighted where it stands on the page, and points into its own block.
    const last = done.sentences.at(-1)!;
    const block = done.article!.blocks[last.block]!;
    expect(block.text).toContain(last.text);
    expect(block.runs.every((run) => doc.body.contains(run.node))).toBe(true);
    // The reader shows the whole article, not only its first part.
    expect(done.article!.html).toContain('§ 120. Kommunstyrelsen');
    expect(done.article!.html).not.toContain('Huvudmeny');
  });

  it('goes on through chapters longer than the first part, but not into what follows the article', () => {
    const chapter = (n: number) =>
      `<section><h2>Kapitel ${n}</h2>${Array.from({ length: 40 }, (_, i) => paragraph(n * 100 + i)).join('')}</section>`;
    const long = `<h1>Översiktsplan</h1>${[1, 2, 3, 4].map(chapter).join('')}`;
    const aside = `<aside class="related"><h2>Relaterat</h2><ul><li><a href="/a">Detaljplaner</a></li></ul></aside>`;
    const { whole, long: reading } = both(page(long, aside), { firstChars: 2000, partChars: 1500 });
    const done = reading!.finish();
    expect(texts(done)).toEqual(texts(whole));
    expect(texts(done)).toContain('Kapitel 4');
    expect(texts(done).join(' ')).not.toMatch(/Relaterat|Kontakt|Huvudmeny/);
  });

  it('a page whose first part holds the whole article reads just that', () => {
    const short = `<h1>Protokoll</h1>${Array.from({ length: 5 }, (_, i) => paragraph(i + 1)).join('')}`;
    const { whole, long } = both(page(short), { firstChars: 40_000, partChars: 20_000 });
    long!.step(); // its sentences
    expect(long!.complete).toBe(true);
    expect(texts(long!.page)).toEqual(texts(whole));
  });
});

describe('judging a very long page', () => {
  it('is done on its first part, which still shows an article page', () => {
    // A paragraph is one element of about 150 characters: past both limits.
    const many = Math.max(FEW_ELEMENTS, Math.ceil(LONG_PAGE_CHARS / 150)) + 100;
    const article = `<h1>Protokoll</h1>${Array.from({ length: many }, (_, i) => paragraph(i + 1)).join('')}`;
    const { doc } = pageFrom(page(article), URL);
    const judged = pageToJudge(doc);
    expect(judged).not.toBe(doc);
    expect(judged.body.textContent!.length).toBeLessThan(LONG_PAGE_CHARS / 5);
    expect(judged.title).toBe('Protokoll - Umeå kommun');
    expect(classifyPage(judged, URL, isProbablyReaderable).kind).toBe('article');
  });

  it('a page is long when its text, as textContent counts it, is over the limit', () => {
    const text = (n: number) => `<p>${'a'.repeat(n - 1)}</p><script>b</script>`; // the script's text counts
    const at = pageFrom(`<!doctype html><body>${text(LONG_PAGE_CHARS)}</body>`, URL).doc;
    const over = pageFrom(`<!doctype html><body>${text(LONG_PAGE_CHARS + 1)}</body>`, URL).doc;
    expect(at.body.textContent!.length).toBe(LONG_PAGE_CHARS);
    expect(isLongText(at.body)).toBe(false);
    expect(isLongText(over.body)).toBe(true);
  });

  it('a page of few elements is judged whole, however long its scripts', () => {
    const script = `<script>${'x'.repeat(LONG_PAGE_CHARS + 1)}</script>`;
    const { doc } = pageFrom(page('<h1>Protokoll</h1>' + paragraph(1) + script), URL);
    expect(pageToJudge(doc)).toBe(doc);
  });

  it('a page of many elements but not much text is judged whole', () => {
    const icons = '<span class="icon"></span>'.repeat(FEW_ELEMENTS + 100);
    const { doc } = pageFrom(page('<h1>Protokoll</h1>' + paragraph(1) + icons), URL);
    expect(pageToJudge(doc)).toBe(doc);
  });

  it('any other page is judged as it is', () => {
    const { doc } = pageFrom(page('<h1>Protokoll</h1>' + paragraph(1)), URL);
    expect(pageToJudge(doc)).toBe(doc);
  });
});
