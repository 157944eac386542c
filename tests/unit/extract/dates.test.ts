import { describe, expect, it } from 'vitest';
import { findPageDates, isDateLine, isDateText, isoDate, parseSwedishDate } from '../../../src/core/extract/dates';
import { page, realPage } from '../detect/html';

describe('parseSwedishDate', () => {
  it.each([
    ['9 februari 2023', '2023-02-09'],
    ['9 feb 2023', '2023-02-09'],
    ['9 feb. 2023', '2023-02-09'],
    ['den 5 mars 2021', '2021-03-05'],
    ['Fredag 5 MARS 2021', '2021-03-05'],
    ['1:a maj 2022', '2022-05-01'],
    ['24 okt 2020', '2020-10-24'],
    ['3 sept. 2019', '2019-09-03'],
    ['2021-03-05 10:31', '2021-03-05'],
    ['2021-03-05', '2021-03-05'],
    ['2021-3-5', '2021-03-05'],
    ['5/3 2021', '2021-03-05'],
    ['5/3-2021', '2021-03-05'],
    ['05.03.2021', '2021-03-05'],
    ['5.3.2021', '2021-03-05'],
    ['5 March 2021', '2021-03-05'],
    ['March 5, 2021', '2021-03-05'],
    ['2021-03-05T10:31:00+01:00', '2021-03-05'],
    // 23:30 UTC on 4 March is past midnight in Sweden: the Swedish calendar date is meant.
    ['2021-03-04T23:30:00Z', '2021-03-05'],
    ['2021-07-01T23:30:00.000Z', '2021-07-02'],
    ['2021-03-05T00:30:00+0100', '2021-03-05'],
    ['Publicerad: 9 februari 2023 kl. 10.31', '2023-02-09'],
    ['Uppdaterad 2021-03-07, publicerad 2021-03-05', '2021-03-07'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseSwedishDate(text)).toBe(iso);
  });

  it.each([
    '30 februari 2023',
    '2021-02-29',
    '1900-02-29',
    '31/4 2021',
    '32.01.2021',
    '2021-13-01',
    '2021-00-10',
    '0 mars 2021',
    '5 mars',
    '5/3',
    'mars 2021',
    '12345-03-05',
    '2021-03-05-01',
    'kl. 10.31',
    '',
    'Ring 090-16 10 00',
  ])('%j is no date', (text) => {
    expect(parseSwedishDate(text)).toBeNull();
  });

  it('skips an impossible date for a later real one', () => {
    expect(parseSwedishDate('30 februari 2023 eller 1 mars 2023')).toBe('2023-03-01');
  });

  it('checks calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 4, 31)).toBeNull();
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
  });
});

