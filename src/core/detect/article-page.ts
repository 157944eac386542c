/**
 * Does the page carry one article worth reading? Rules about how kinds of pages are built, not about
 * any one site: a start page sits at "/" (or a language prefix), a search page says so in its
 * address or puts a search box in its main content, a list page (news, hub) is many repeated
 * teasers with links and little running text. What is left is an article when Readability thinks
 * it readable or a heading is followed by some running text (short service, decision and event
 * pages are articles too).
 *
 * No Readability import here: the check is passed in, so the always-on content script can bring
 * the small `isProbablyReaderable` file alone.
 */

/** Every kind a page can be (a message carrying a verdict is checked against this list). */
export const PAGE_KINDS = ['start', 'search', 'list', 'article', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageKindResult {
  kind: PageKind;
  /** Short reason for `Detection.signals`, e.g. "page:list (12 teasers)". */
  reason: string;
}

export type ReaderableCheck = (doc: Document) => boolean;

/** Fewer repeated teasers than this is a "related" box, not a list page. */
const MIN_LIST_TEASERS = 5;
/** Running text (not links, not teasers) a list page's intro rarely exceeds. */
const LIST_MAX_RUNNING_TEXT = 400;
/** Running text after a heading that makes a short service or event page an article. */
const MIN_ARTICLE_RUNNING_TEXT = 120;
/** A search box in the main content with less prose than this is a search page. */
const SEARCH_MAX_RUNNING_TEXT = 200;

export function classifyPage(doc: Document, url: string, isReaderable: ReaderableCheck): PageKindResult {
  const address = parseHttpUrl(url);
  if (address && isSearchAddress(address)) return { kind: 'search', reason: 'page:search (address)' };
  if (address && isStartPath(address.pathname)) return { kind: 'start', reason: 'page:start' };

  const region = mainRegion(doc);
  const chrome = chromeIn(region);
  const teasers = findTeasers(region, chrome);
  // Running text means walking every node of the region; most pages are decided without it.
  let runningCache: number | undefined;
  const running = () => (runningCache ??= runningTextLength(region, teasers.items, chrome));
  if (hasSearchBox(region, chrome) && (startsWithSearchHeading(region) || running() < SEARCH_MAX_RUNNING_TEXT)) {
    return { kind: 'search', reason: 'page:search (search box as main content)' };
  }
  if (teasers.items.size >= MIN_LIST_TEASERS && running() < Math.max(LIST_MAX_RUNNING_TEXT, teasers.textLength / 4)) {
    return { kind: 'list', reason: `page:list (${teasers.items.size} teasers)` };
  }
  if (isReaderable(doc)) return { kind: 'article', reason: 'page:article (readerable)' };
  // More prose than link text: a page that mostly links on is a hub, however it is laid out.
  if (
    region.querySelector('h1') &&
    running() >= MIN_ARTICLE_RUNNING_TEXT &&
    running() >= linkTextLength(region, chrome)
  ) {
    return { kind: 'article', reason: 'page:article (heading and running text)' };
  }
  return { kind: 'other', reason: 'page:other (little running text)' };
}

function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    // File paths (the CLI without --url) say nothing about the page's place on its site.
    return /^https?:$/.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

const decode = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

const SEARCH_PARAMS = new Set([
  'q',
  'query',
  's',
  'search',
  'searchquery',
  'searchtext',
  'sok',
  'sök',
  'sokord',
  'soktext',
]);
// Path segments of search pages; Sitevision's look like "/sok.4.2e9e2c.html" or "/sokfunktion.4.x.html".
// The patterns here match lower-cased text: compiling a case-blind pattern cost a page 0.1-0.2 ms.
const SEARCH_SEGMENT =
  /(?:^|\/)(?:sok|sök|search|sokresultat|sökresultat|soksida|söksida|sokfunktion|sökfunktion)(?:[./]|$)/;

function isSearchAddress(address: URL): boolean {
  // Keys read from the query string itself: Firefox content scripts cannot iterate URLSearchParams.
  const keys = address.search
    .slice(1)
    .split('&')
    .map((pair) => decode(pair.split('=')[0] ?? '').replace(/\+/g, ' '));
  for (const key of keys) if (SEARCH_PARAMS.has(key.toLowerCase())) return true;
  return SEARCH_SEGMENT.test(decode(address.pathname).toLowerCase());
}

const LANGUAGE_PREFIX = '(?:/[a-z]{2}(?:[-_][a-z]{2})?)?';
const START_PATH = new RegExp(
  `^${LANGUAGE_PREFIX}(?:/(?:index|default|start|startsida|home|hem)(?:\\.[a-z]{2,5})?)?/?$`,
);

export function isStartPath(pathname: string): boolean {
  return START_PATH.test(decode(pathname).toLowerCase());
}

const MAIN_SELECTORS = ['main', '[role="main"]', '#main-content', '#maincontent', '#content', '#main', '.main-content'];

/** The page's main content element when it marks one, else the body (chrome is skipped later). */
export function mainRegion(doc: Document): Element {
  for (const selector of MAIN_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length > 0) return el;
  }
  return doc.body ?? doc.documentElement;
}

