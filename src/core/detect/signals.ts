/**
 * What a page says about itself that hints at a Swedish public-sector site: its language, an
 * organisation number of a kommun or region, the CMS it runs on, and a ReadSpeaker button. Pure
 * reading of the Document (no styles, no layout), so it runs the same in happy-dom and in a page.
 */

export type Cms = 'sitevision' | 'episerver' | 'municipio' | 'wordpress' | 'drupal';

export type OrgNumberKind = 'kommun' | 'region' | 'kommunalförbund' | 'myndighet';

export interface OrgNumber {
  /** Written the usual way, "212000-2411". */
  number: string;
  kind: OrgNumberKind;
}

export interface ReadSpeakerHint {
  /** Id of the element the site's own player reads (`readid=`), the article container. */
  readId: string | null;
  /** Class of the elements it reads (`readclass=`). */
  readClass: string | null;
}

export interface PageSignals {
  /** Declared page language, lower case with "-" ("sv-se"), or null when none is declared. */
  lang: string | null;
  swedish: boolean;
  /** Distinct kommun/region organisation numbers in the visible text, in page order. */
  orgNumbers: OrgNumber[];
  /** The most specific CMS recognised (Municipio before WordPress), or null. */
  cms: Cms | null;
  /** Present when the page embeds ReadSpeaker; its hints may be null. */
  readSpeaker: ReadSpeakerHint | null;
  /**
   * What the site's footer says of its owner when that is a public body: "ägs av Strandby kommun",
   * "kommunalförbund". Municipal companies and federations say so there; ordinary companies do not.
   */
  ownership: string | null;
  /** The same facts as short strings for `Detection.signals`. */
  signals: string[];
}

export function pageSignals(doc: Document): PageSignals {
  const lang = declaredLanguage(doc);
  const swedish = lang !== null && /^(sv|swe)(-|$)/.test(lang);
  const orgNumbers = findOrgNumbers(doc);
  const cms = detectCms(doc);
  const readSpeaker = findReadSpeaker(doc);
  const ownership = swedish ? findOwnership(doc) : null;

  const signals: string[] = [];
  if (lang) signals.push(`lang:${lang.split('-')[0]}`);
  for (const org of orgNumbers) signals.push(`orgnr:${org.number} (${org.kind})`);
  if (cms) signals.push(`cms:${cms}`);
  if (readSpeaker) {
    const hints = [
      readSpeaker.readId && `readid=${readSpeaker.readId}`,
      readSpeaker.readClass && `readclass=${readSpeaker.readClass}`,
    ];
    const named = hints.filter(Boolean).join(',');
    signals.push(named ? `readspeaker:${named}` : 'readspeaker');
  }
  if (ownership) signals.push(`owner:${ownership}`);
  return { lang, swedish, orgNumbers, cms, readSpeaker, ownership, signals };
}

const meta = (doc: Document, attribute: 'name' | 'property' | 'http-equiv', value: string): string | null => {
  // Attribute values are compared case-insensitively by hand: "DC.Language" vs "dc.language".
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    if (el.getAttribute(attribute)?.trim().toLowerCase() === value) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
};

/** html lang, then the meta tags sites use instead (Content-Language, og:locale, Dublin Core). */
export function declaredLanguage(doc: Document): string | null {
  const root = doc.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    meta(doc, 'http-equiv', 'content-language'),
    meta(doc, 'property', 'og:locale'),
    meta(doc, 'name', 'dcterms.language'),
    meta(doc, 'name', 'dc.language'),
  ];
  for (const candidate of candidates) {
    // Content-Language may list several ("sv, en"); the first is the page's own.
    const tag = candidate?.split(',')[0]?.trim().replace(/_/g, '-').toLowerCase();
    if (tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) return tag;
  }
  return null;
}

// Kommuner have 212000-XXXX, regioner 232100-XXXX, kommunalförbund 222000-XXXX and state agencies
// 202100-XXXX; written with or without the hyphen.
const ORG_NUMBER = /(?<![\d-])(212000|232100|222000|202100)[ \u00a0]?[-\u2010\u2011\u2013]?[ \u00a0]?(\d{4})(?![\d-])/g;
const ORG_KIND: Readonly<Record<string, OrgNumberKind>> = {
  '212000': 'kommun',
  '232100': 'region',
  '222000': 'kommunalförbund',
  '202100': 'myndighet',
};

/** Swedish organisation numbers end in a Luhn check digit: it weeds out look-alike digit runs. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if ((digits.length - i) % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function findOrgNumbers(doc: Document): OrgNumber[] {
  const body = doc.body;
  // Cheap native pre-check before walking text nodes: most pages have no such number at all.
  if (!body || !/212000|232100|222000|202100/.test(body.textContent ?? '')) return [];
  const found = new Map<string, OrgNumber>();
  for (const match of visibleText(body).matchAll(ORG_NUMBER)) {
    const [, prefix = '', suffix = ''] = match;
    if (!luhnValid(prefix + suffix)) continue;
    const number = `${prefix}-${suffix}`;
    if (!found.has(number)) found.set(number, { number, kind: ORG_KIND[prefix] ?? 'kommun' });
  }
  return [...found.values()];
}

const FOOTER = 'footer, [role="contentinfo"], #footer, .footer, .site-footer, .main-footer';

// "Strandby Energi AB ägs av Strandby kommun", "helägt av Region X", "ett bolag i Y kommunkoncern",
// "ett kommunalt bolag", "är ett kommunalförbund": said of the site's owner in its footer.
const OWNERSHIP =
  /(?<![\p{L}])(?:(?:hel)?ägs av|(?:hel)?ägt av|(?:ett )?(?:hel)?ägt bolag (?:till|av)|(?:[\p{L}-]+ )?(?:kommun|stads)koncern(?:en)?|(?:ett )?(?:kommunalt|kommunägt|regionägt) (?:bolag|företag|aktiebolag|bostadsbolag)|(?:ett )?(?:kommunal|region|samordnings)förbund(?:et)?)(?:[^.;\n]{0,60}?(?<![\p{L}])(?:kommun|kommuner|stad|region|regionen|landsting)(?![\p{L}]))?/iu;

/** The footer's statement that a kommun or region owns the site, or that it is a federation of them. */
export function findOwnership(doc: Document): string | null {
  for (const footer of Array.from(doc.querySelectorAll(FOOTER))) {
    const text = visibleText(footer).replace(/\s+/g, ' ');
    if (text.length > 5000) continue;
    const m = OWNERSHIP.exec(text);
    if (!m) continue;
    const said = m[0].trim();
    // "ägs av" needs a public owner named after it; the other phrases say it themselves.
    if (/^(?:hel)?äg[st] av/i.test(said) && !/(?:kommun|kommuner|stad|region|regionen|landsting)$/i.test(said))
      continue;
    return said.toLocaleLowerCase('sv');
  }
  return null;
}

