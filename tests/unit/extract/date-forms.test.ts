import { describe, expect, it } from 'vitest';
import { bylineDate, findPageDates } from '../../../src/core/extract/dates';
import { page } from '../detect/html';

// The forms Swedish public-sector pages state their dates in: visible labels and bylines in the
// article, <time>, meta tags, JSON-LD and microdata. Each row is one form on an otherwise plain page.
const NOW = Date.UTC(2025, 0, 1);
const PROSE =
  '<p>Kommunen bygger om gång- och cykelvägen längs älven under sommaren, och arbetet pågår till hösten.</p>';
const P = '2018-05-03';
const U = '2019-06-04';

type Row = [
  form: string,
  where: 'main' | 'head' | 'body',
  markup: string,
  published: string | null,
  updated: string | null,
];

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

// prettier-ignore
const ROWS: Row[] = [
  ['label, month name', 'main', '<p>Publicerad 3 maj 2018</p>', P, null],
  ['label, month name and comma', 'main', '<p>Publicerad: 3 maj, 2018</p>', P, null],
  ['label, short month with dot', 'main', '<p>Publicerad 3 maj. 2018</p>', P, null],
  ['label, ordinal day', 'main', '<p>Publicerad 1:a maj 2018</p>', '2018-05-01', null],
  ['label, ISO', 'main', '<p>Publicerad 2018-05-03</p>', P, null],
  ['label, day/month year', 'main', '<p>Publicerad 3/5 2018</p>', P, null],
  ['label, dotted', 'main', '<p>Publicerad 03.05.2018</p>', P, null],
  ['"Publicerat den … kl."', 'main', '<p>Publicerat den 3 maj 2018 kl. 10.31</p>', P, null],
  ['"Publicerades" with time', 'main', '<p>Publicerades 2018-05-03 10:31</p>', P, null],
  ['"Publiceringsdatum:"', 'main', '<p>Publiceringsdatum: 2018-05-03</p>', P, null],
  ['"Uppdaterad"', 'main', '<p>Uppdaterad 4 juni 2019</p>', null, U],
  ['"Uppdaterad:" ISO', 'main', '<p>Uppdaterad: 2019-06-04</p>', null, U],
  ['"Senast uppdaterad"', 'main', '<p>Senast uppdaterad 2019-06-04</p>', null, U],
  ['"Senast ändrad:" day/month', 'main', '<p>Senast ändrad: 4/6 2019</p>', null, U],
  ['"Sidan senast ändrad" dotted', 'main', '<p>Sidan senast ändrad 04.06.2019</p>', null, U],
  ['"Sidan uppdaterades"', 'main', '<p>Sidan uppdaterades 4 juni 2019</p>', null, U],
  ['"Granskad" (reviewed, as an update)', 'main', '<p>Granskad 2019-06-04</p>', null, U],
  ['"Senast granskad:"', 'main', '<p>Senast granskad: 4 juni 2019</p>', null, U],
  ['both, "ändrad" after a date', 'main', '<p>Publicerad 3 maj 2018, ändrad 4 juni 2019</p>', P, U],
  ['both on one line with a bar', 'main', '<p>Publicerad: 2018-05-03 | Uppdaterad: 2019-06-04</p>', P, U],
  ['both, update first', 'main', '<p>Uppdaterad 2019-06-04 · Publicerad 2018-05-03</p>', P, U],
  ['definition list', 'main', '<dl><dt>Publicerad</dt><dd>3 maj 2018</dd><dt>Uppdaterad</dt><dd>4 juni 2019</dd></dl>', P, U],
  ['label with <time datetime>', 'main', '<p>Publicerad <time datetime="2018-05-03T09:00:00+02:00">3 maj</time></p>', P, null],
  ['update label with <time>', 'main', '<p><span>Senast uppdaterad</span> <time datetime="2019-06-04">4 juni</time></p>', null, U],
  ['byline: date | name', 'main', '<p>3 maj, 2018 | Förnamn Efternamn</p>', P, null],
  ['byline: name · ISO date', 'main', '<p class="byline">Anna Berg · 2018-05-03</p>', P, null],
  ['byline: "Av" name, date', 'main', '<p>Av Anna Berg, 3 maj 2018</p>', P, null],
  ['byline: date "av" desk', 'main', '<p>3 maj 2018 av Webbredaktionen</p>', P, null],
  ['byline: "Text:" name | date', 'main', '<div class="meta">Text: Anna Berg | 2018-05-03</div>', P, null],
  ['byline in spans', 'main', '<div class="entry-meta"><span>3 maj, 2018</span> | <span>Anna Berg</span></div>', P, null],
  ['bare <time> above the text', 'main', '<p class="meta">Nyhet · <time datetime="2018-05-03">3 maj 2018</time></p>', P, null],
  ['English "Published:"', 'main', '<p>Published: 3 May 2018</p>', P, null],
  ['English "Last updated:"', 'main', '<p>Last updated: June 4, 2019</p>', null, U],
  ['label in the footer, outside the article', 'body', '<footer><p>Sidan senast uppdaterad 2019-06-04</p></footer>', null, U],
  ['meta article:published_time', 'head', '<meta property="article:published_time" content="2018-05-03T08:00:00+02:00">', P, null],
  ['meta article:modified_time (UTC)', 'head', '<meta property="article:modified_time" content="2019-06-04T08:00:00Z">', null, U],
  ['meta published after midnight in Sweden', 'head', '<meta property="article:published_time" content="2018-05-02T23:30:00Z">', P, null],
  ['meta dcterms.issued', 'head', '<meta name="dcterms.issued" content="2018-05-03">', P, null],
  ['meta DC.date.modified', 'head', '<meta name="DC.date.modified" content="2019-06-04">', null, U],
  ['meta date', 'head', '<meta name="date" content="2018-05-03">', P, null],
  ['meta og:updated_time', 'head', '<meta property="og:updated_time" content="2019-06-04T10:00:00+02:00">', null, U],
  ['meta http-equiv last-modified', 'head', '<meta http-equiv="last-modified" content="2019-06-04 10:00">', null, U],
  ['JSON-LD NewsArticle', 'head', jsonLd({ '@type': 'NewsArticle', datePublished: '2018-05-03T08:00:00+02:00' }), P, null],
  ['JSON-LD Article, both', 'head', jsonLd({ '@type': 'Article', datePublished: P, dateModified: U }), P, U],
  ['JSON-LD @graph, article first', 'head', jsonLd({ '@graph': [{ '@type': 'WebPage', dateModified: '2020-01-01' }, { '@type': 'Article', datePublished: P, dateModified: U }] }), P, U],
  ['JSON-LD array, dateCreated', 'head', jsonLd([{ '@type': 'BlogPosting', dateCreated: P }]), P, null],
  ['microdata <time itemprop>', 'main', '<p>Skrivet <time itemprop="datePublished" datetime="2018-05-03">en torsdag</time></p>', P, null],
  ['microdata <meta itemprop>', 'main', '<meta itemprop="dateModified" content="2019-06-04">', null, U],
  ['<time pubdate>', 'body', '<header><time pubdate datetime="2018-05-03">3 maj</time></header>', P, null],
];