const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary']);
// Matched against lower-cased names: compiling a case-blind pattern costs every page more.
const CHROME_NAME = /^(?:site-?)?(?:header|footer|nav|navigation|menu|main-?menu|breadcrumbs?|sidebar|cookie[\w-]*)$/;
/** Class names are split where HTML splits them (ASCII white space). */
const CLASS_SEPARATOR = /[ \t\n\f\r]+/;

/** Site chrome around the content: header, navigation, footer, sidebars, cookie notices. */
function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.id && CHROME_NAME.test(el.id.toLowerCase())) return true;
  // The class attribute as written (an SVG element's className is no string), one name at a time.
  const classes = el.getAttribute('class');
  if (!classes) return false;
  for (const name of classes.toLowerCase().split(CLASS_SEPARATOR)) if (name && CHROME_NAME.test(name)) return true;
  return false;
}

/**
 * Every element isChrome can accept, and some more: one native query, then isChrome on what it found.
 * (Naming each whole name instead, 60 selectors, made the query cost more than the names it spared.)
 */
const MAYBE_CHROME = [
  ...[...CHROME_TAGS].map((tag) => tag.toLowerCase()),
  '[role]',
  ...['header', 'footer', 'nav', 'menu', 'breadcrumb', 'sidebar', 'cookie'].flatMap((word) => [
    `[id*="${word}" i]`,
    `[class*="${word}" i]`,
  ]),
].join(', ');

/**
 * The site chrome inside region (never region itself), in document order. Found once per check: testing
 * every element's names in script was most of the detector's first call, which runs before the JIT has
 * seen the code, on every page of a registry site.
 */
