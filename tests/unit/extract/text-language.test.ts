import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { textLanguage } from '../../../src/core/extract/text-language';
import { readPage } from '../../../src/core/pipeline';
import { page, parseHtml, REPO_ROOT } from '../detect/html';

// Real text only: Swedish from the Lättläst corpus (public-sector pages), English and other languages
// from Readability's test pages (their expected article and the language their metadata gives).
const LATTLAST = path.join(REPO_ROOT, 'tests/fixtures/lattlast/texts');
const READABILITY = path.join(REPO_ROOT, 'tests/fixtures/readability');

const swedish = readdirSync(LATTLAST)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(LATTLAST, f), 'utf8')) as { url: string; text: string })
  .filter((t) => t.text.length >= 200);

const readabilityPages = readdirSync(READABILITY, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = path.join(READABILITY, d.name);
    const meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { lang?: string | null };
    const html = gunzipSync(readFileSync(path.join(dir, 'expected.html.gz'))).toString('utf8');
    const text = (parseHtml(html).body?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { name: d.name, lang: (meta.lang ?? '').toLowerCase(), text };
  })
  .filter((p) => p.text.length >= 200);
// Two pages marked English hold Lorem ipsum: neither language, rightly.
const lorem = (p: { text: string }) => /lorem ipsum/i.test(p.text.slice(0, 200));
const english = readabilityPages.filter((p) => p.lang.startsWith('en') && !lorem(p));
const otherLanguages = readabilityPages.filter((p) => (p.lang && !p.lang.startsWith('en')) || lorem(p));

describe('the language of a text, from the text', () => {
  it('has real text to judge', () => {
    expect(swedish.length).toBeGreaterThanOrEqual(40);
    expect(english.length).toBeGreaterThanOrEqual(40);
    expect(otherLanguages.length).toBeGreaterThanOrEqual(5);
  });

  it('finds Swedish in every Swedish public-sector text', () => {
    const missed = swedish.filter((t) => textLanguage(t.text) !== 'sv').map((t) => t.url);
    expect(missed).toEqual([]);
  });

  it('finds English in every English article', () => {
    const missed = english.filter((p) => textLanguage(p.text) !== 'en').map((p) => p.name);
    expect(missed).toEqual([]);
  });

  it('says neither for French, Spanish, German, Czech, Japanese or Lorem ipsum', () => {
    const claimed = otherLanguages.filter((p) => textLanguage(p.text) !== null).map((p) => `${p.name} (${p.lang})`);
    expect(claimed).toEqual([]);
  });

  it('says nothing about a text under 200 characters', () => {
    expect(textLanguage(swedish[0]!.text.slice(0, 199))).toBeNull();
  });
});

/** A plain article page around `paragraphs`, its <html lang> set to `lang`. */
function articlePage(paragraphs: string[], lang: string, extra = '') {
  const body = `<main><article><h1>${paragraphs[0]!.slice(0, 40)}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}${extra}</article></main>`;
  return page(body, { lang });
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 40)
    .slice(0, 8);

describe('a page whose lang attribute and text disagree', () => {
  const sv = swedish.find((t) => paragraphsOf(t.text).join(' ').length > 600)!;
  const en = english.find((p) => p.name === 'bbc-1') ?? english[0]!;
  const enParagraphs = (() => {
    const html = gunzipSync(readFileSync(path.join(READABILITY, en.name, 'expected.html.gz'))).toString('utf8');
    return Array.from(parseHtml(html).querySelectorAll('p'), (p) => (p.textContent ?? '').trim())
      .filter((t) => t.length > 60)
      .slice(0, 8);
  })();

  it('reads a Swedish article on a page marked English with a Swedish voice, and says why', () => {
    const reading = readPage(articlePage(paragraphsOf(sv.text), 'en'), 'https://www.flen.se/a');
    expect(reading.article?.lang).toBe('sv');
    expect(new Set(reading.sentences.map((s) => s.lang))).toEqual(new Set(['sv']));
    expect(reading.detection.signals).toContain('lang:sv from the text (the page says en)');
  });

  it('reads an English article on a page marked Swedish with an English voice', () => {
    const reading = readPage(articlePage(enParagraphs, 'sv'), 'https://www.umea.se/in-english');
    expect(reading.article?.lang).toBe('en');
    expect(reading.sentences.every((s) => s.lang === 'en')).toBe(true);
    expect(reading.detection.signals).toContain('lang:en from the text (the page says sv)');
  });

  it('keeps a passage marked English in English on a Swedish page, and the page Swedish', () => {
    const passage = `<section lang="en"><h2>Information in English</h2><p>${enParagraphs[0]}</p></section>`;
    const reading = readPage(articlePage(paragraphsOf(sv.text), 'sv', passage), 'https://www.flen.se/a');
    expect(reading.article?.lang).toBe('sv');
    expect(reading.article?.langFromText).toBeUndefined();
    const langs = new Set(reading.sentences.map((s) => s.lang));
    expect(langs).toEqual(new Set(['sv', 'en']));
    expect(reading.detection.signals.some((s) => s.includes('from the text'))).toBe(false);
  });

  it('leaves the attribute alone when it agrees with the text', () => {
    const reading = readPage(articlePage(paragraphsOf(sv.text), 'sv'), 'https://www.flen.se/a');
    expect(reading.article?.lang).toBe('sv');
    expect(reading.article?.langFromText).toBeUndefined();
  });
});
