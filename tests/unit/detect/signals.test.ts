import { describe, expect, it } from 'vitest';
import {
  detectCms,
  declaredLanguage,
  findOrgNumbers,
  findReadSpeaker,
  luhnValid,
  pageSignals,
} from '../../../src/core/detect/signals';
import { page, REAL_PAGES, realPage } from './html';

describe('language', () => {
  it.each([
    [{ lang: 'sv' }, 'sv'],
    [{ lang: 'sv-SE' }, 'sv-se'],
    [{ lang: null, head: '<meta http-equiv="Content-Language" content="sv, en">' }, 'sv'],
    [{ lang: null, head: '<meta property="og:locale" content="sv_SE">' }, 'sv-se'],
    [{ lang: null, head: '<meta name="DC.Language" content="sv">' }, 'sv'],
    [{ lang: 'en', head: '<meta property="og:locale" content="sv_SE">' }, 'en'],
    [{ lang: null }, null],
  ])('%j → %j', (options, lang) => {
    expect(declaredLanguage(page('<p>x</p>', options))).toBe(lang);
  });

  it('says Swedish only for sv', () => {
    expect(pageSignals(page('', { lang: 'sv-FI' }))).toMatchObject({ swedish: true, signals: ['lang:sv'] });
    expect(pageSignals(page('', { lang: 'en-GB' }))).toMatchObject({ swedish: false, signals: ['lang:en'] });
    expect(pageSignals(page('', { lang: null })).swedish).toBe(false);
  });
});

describe('organisation numbers', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('2120002627')).toBe(true); // Umeå kommun
    expect(luhnValid('2321000016')).toBe(true); // Region Stockholm
    expect(luhnValid('2120002628')).toBe(false);
  });

  it('finds kommun and region numbers, with or without hyphen, each once', () => {
    const doc = page(`<footer><p>Umeå kommun, organisationsnummer: 212000-2627</p>
      <p>Org.nr 2321000016</p><p>Också 212000-2627 igen, och 212000 - 2627.</p></footer>`);
    expect(findOrgNumbers(doc)).toEqual([
      { number: '212000-2627', kind: 'kommun' },
      { number: '232100-0016', kind: 'region' },
    ]);
    expect(pageSignals(doc).signals).toContain('orgnr:212000-2627 (kommun)');
    expect(pageSignals(doc).signals).toContain('orgnr:232100-0016 (region)');
  });

  it('finds a number split over elements', () => {
    expect(findOrgNumbers(page('<p>Orgnr: <span>212000</span>-<span>2627</span></p>'))).toHaveLength(1);
  });

  it('ignores wrong check digits, longer digit runs, company numbers and scripts', () => {
    const doc = page(`<p>212000-2628</p><p>Ärende 12120002627 och 2120002627999</p><p>Org.nr 556036-0793</p>
      <script>var orgnr = "212000-2627";</script><style>/* 212000-2627 */</style>`);
    expect(findOrgNumbers(doc)).toEqual([]);
  });
});

describe('CMS fingerprints', () => {
  it.each([
    ['<div class="sv-layout"><div class="sv-portlet sv-text-portlet">x</div></div>', '', 'sitevision'],
    ['<div id="svid10_4f1b6d">x</div>', '', 'sitevision'],
    ['', '<link rel="stylesheet" href="/sitevision/system-resource/abc/css/portlets.css">', 'sitevision'],
    ['', '<meta name="generator" content="SiteVision">', 'sitevision'],
    ['', '<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">', 'municipio'],
    ['', '<link rel="stylesheet" href="/wp-content/themes/twentytwenty/style.css">', 'wordpress'],
    ['', '<meta name="generator" content="WordPress 6.4">', 'wordpress'],
    ['<script>jQuery.extend(Drupal.settings, {"basePath": "/"});</script>', '', 'drupal'],
    ['<form data-drupal-selector="search-block-form"></form>', '', 'drupal'],
    ['', '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">', 'drupal'],
    ['<script src="/EPiServer/CMS/scripts/x.js"></script>', '', 'episerver'],
    ['<div data-epi-property-name="MainBody">x</div>', '', 'episerver'],
    ['<input type="hidden" name="__EPiServerContext" value="1">', '', 'episerver'],
    ['<form id="aspnetForm"><!-- EPiServer --><p>x</p></form>', '', 'episerver'],
  ])('%s %s → %s', (body, head, cms) => {
    expect(detectCms(page(body, { head }))).toBe(cms);
  });

  it('does not call any ASP.NET form EPiServer, nor a plain page anything', () => {
    expect(detectCms(page('<form id="aspnetForm"><input name="__VIEWSTATE"></form>'))).toBeNull();
    expect(detectCms(page('<main><h1>Hej</h1><p>Text.</p></main>'))).toBeNull();
  });
});

describe('ReadSpeaker', () => {
  const button = (query: string) =>
    `<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" title="Lyssna"
      href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=5507&amp;lang=sv_se&amp;${query}&amp;url=https%3A%2F%2Fwww.example.se%2Fa"><span>Lyssna</span></a></div>`;

  it('reads the readid the button names', () => {
    const doc = page(button('readid=content'));
    expect(findReadSpeaker(doc)).toEqual({ readId: 'content', readClass: null });
    expect(pageSignals(doc).signals).toContain('readspeaker:readid=content');
  });

  it('reads readclass too', () => {
    expect(findReadSpeaker(page(button('readclass=rs_read_this')))).toEqual({
      readId: null,
      readClass: 'rs_read_this',
    });
    expect(pageSignals(page(button('readid=main&amp;readclass=rs_read')))).toMatchObject({
      readSpeaker: { readId: 'main', readClass: 'rs_read' },
    });
  });

  it('notices ReadSpeaker without hints, and its absence', () => {
    expect(findReadSpeaker(page('<div class="rsbtn"></div>'))).toEqual({ readId: null, readClass: null });
    expect(
      findReadSpeaker(page('', { head: '<script src="//f1-eu.readspeaker.com/script/5507/ReadSpeaker.js"></script>' })),
    ).toEqual({
      readId: null,
      readClass: null,
    });
    expect(pageSignals(page('<div class="rsbtn"></div>')).signals).toContain('readspeaker');
    expect(findReadSpeaker(page('<a href="https://www.example.se/lyssna">Lyssna</a>'))).toBeNull();
  });
});

describe('the real kommun start pages', () => {
  it.each(REAL_PAGES)('$file: Swedish, $cms', ({ file, cms }) => {
    const signals = pageSignals(realPage(file));
    expect(signals.swedish).toBe(true);
    expect(signals.cms).toBe(cms);
    expect(signals.signals).toContain(`cms:${cms}`);
  });

  it('finds Helsingborg’s organisation number and ReadSpeaker script', () => {
    const signals = pageSignals(realPage('helsingborg.se.html'));
    expect(signals.orgNumbers).toEqual([{ number: '212000-1157', kind: 'kommun' }]);
    expect(signals.readSpeaker).not.toBeNull();
  });
});