const HIDDEN_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The text a reader could see (not scripts or styles), text nodes joined by spaces. */
function visibleText(root: Element): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT: no global NodeFilter in every host */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && HIDDEN_TEXT_PARENTS.has(parent.tagName.toUpperCase())) continue;
    if (node.nodeValue) parts.push(node.nodeValue);
  }
  return parts.join(' ');
}

const any = (doc: Document, selector: string): boolean => doc.querySelector(selector) !== null;

const atPath = (fragment: string) => `[href*="${fragment}"], [src*="${fragment}"]`;

function inlineScripts(doc: Document): string {
  return Array.from(doc.getElementsByTagName('script'))
    .filter((s) => !s.getAttribute('src'))
    .map((s) => s.textContent ?? '')
    .join('\n');
}

function hasAttributePrefix(doc: Document, prefixes: readonly string[]): boolean {
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const name of el.getAttributeNames()) {
      if (prefixes.some((p) => name.startsWith(p))) return true;
    }
  }
  return false;
}

function comments(doc: Document, limit = 200): string {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node && parts.length < limit; node = walker.nextNode())
    parts.push(node.nodeValue ?? '');
  return parts.join('\n');
}

/** Each CMS leaves its own class names, paths and attributes; checked most specific first. */
export function detectCms(doc: Document): Cms | null {
  const generator = meta(doc, 'name', 'generator') ?? '';
  if (
    /sitevision/i.test(generator) ||
    any(doc, `.sv-layout, .sv-portlet, [id^="svid10_"], [id^="svid12_"], ${atPath('/sitevision/')}`)
  ) {
    return 'sitevision';
  }
  if (/municipio/i.test(generator) || any(doc, atPath('/wp-content/themes/municipio'))) return 'municipio';

  const scripts = inlineScripts(doc);
  if (/drupal/i.test(generator) || /\bDrupal\.settings\b|\bdrupalSettings\b/.test(scripts)) return 'drupal';
  if (/wordpress/i.test(generator) || any(doc, `${atPath('/wp-content/')}, ${atPath('/wp-includes/')}`))
    return 'wordpress';
  if (/episerver|optimizely/i.test(generator) || any(doc, `${atPath('/episerver/')}, ${atPath('/EPiServer/')}`))
    return 'episerver';
  const epiField = Array.from(doc.querySelectorAll('[name^="__"], [id^="__"]')).some((el) =>
    [el.getAttribute('name'), el.id].some((v) => /^__epi/i.test(v ?? '')),
  );
  if (epiField || /__EPI|\bepi\.(?:shell|cms)\b/i.test(scripts)) return 'episerver';

  const epiMeta = Array.from(doc.getElementsByTagName('meta')).some((m) =>
    /^epi\./i.test(m.getAttribute('name') ?? ''),
  );
  const aspNetForm = any(doc, 'form#aspnetForm');
  // An ASP.NET WebForms form alone could be any .NET site; with an EPiServer trace it is EPiServer.
  if (epiMeta || (aspNetForm && /episerver/i.test(comments(doc)))) return 'episerver';

  // Attribute-prefix scans touch every element: done last, only when nothing cheaper matched.
  if (hasAttributePrefix(doc, ['data-drupal-'])) return 'drupal';
  if (hasAttributePrefix(doc, ['data-epi-', 'epi-'])) return 'episerver';
  return null;
}

function readSpeakerParams(href: string): ReadSpeakerHint {
  const query = href.slice(href.indexOf('?') + 1).replace(/&amp;/g, '&');
  const params = new URLSearchParams(query.split('#')[0]);
  const get = (name: string) => params.get(name)?.trim() || null;
  return { readId: get('readid'), readClass: get('readclass') };
}

/** The site's own "Lyssna" button: a `.rsbtn` block whose link to rsent names what it reads. */
export function findReadSpeaker(doc: Document): ReadSpeakerHint | null {
  for (const link of Array.from(doc.querySelectorAll('a[href*="readspeaker.com"]'))) {
    const href = link.getAttribute('href') ?? '';
    if (!/rsent/i.test(href)) continue;
    const hint = readSpeakerParams(href);
    if (hint.readId || hint.readClass) return hint;
  }
  const present = any(
    doc,
    '.rsbtn, [class*="rsbtn_"], [id^="readspeaker_button"], script[src*="readspeaker.com"], a[href*="readspeaker.com"]',
  );
  return present ? { readId: null, readClass: null } : null;
}