describe('findPageDates', () => {
  const NOW = Date.UTC(2025, 0, 1);
  const dates = (body: string, head = '') => findPageDates(page(body, { head }), NOW);

  it('reads labelled dates in the text', () => {
    expect(
      dates('<main><h1>Nyhet</h1><p>Publicerad 9 februari 2023</p><p>Senast uppdaterad: 2023-03-01 10:31</p></main>'),
    ).toEqual({
      published: '2023-02-09',
      updated: '2023-03-01',
    });
  });

  it.each([
    ['Publicerat 5/3 2021', 'published', '2021-03-05'],
    ['Published: 5 March 2021', 'published', '2021-03-05'],
    ['Sidan senast ändrad 05.03.2021', 'updated', '2021-03-05'],
    ['Senast ändrad: den 5 mars 2021', 'updated', '2021-03-05'],
    ['Uppdaterad 2021-03-05', 'updated', '2021-03-05'],
    ['Sidan uppdaterades 2021-03-05', 'updated', '2021-03-05'],
    ['Last updated: March 5, 2021', 'updated', '2021-03-05'],
    ['Granskad: 2021-03-05', 'updated', '2021-03-05'],
  ] as const)('%j', (text, field, iso) => {
    expect(dates(`<main><h1>Rubrik</h1><p>Text.</p><p>${text}</p></main>`)[field]).toBe(iso);
  });

  it('takes no label from a paragraph of prose, and reads one spread out by the markup', () => {
    const prose = 'Kommunen har under året arbetat med planen. '.repeat(8);
    expect(dates(`<main><h1>Rubrik</h1><p>Uppdaterad 2021-03-05. ${prose}</p></main>`).updated).toBeNull();
    const spaced = `<main><h1>Rubrik</h1><p>Text.</p><p>Uppdaterad${' '.repeat(300)}2021-03-05</p></main>`;
    expect(dates(spaced).updated).toBe('2021-03-05');
  });

  it('takes the machine date of a <time> next to its label', () => {
    const body = `<main><p><span class="label">Publicerad:</span> <time datetime="2021-03-05T09:00:00+01:00">5 mars</time></p>
      <dl><dt>Uppdaterad</dt><dd><time datetime="2021-04-01">1 april</time></dd></dl></main>`;
    expect(dates(body)).toEqual({ published: '2021-03-05', updated: '2021-04-01' });
  });

  it('splits one line holding both labels', () => {
    expect(dates('<main><p class="meta">Publicerad 2021-03-05 · Uppdaterad 2021-03-07</p></main>')).toEqual({
      published: '2021-03-05',
      updated: '2021-03-07',
    });
  });

  it('prefers a stated update over a review date', () => {
    expect(dates('<main><p>Granskad: 2021-01-10</p><p>Senast uppdaterad: 2021-02-01</p></main>').updated).toBe(
      '2021-02-01',
    );
  });

  it('does not take prose or notices for a label', () => {
    expect(dates('<main><p>Planen är publicerad den 5 mars 2021 och gäller från i sommar.</p></main>')).toEqual({
      published: null,
      updated: null,
    });
    expect(dates('<main><p>Ändrad öppettid 5 mars 2021: biblioteket stänger kl. 15.</p></main>')).toEqual({
      published: null,
      updated: null,
    });
  });

  it('ignores dates in teaser links', () => {
    expect(
      dates('<main><h1>Nyheter</h1><a href="/n/1"><span>Publicerad 5 mars 2021</span> Nyhet</a></main>').published,
    ).toBeNull();
  });

  it('reads meta tags', () => {
    const head = `<meta property="article:published_time" content="2021-03-04T23:30:00Z">
      <meta name="DC.Date.Modified" content="2021-03-10">`;
    expect(dates('<p>Text</p>', head)).toEqual({ published: '2021-03-05', updated: '2021-03-10' });
    expect(
      dates('', '<meta name="dcterms.modified" content="2022-01-02"><meta name="DC.date" content="2021-12-24">'),
    ).toEqual({
      published: '2021-12-24',
      updated: '2022-01-02',
    });
  });

  it('reads JSON-LD, article objects first, through @graph', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'X', dateModified: '2020-01-01' },
        {
          '@type': 'NewsArticle',
          datePublished: '2021-03-05T08:00:00+01:00',
          dateModified: '2021-03-06T08:00:00+01:00',
        },
      ],
    });
    expect(dates('<p>x</p>', `<script type="application/ld+json">${jsonLd}</script>`)).toEqual({
      published: '2021-03-05',
      updated: '2021-03-06',
    });
  });

  it('survives broken JSON-LD', () => {
    expect(dates('<p>x</p>', '<script type="application/ld+json">{ not json</script>')).toEqual({
      published: null,
      updated: null,
    });
  });

  it('prefers the visible label in the main content over meta tags', () => {
    const head = '<meta property="article:published_time" content="2020-01-01T10:00:00+01:00">';
    expect(dates('<main><p>Publicerad 9 februari 2023</p></main>', head).published).toBe('2023-02-09');
  });

  it('falls back to labels outside the main content', () => {
    expect(
      dates('<main><h1>Sida</h1><p>Text.</p></main><div class="page-info">Sidan senast uppdaterad 2022-11-30</div>')
        .updated,
    ).toBe('2022-11-30');
  });

  it('rejects impossible and future dates, falling back to other sources', () => {
    const head = '<meta name="pubdate" content="2021-02-01">';
    expect(dates('<main><p>Publicerad 30 februari 2023</p></main>', head).published).toBe('2021-02-01');
    expect(dates('<main><p>Publicerad 2030-01-01</p></main>').published).toBeNull();
    expect(dates('<main><p>Publicerad 1985-01-01</p></main>').published).toBeNull();
  });

  it('drops an update that predates publication', () => {
    expect(dates('<main><p>Publicerad 2021-03-05</p><p>Uppdaterad 2021-03-01</p></main>')).toEqual({
      published: '2021-03-05',
      updated: null,
    });
  });

  it('reads the real start pages’ meta tags', () => {
    expect(findPageDates(realPage('helsingborg.se.html'), NOW)).toEqual({
      published: '2014-12-17',
      updated: '2017-05-05',
    });
    expect(findPageDates(realPage('stockholm.se.html'), NOW)).toEqual({
      published: '2007-12-18',
      updated: '2018-03-07',
    });
    expect(findPageDates(realPage('umea.se.html'), NOW)).toEqual({ published: null, updated: null });
  });
});

