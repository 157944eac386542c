import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { detect, publicSectorEvidence, siteName } from '../../../src/core/detect/detect';
import { classifyPage, isStartPath } from '../../../src/core/detect/article-page';
import { createRegistry } from '../../../src/core/detect/registry';
import { pageSignals } from '../../../src/core/detect/signals';
import { page, REAL_PAGES, realPage } from './html';

/** Site chrome around `main`, as kommun sites have it: header with menu and search, footer. */
function sitePage(
  main: string,
  { head = '', footer = '', lang = 'sv' }: { head?: string; footer?: string; lang?: string } = {},
): Document {
  return page(
    `<header class="site-header"><a href="/">Startsida</a>
      <form role="search" action="/sok"><input type="search" name="q"><button>Sök</button></form>
      <nav><ul><li><a href="/bygga-bo">Bygga, bo och miljö</a></li><li><a href="/forskola">Förskola och skola</a></li>
      <li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/kommun-politik">Kommun och politik</a></li></ul></nav></header>
    <main id="main">${main}</main>
    <footer><p>Besöksadress: Skolgatan 31A. Telefon: 090-16 10 00.</p>${footer}</footer>`,
    { head, lang },
  );
}

const paragraph = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Stycke ${i + 1}. För att bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov. ` +
      `Kontakta gärna bygglovshandläggarna innan du skickar in din ansökan, så blir handläggningen snabbare.</p>`,
  ).join('');

const ARTICLE = `<h1>Ansök om bygglov</h1>${paragraph(4)}<h2>Så här ansöker du</h2><ul><li>Fyll i blanketten.</li><li>Bifoga ritningar.</li></ul>`;

const NEWS_LIST = `<h1>Nyheter</h1><p>Här hittar du kommunens nyheter.</p><ul class="news">${Array.from(
  { length: 8 },
  (_, i) =>
    `<li class="news-item news-item-${i}"><h2><a href="/nyheter/${i}">Nyhet nummer ${i + 1} om kommunen</a></h2>` +
    `<time datetime="2024-03-0${i + 1}">${i + 1} mars 2024</time><p>En kort ingress om vad som har hänt i kommunen.</p></li>`,
).join('')}</ul>`;

describe('the real kommun start pages', () => {
  it.each(REAL_PAGES)('$file is a public-sector start page of $name', ({ file, url, name, code }) => {
    const detection = detect(realPage(file), url);
    expect(detection.publicSector).toBe(true);
    expect(detection.organisation).toEqual({ name, kind: 'kommun', code });
    expect(detection.articlePage).toBe(false);
    expect(detection.signals).toContain(`host:${new URL(url).hostname} in registry (${name})`);
    expect(detection.signals).toContain('lang:sv');
    expect(detection.signals).toContain('page:start');
  });

  it.each(REAL_PAGES)('$file is no article by its structure alone, at any address', ({ file, url }) => {
    expect(detect(realPage(file), `${url}om-kommunen/`).articlePage).toBe(false);
    expect(detect(realPage(file), `file:///tmp/${file}`).articlePage).toBe(false);
  });

  it('recognises Helsingborg outside the registry by its organisation number', () => {
    const detection = detect(realPage('helsingborg.se.html'), 'https://helsingborg.example/', {
      registry: createRegistry(),
    });
    expect(detection.publicSector).toBe(true);
    expect(detection.organisation).toEqual({ name: 'Helsingborg.se', kind: 'other', code: null });
    expect(detection.signals).toContain('public-sector:orgnr 212000-1157');
  });
});

