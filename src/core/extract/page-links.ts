/**
 * Links a page offers to other versions of itself: the site's own easy-to-read ("Lättläst") page and
 * the page or site in other languages. Read from the live page (usually its header), never fetched.
 */
import { ElementIndex } from './dom';

export interface LanguageLink {
  /** BCP 47 primary tag, e.g. "en", "fi", "ar". */
  lang: string;
  url: string;
}

export interface PageLinks {
  easyToReadUrl: string | null;
  languageLinks: LanguageLink[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const EASY_TO_READ = /^(?:lättläst(?:\s+(?:svenska|version|information|text))?|lätt att läsa|easy to read)$/i;
const EASY_TO_READ_HINT = /lättläst|lattlast|easy-?to-?read/i;

/** Language names as sites write them in their language menus, each in its own language or in Swedish. */
// prettier-ignore
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  'english': 'en', 'in english': 'en', 'english version': 'en', 'engelska': 'en',
  'suomi': 'fi', 'suomeksi': 'fi', 'finska': 'fi', 'meänkieli': 'fit', 'meänkielellä': 'fit',
  'sámegiella': 'se', 'samegiella': 'se', 'davvisámegiella': 'se', 'samiska': 'se',
  'romani': 'rom', 'romanes': 'rom', 'romani chib': 'rom', 'jiddisch': 'yi', 'ייִדיש': 'yi',
  'العربية': 'ar', 'arabiska': 'ar', 'soomaali': 'so', 'af-soomaali': 'so', 'somaliska': 'so',
  'فارسی': 'fa', 'persiska': 'fa', 'دری': 'prs', 'dari': 'prs', 'ትግርኛ': 'ti', 'tigrinja': 'ti',
  'deutsch': 'de', 'tyska': 'de', 'español': 'es', 'spanska': 'es', 'français': 'fr', 'franska': 'fr',
  'polski': 'pl', 'polska': 'pl', 'русский': 'ru', 'ryska': 'ru', 'українська': 'uk', 'ukrainska': 'uk',
  'türkçe': 'tr', 'turkiska': 'tr', 'dansk': 'da', 'danska': 'da', 'norsk': 'no', 'norska': 'no',
  'bosanski': 'bs', 'hrvatski': 'hr', 'srpski': 'sr', 'српски': 'sr', 'kurdî': 'ku', 'kurdiska': 'ku',
};

const OTHER_LANGUAGES = /^(?:other languages|languages|in other languages|andra språk|på andra språk)$/i;

const primary = (tag: string) => tag.trim().replace(/_/g, '-').split('-')[0]!.toLowerCase();

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to the page's easy-to-read version: so named, or a short link so titled or classed. */
function isEasyToReadLink(a: Element, text: string): boolean {
  if (EASY_TO_READ.test(text)) return true;
  if (text.length > 40) return false;
  const hint = `${a.getAttribute('title') ?? ''} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('class') ?? ''}`;
  return EASY_TO_READ_HINT.test(hint);
}

export function findPageLinks(doc: Document, pageUrl: string, index = new ElementIndex(doc)): PageLinks {
  const base = doc.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : pageUrl;
  const here = absolute(pageUrl, pageUrl)?.replace(/#.*$/, '') ?? null;
  const pageLang = primary(doc.documentElement?.getAttribute('lang') ?? 'sv') || 'sv';
  const links = index.tags('a').filter((a) => a.hasAttribute('href'));

  let easyToReadUrl: string | null = null;
  const languageLinks: LanguageLink[] = [];
  const seen = new Set<string>([pageLang]);
  const push = (lang: string, href: string | null) => {
    const code = primary(lang);
    if (!code || seen.has(code) || code === 'x' || !href) return;
    const url = absolute(href, base);
    if (!url || url.replace(/#.*$/, '') === here) return;
    seen.add(code);
    languageLinks.push({ lang: code, url });
  };
  for (const link of index.tags('link').filter((el) => el.matches('link[rel~="alternate"][hreflang]'))) {
    const lang = link.getAttribute('hreflang') ?? '';
    if (!/^x-default$/i.test(lang)) push(lang, link.getAttribute('href'));
  }
  // One pass over the page's links for both: each link's text is read once.
  for (const a of links) {
    const text = collapse(a.textContent ?? '');
    if (easyToReadUrl === null && isEasyToReadLink(a, text)) {
      const url = absolute(a.getAttribute('href') ?? '', base);
      if (url && url.replace(/#.*$/, '') !== here) easyToReadUrl = url;
    }
    if (!text || text.length > 40) continue;
    const hreflang = a.getAttribute('hreflang');
    const declared = hreflang || a.getAttribute('lang');
    // Swedish has no casing rules of its own (only Lithuanian, Turkish and Azeri do), and a locale
    // lookup per link is slow: toLowerCase gives the same.
    const key = text.toLowerCase();
    // Own names only: a link text "constructor" or "__proto__" must not find Object.prototype's.
    const named = Object.hasOwn(LANGUAGE_NAMES, key) ? LANGUAGE_NAMES[key] : undefined;
    // A language link names a language, or is marked as leading to one ("Other languages", hreflang).
    if (named) push(declared ?? named, a.getAttribute('href'));
    else if (hreflang && primary(hreflang) !== pageLang) push(hreflang, a.getAttribute('href'));
    else if (OTHER_LANGUAGES.test(text)) {
      // "Other languages" leads to a page in many languages, introduced in English; "Andra språk" is
      // said in Swedish of the same thing: "mul" (ISO 639, several languages) unless the link says.
      push(declared ?? (/^(?:andra|på)/i.test(text) ? 'mul' : 'en'), a.getAttribute('href'));
    }
  }
  return { easyToReadUrl, languageLinks };
}