describe('dates in lines that say nothing else', () => {
  const NOW = Date.UTC(2024, 11, 31);

  it('takes "ändrad" as an update label only right after another date', () => {
    const doc = page('<main><h1>Stadsfest</h1><p>Publicerad 2024-05-28, ändrad 2024-08-02</p></main>');
    expect(findPageDates(doc, NOW)).toEqual({ published: '2024-05-28', updated: '2024-08-02' });
    const notice = page('<main><h1>Biblioteket</h1><p>Ändrad öppettid 24 december 2024: stängt hela dagen.</p></main>');
    expect(findPageDates(notice, NOW).updated).toBeNull();
  });

  it('takes a bare <time> above the text as the publication date, never one labelled as an update', () => {
    const news = page(
      '<main><p class="top">Nyhet · <time datetime="2024-03-12T10:15:00+01:00">12 mars 2024</time></p><h1>Fler vårdplatser</h1><p>Från den 1 april öppnar en ny vårdavdelning på sjukhuset, med 24 vårdplatser för äldre patienter.</p></main>',
    );
    expect(findPageDates(news, NOW).published).toBe('2024-03-12');
    const updated = page(
      '<main><h1>Solceller</h1><p>Senast uppdaterad: <time datetime="2024-02-05">5 februari 2024</time></p><p>Du behöver oftast inte bygglov för att sätta upp solceller på taket till ditt hus, men det finns undantag.</p></main>',
    );
    expect(findPageDates(updated, NOW)).toEqual({ published: null, updated: '2024-02-05' });
  });

  it.each([
    ['Publicerad 9 februari 2023', true],
    ['Senast uppdaterad: 2024-03-14 10:31', true],
    ['Publicerad: den 3 februari 2022 · Senast ändrad: 4 mars 2024', true],
    ['Sidan uppdaterades: 2024-01-17', true],
    ['Publicerad 9 februari 2023 av Anna Berg', true],
    ['Senast uppdaterad 2024-01-08 av Webbredaktionen', true],
    ['9 februari 2023 av Anna Berg', false],
    ['Torsdag 12 december 2024', false],
    ['Planen publicerades 9 februari 2023 och gäller i fem år.', false],
  ])('isDateText(%j) = %j', (text, expected) => {
    expect(isDateText(text)).toBe(expected);
  });

  it('counts a bare <time> line, but not a date among an event’s facts', () => {
    const doc = page(
      '<p id="a"><time datetime="2024-02-02">2 februari 2024</time></p><dl><dt>Datum</dt><dd id="b"><time datetime="2024-12-12">12 december 2024</time></dd></dl>',
    );
    expect(isDateLine(doc.getElementById('a')!)).toBe(true);
    expect(isDateLine(doc.getElementById('b')!)).toBe(false);
  });
});