function chromeIn(region: Element): Set<Element> {
  return new Set(Array.from(region.querySelectorAll(MAYBE_CHROME)).filter(isChrome));
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

interface Teasers {
  items: Set<Element>;
  textLength: number;
}

/**
 * Siblings of one kind: same tag and first class, digits dropped. Later classes are often positional
 * ("media first-child odd", "media odd") and would split one list into several.
 */
const signature = (el: Element) => `${el.tagName}.${(el.classList[0] ?? '').replace(/\d+/g, '')}`;

/** A teaser links somewhere and says a little more than its link: a heading, picture, date or blurb. */
function isTeaser(el: Element): boolean {
  const length = textLength(el);
  if (length < 10 || length > 600) return false;
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'));
  if (!links.length || links.length > 4) return false;
  if (el.querySelector('h2, h3, h4, h5, h6, img, picture, time')) return true;
  const linkText = links.reduce((sum, a) => sum + textLength(a), 0);
  return length - linkText >= 20;
}

/**
 * Repeated siblings that are teasers, three or more of one kind under one parent, neither they nor
 * their parent site chrome. A teaser is a link or holds one, so only the links and what holds them are
 * looked at, not every element of the page: the check runs on every page of a registry site.
 */
function findTeasers(region: Element, chrome: ReadonlySet<Element>): Teasers {
  // Each element seen: is it chrome or inside chrome (below region)? Its children are passed over then.
  const inChrome = new Map<Element, boolean>([[region, false]]);
  const byParent = new Map<Element, Element[]>();
  for (const link of Array.from(region.querySelectorAll('a'))) {
    const path: Element[] = [];
    let up: Element = link;
    while (!inChrome.has(up)) {
      path.push(up);
      up = up.parentElement!; // region holds the link: the walk ends there at the latest
    }
    let blocked = inChrome.get(up)!;
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i]!;
      blocked ||= chrome.has(el);
      inChrome.set(el, blocked);
      if (blocked) continue;
      const siblings = byParent.get(el.parentElement!);
      if (siblings) siblings.push(el);
      else byParent.set(el.parentElement!, [el]);
    }
  }
  const items = new Set<Element>();
  for (const candidates of byParent.values()) {
    // Fewer than three of a kind can hold no list: their text is never read (most parents hold one).
    if (candidates.length < 3) continue;
    const groups = new Map<string, Element[]>();
    for (const el of candidates) {
      const key = signature(el);
      const group = groups.get(key);
      if (group) group.push(el);
      else groups.set(key, [el]);
    }
    for (const group of groups.values()) {
      if (group.length < 3) continue;
      const teasers = group.filter(isTeaser);
      if (teasers.length >= 3) for (const t of teasers) items.add(t);
    }
  }
  // A teaser inside another teaser (card > link block) counts once.
  for (const item of [...items]) {
    for (let up = item.parentElement; up; up = up.parentElement) {
      if (items.has(up)) {
        items.delete(item);
        break;
      }
    }
  }
  let total = 0;
  for (const item of items) total += textLength(item);
  return { items, textLength: total };
}

const BLOCKS = new Set([
  'P',
  'LI',
  'DD',
  'DT',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'PRE',
]);
const NOT_RUNNING = new Set([
  'A',
  'BUTTON',
  'LABEL',
  'OPTION',
  'SELECT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
]);
/** Text shorter than this in one block is a label, date or crumb, not running text. */
const MIN_BLOCK_TEXT = 30;

/**
 * Length of running text: prose in blocks, not link text, headings, controls, teasers or chrome.
 * Counted per block so a paragraph with inline links still counts its sentences.
 */
function runningTextLength(region: Element, teasers: ReadonlySet<Element>, chrome: ReadonlySet<Element>): number {
  const perBlock = new Map<Element, number>();
  // One walk down, carrying the nearest block: each node is visited once.
  const walk = (el: Element, block: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue?.replace(/\s+/g, ' ').trim() ?? '';
        if (text) perBlock.set(block, (perBlock.get(block) ?? 0) + text.length + 1);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (NOT_RUNNING.has(tag) || teasers.has(element) || chrome.has(element)) continue;
        walk(element, BLOCKS.has(tag) ? element : block);
      }
    }
  };
  walk(region, region);
  let total = 0;
  for (const length of perBlock.values()) if (length >= MIN_BLOCK_TEXT) total += length;
  return total;
}

function linkTextLength(region: Element, chrome: ReadonlySet<Element>): number {
  let total = 0;
  for (const link of Array.from(region.querySelectorAll('a[href]'))) {
    if (!insideChrome(link, region, chrome)) total += textLength(link);
  }
  return total;
}

function insideChrome(el: Element, region: Element, chrome: ReadonlySet<Element>): boolean {
  for (let up = el.parentElement; up && up !== region; up = up.parentElement) if (chrome.has(up)) return true;
  return false;
}

const SEARCH_INPUT =
  'input[type="search"], input[name="q"], input[name="query"], input[name="s"], input[name="search"], [role="search"]';

function hasSearchBox(region: Element, chrome: ReadonlySet<Element>): boolean {
  return Array.from(region.querySelectorAll(SEARCH_INPUT)).some((el) => !insideChrome(el, region, chrome));
}

function startsWithSearchHeading(region: Element): boolean {
  const heading = region.querySelector('h1');
  return heading !== null && /^\s*(?:sök|search|sökresultat|sökträffar)(?!\p{L})/iu.test(heading.textContent ?? '');
}