// What is no page date: prose, an event's facts, a notice, a teaser, a date in the future.
// prettier-ignore
const NOT_DATES: Array<[form: string, markup: string]> = [
  ['prose that mentions publishing', '<p>Planen publicerades 3 maj 2018 och gäller i fem år, och den kan läsas i sin helhet på biblioteket.</p>'],
  ['an event’s date fact', '<dl><dt>Datum:</dt><dd>12 december 2018</dd></dl><p>Datum: 12 december 2018</p>'],
  ['a notice that starts with "Ändrad"', '<p>Ändrad öppettid 3 maj 2018</p>'],
  ['a teaser link with a date', '<ul><li><a href="/n">3 maj 2018 | Anna Berg</a></li></ul>'],
  ['a heading that ends with a date', '<h2>Nya regler från 1 maj 2018</h2>'],
  ['a bare date with a weekday', '<p>Torsdag 3 maj 2018</p>'],
  ['a date in the future', '<p>Publicerad 3 maj 2030</p>'],
];

describe('page dates in every common form', () => {
  it('covers at least 40 forms', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('%s', (_form, where, markup, published, updated) => {
    const head = where === 'head' ? markup : '';
    const body =
      where === 'main'
        ? `<main><h1>Ny cykelväg längs älven</h1>${markup}${PROSE}</main>`
        : `<main><h1>Ny cykelväg längs älven</h1>${PROSE}</main>${where === 'body' ? markup : ''}`;
    expect(findPageDates(page(body, { head }), NOW)).toEqual({ published, updated });
  });

  it.each(NOT_DATES)('no date from %s', (_form, markup) => {
    const doc = page(`<main><h1>Ny cykelväg längs älven</h1>${markup}${PROSE}</main>`);
    expect(findPageDates(doc, NOW)).toEqual({ published: null, updated: null });
  });
});

describe('bylineDate', () => {
  it.each([
    ['3 maj, 2018 | Förnamn Efternamn', P],
    ['Anna Berg · 2018-05-03', P],
    ['Av Anna Berg, 3 maj 2018', P],
    ['12 mars 2024 av Webbredaktionen', '2024-03-12'],
    ['2021-03-05 10:31 | Kommunikationsavdelningen', '2021-03-05'],
    ['Text: Anna Berg och Per Ek | 2018-05-03', P],
  ])('%j is a byline of %s', (text, iso) => {
    expect(bylineDate(text)).toBe(iso);
  });

  it.each([
    'Nya regler 1 maj 2024',
    'Anna Berg 3 maj 2018',
    '3 maj 2018',
    'Datum: 12 december 2024',
    'Planen publicerades 9 februari 2023 och gäller i fem år.',
    'Kontakta oss senast 3 maj 2018 | Anmäl dig här',
  ])('%j is no byline', (text) => {
    expect(bylineDate(text)).toBeNull();
  });
});