describe('public sector', () => {
  it('trusts the registry for any subdomain', () => {
    const detection = detect(sitePage(ARTICLE), 'https://www.umea.se/bygga-bo/bygglov/ansok-om-bygglov');
    expect(detection).toMatchObject({
      publicSector: true,
      organisation: { name: 'Umeå kommun', kind: 'kommun', code: '2480' },
    });
  });

  it('does not flag a Swedish company site on a public-sector CMS', () => {
    const doc = sitePage(`<div class="sv-layout">${ARTICLE}</div>`, {
      footer: '<p>Exempel Butik AB, org.nr 556677-8899</p>',
      head: '<meta property="og:site_name" content="Exempel Butik">',
    });
    const detection = detect(doc, 'https://www.example-butik.se/produkter/stol');
    expect(detection.publicSector).toBe(false);
    expect(detection.organisation).toBeNull();
    expect(detection.signals).toContain('cms:sitevision');
  });

  it('does not flag a Swedish WordPress site with ReadSpeaker', () => {
    const doc = sitePage(`<div class="rsbtn"></div>${ARTICLE}`, {
      head: '<link rel="stylesheet" href="/wp-content/themes/shop/style.css">',
    });
    expect(detect(doc, 'https://www.example-butik.se/om-oss').publicSector).toBe(false);
  });

  it('does not flag a page that lists many kommuner', () => {
    const rows = ['212000-2627', '212000-1157', '212000-0142'].map((n) => `<li>Kommun ${n}</li>`).join('');
    expect(detect(sitePage(`<h1>Kunder</h1><ul>${rows}</ul>`), 'https://www.example.se/kunder').publicSector).toBe(
      false,
    );
  });

  it('flags Swedish + ReadSpeaker + Sitevision outside the registry, named from the title', () => {
    const doc = sitePage(
      `<div class="sv-layout"><div class="rsbtn"><a href="//app-eu.readspeaker.com/cgi-bin/rsent?readid=main">Lyssna</a></div>${ARTICLE}</div>`,
      {
        head: '<title>Ansök om bygglov - Exempelbygdens kommun</title>',
      },
    );
    const detection = detect(doc, 'https://www.exempelbygden.se/bygglov');
    expect(detection.publicSector).toBe(true);
    expect(detection.organisation).toEqual({ name: 'Exempelbygdens kommun', kind: 'other', code: null });
    expect(detection.signals).toContain('public-sector:lang:sv+readspeaker+cms:sitevision');
    expect(detection.signals).toContain('readspeaker:readid=main');
  });

  it('needs Swedish for the CMS + ReadSpeaker rule', () => {
    const doc = sitePage(`<div class="sv-layout"><div class="rsbtn"></div>${ARTICLE}</div>`, { lang: 'en' });
    expect(detect(doc, 'https://www.example.com/page').publicSector).toBe(false);
  });

  it('uses a registry passed in, with extra domains as kind other', () => {
    const registry = createRegistry([{ domain: 'bibliotek.example', name: 'Länsbiblioteket' }]);
    const detection = detect(sitePage(ARTICLE), 'https://www.bibliotek.example/lana', { registry });
    expect(detection.organisation).toEqual({ name: 'Länsbiblioteket', kind: 'other', code: null });
    expect(detection.publicSector).toBe(true);
  });

  it('explains its evidence rule on signals alone', () => {
    const base = pageSignals(page(''));
    expect(
      publicSectorEvidence({
        ...base,
        swedish: true,
        cms: 'wordpress',
        readSpeaker: { readId: null, readClass: null },
      }),
    ).toBeNull();
    expect(
      publicSectorEvidence({
        ...base,
        swedish: true,
        cms: 'municipio',
        readSpeaker: { readId: null, readClass: null },
      }),
    ).not.toBeNull();
    expect(publicSectorEvidence({ ...base, orgNumbers: [{ number: '232100-0016', kind: 'region' }] })).toBe(
      'orgnr 232100-0016',
    );
  });
});

describe('public sector outside the registry', () => {
  const at = (doc: Document) => detect(doc, 'https://www.exempelforbundet.se/om-oss');

  it('counts a kommunalförbund by its organisation number (222000-)', () => {
    const detection = at(
      sitePage(ARTICLE, {
        head: '<meta property="og:site_name" content="Räddningstjänsten Exempeldalen">',
        footer: '<p>Organisationsnummer: 222000-0190</p>',
      }),
    );
    expect(detection.organisation).toEqual({ name: 'Räddningstjänsten Exempeldalen', kind: 'other', code: null });
    expect(detection.signals).toContain('orgnr:222000-0190 (kommunalförbund)');
  });

  it('counts a state agency by its organisation number (202100-)', () => {
    expect(at(sitePage(ARTICLE, { footer: '<p>Org.nr 202100-5448</p>' })).publicSector).toBe(true);
  });

  it.each([
    'Exempelby Energi AB ägs av Exempelby kommun.',
    'Ett bolag i Exempelby kommunkoncern.',
    'Exempelbostäder är ett kommunalt bostadsbolag.',
    'Vi är ett kommunalförbund för fyra kommuner.',
    'Exempelvatten AB är helägt av Region Exempel.',
  ])('counts a municipal company or federation by its footer: %s', (said) => {
    const detection = at(
      sitePage(ARTICLE, { head: '<title>Om oss - Exempelbolaget</title>', footer: `<p>${said}</p>` }),
    );
    expect(detection.publicSector).toBe(true);
    expect(detection.organisation).toMatchObject({ name: 'Exempelbolaget', kind: 'other' });
    expect(detection.signals.some((s) => s.startsWith('public-sector:owner:'))).toBe(true);
  });

  it.each([
    [
      'an ordinary company footer',
      'sv',
      '<p>Exempel Bygg AB, org.nr 556677-8899. Vi har byggt altaner sedan 1998.</p>',
      ARTICLE,
    ],
    ['a company owned by a person', 'sv', '<p>Företaget ägs av Anna Berg.</p>', ARTICLE],
    [
      'a newspaper writing about a kommun’s company in its article',
      'sv',
      '<p>Norrlandsbladet AB. Ansvarig utgivare: Karin Ek.</p>',
      `<h1>Energibolaget höjer priset</h1><p>Exempelby Energi AB, som ägs av Exempelby kommun, höjer priset på fjärrvärme med åtta procent från nyår.</p>${paragraph(3)}`,
    ],
    ['an English page', 'en', '<p>Example Energy Ltd is owned by Example kommun.</p>', ARTICLE],
  ])('does not count %s', (_what, lang, footer, main) => {
    expect(at(sitePage(main, { footer, lang })).publicSector).toBe(false);
  });
});

describe('article page', () => {
  const at = (doc: Document, path: string) => detect(doc, `https://www.umea.se${path}`);

  it('is true for a service page', () => {
    const detection = at(sitePage(ARTICLE), '/bygga-bo/bygglov/ansok-om-bygglov');
    expect(detection.articlePage).toBe(true);
    expect(detection.signals.some((s) => s.startsWith('page:article'))).toBe(true);
  });

  it('is true for a short service page: a heading, some prose and e-service links', () => {
    const doc = sitePage(`<h1>Ansök om parkeringstillstånd</h1>
      <p>Om du har en funktionsnedsättning och svårt att gå kan du ansöka om parkeringstillstånd.</p>
      <p>Handläggningstiden är ungefär fyra veckor från att ansökan är komplett.</p>
      <ul><li><a href="/e">E-tjänst: Ansök om parkeringstillstånd</a></li><li><a href="/b">Blankett (pdf)</a></li></ul>`);
    expect(at(doc, '/trafik/parkeringstillstand').articlePage).toBe(true);
  });

  it('is true for a news item with a related-news box', () => {
    const related = `<section class="related"><h2>Fler nyheter</h2><ul>${Array.from(
      { length: 5 },
      (_, i) => `<li class="teaser"><a href="/n/${i}">Relaterad nyhet ${i}</a><p>Kort ingress om nyheten här.</p></li>`,
    ).join('')}</ul></section>`;
    const doc = sitePage(
      `<article><h1>Nytt äldreboende öppnar</h1><p>Publicerad 9 februari 2023</p>${paragraph(3)}</article>${related}`,
    );
    expect(at(doc, '/nyheter/2023/nytt-aldreboende').articlePage).toBe(true);
  });

  it.each([
    ['a menu inside the content', (items: string) => `<nav><ul>${items}</ul></nav>`],
    ['a sidebar holding them itself', (items: string) => `<aside>${items}</aside>`],
  ])('is true for a short page beside teasers in site chrome: %s', (_where, chrome) => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<div class="teaser"><a href="/n/${i}">Nyhet ${i}</a><p>Kort ingress om nyheten.</p></div>`,
    ).join('');
    const doc = sitePage(`<h1>Ansök om parkeringstillstånd</h1>
      <p>Om du har en funktionsnedsättning och svårt att gå kan du ansöka om parkeringstillstånd.</p>
      <p>Handläggningstiden är ungefär fyra veckor från att ansökan är komplett.</p>${chrome(items)}`);
    expect(at(doc, '/trafik/parkeringstillstand').articlePage).toBe(true);
    // The same teasers outside chrome make it a list.
    const list = sitePage(doc.querySelector('main')!.innerHTML.replace(/<\/?(?:nav|aside)>/g, ''));
    expect(at(list, '/trafik/parkeringstillstand').signals).toContain('page:list (6 teasers)');
  });

  it('is true for an event page', () => {
    const doc =
      sitePage(`<h1>Konsert i stadsparken</h1><p><time datetime="2024-06-06T18:00">6 juni kl. 18.00</time>, Stadsparken.</p>
      <p>Välkommen till en kväll med musik i parken. Ta med en filt och något att äta. Konserten är gratis och passar hela familjen.</p>`);
    expect(at(doc, '/evenemang/konsert-i-stadsparken').articlePage).toBe(true);
  });

  it('is false for a news list', () => {
    const detection = at(sitePage(NEWS_LIST), '/nyheter');
    expect(detection.articlePage).toBe(false);
    expect(detection.signals).toContain('page:list (8 teasers)');
  });

  it('is false for a hub of cards linking on', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="card"><a href="/a/${i}"><img src="/i${i}.jpg" alt=""><h2>Område ${i}</h2></a><p>Allt om område ${i} i kommunen.</p></div>`,
    ).join('');
    expect(at(sitePage(`<h1>Bygga, bo och miljö</h1><div class="cards">${cards}</div>`), '/bygga-bo').articlePage).toBe(
      false,
    );
  });

  it.each(['/', '', '/en', '/en/', '/sv-se/', '/index.html', '/en/default.aspx'])(
    'is false for the start page %j',
    (path) => {
      const detection = at(sitePage(ARTICLE), path);
      expect(detection.articlePage).toBe(false);
      expect(detection.signals).toContain('page:start');
    },
  );

  it.each(['/sok?q=bygglov', '/?s=bygglov', '/search?query=x', '/funktioner/sokfunktion.4.2e9e2c.html', '/s%C3%B6k'])(
    'is false for the search page %j',
    (path) => {
      expect(at(sitePage(ARTICLE), path).articlePage).toBe(false);
    },
  );

  it('is false when a search form is the main content', () => {
    const doc = sitePage(`<h1>Sök på webbplatsen</h1><form><input type="search" name="query"><button>Sök</button></form>
      <ol>${Array.from({ length: 3 }, (_, i) => `<li><a href="/r${i}">Träff ${i}</a></li>`).join('')}</ol>`);
    const detection = at(doc, '/hitta');
    expect(detection.articlePage).toBe(false);
    expect(detection.signals.some((s) => s.startsWith('page:search'))).toBe(true);
  });

  it('is false for a hub: a short intro and a list of plain links', () => {
    const links = [
      'Bygglov',
      'Bostadsanpassning',
      'Avfall och återvinning',
      'Energi och klimat',
      'Miljö och hälsa',
      'Vatten och avlopp',
    ]
      .map((t, i) => `<li><a href="/b/${i}">${t}, regler, avgifter och ansökan</a></li>`)
      .join('');
    const doc = sitePage(
      `<h1>Bygga, bo och miljö</h1><p>Här hittar du information om att bygga, bo och leva hållbart i kommunen.</p><ul>${links}</ul>`,
    );
    expect(at(doc, '/bygga-bo').articlePage).toBe(false);
  });

  it('is false for a page with hardly any text', () => {
    expect(at(sitePage('<h1>Kontakt</h1><p>Ring oss.</p>'), '/kontakt').articlePage).toBe(false);
  });

  it('judges a file (CLI without --url) by structure only', () => {
    expect(detect(sitePage(ARTICLE), 'file:///tmp/bygglov.html')).toMatchObject({
      articlePage: true,
      publicSector: false,
      organisation: null,
    });
  });

  it('leaves the document as it was', () => {
    const doc = sitePage(ARTICLE);
    const before = doc.documentElement.outerHTML;
    detect(doc, 'https://www.umea.se/bygglov');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('can run with Readability’s check passed in, as the content script does', () => {
    expect(classifyPage(sitePage(ARTICLE), 'https://www.umea.se/bygglov', isProbablyReaderable).kind).toBe('article');
    expect(classifyPage(sitePage(ARTICLE), 'https://www.umea.se/bygglov', () => false).kind).toBe('article');
  });
});

describe('helpers', () => {
  it.each([
    ['/', true],
    ['/en', true],
    ['/sv-SE/', true],
    ['/startsida.html', true],
    ['/sok', false],
    ['/bygglov', false],
    ['/en/building-permit', false],
  ])('isStartPath(%j) = %j', (path, start) => {
    expect(isStartPath(path)).toBe(start);
  });

  it('names a site by og:site_name, else the title’s last segment', () => {
    expect(siteName(page('', { head: '<meta property="og:site_name" content="Exempel"><title>A - B</title>' }))).toBe(
      'Exempel',
    );
    expect(siteName(page('', { head: '<title>Bygglov | Exempelbygdens kommun</title>' }))).toBe(
      'Exempelbygdens kommun',
    );
    expect(siteName(page('', { head: '<title>Bygglov</title>' }))).toBeNull();
  });
});
