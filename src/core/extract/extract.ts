import { Readability } from '@mozilla/readability';
import type { Article, Block, Organisation } from '../model';
import { declaredLanguage } from '../detect/signals';
import { collectBlocks } from './blocks';
import { ElementIndex } from './dom';
import { cleanBlocks } from './cleanup';
import { findPageDates, type PageDates } from './dates';
import { textLanguage } from './text-language';
import { findPageLinks, type PageLinks } from './page-links';
import { rematchTextNodes } from './rematch';
import { sanitizeArticleHtml } from './sanitize';
import { TextTwins, type TwinMap } from './twins';
import { pageHeading, prepareClone } from './site-hints';

/**
 * extract: Readability on a clone of the page, steered by what the site tells us. Text nodes survive
 * Readability as the same objects, so each one is mapped back to its twin in the live page; that is how
 * sentences get highlighted without the page's DOM being rewritten. The article HTML is sanitised with
 * DOMPurify before anything can render it (sanitize.ts).
 *
 * On public-sector pages (and any Swedish page) the clone is first cut to what the site names as its
 * article and cleared of the furniture such sites carry (see site-hints.ts and furniture.ts). On other
 * pages only the site's explicit ReadSpeaker hints are used, so the result is plain Readability's.
 */

/** Added to Readability's link-density limits (0.2 and 0.5) on steered pages. */
const LINK_DENSITY_MODIFIER = 0.1;

export interface ExtractOptions {
  organisation?: Organisation | null;
  /** A window for DOMPurify when the document has none (a DOMParser document in the CLI). */
  window?: Window;
  /** The page's address, for the links it offers (Lättläst, other languages). Defaults to the document's. */
  url?: string;
  /** Force steering on or off; by default on for public-sector organisations and Swedish pages. */
  steer?: boolean;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  const win = doc.defaultView ?? options.window;
  // A frameset page has no body of its own to read (doc.body is then the <frameset>).
  if (!win || !doc.documentElement || !doc.body || doc.body.tagName.toUpperCase() !== 'BODY') return null;
  const clone = doc.cloneNode(true) as Document;
  const { toLive, elements, cloneElements } = walkBoth(clone, doc);
  const index = new ElementIndex(elements);
  const cloneIndex = new ElementIndex(cloneElements);
  const idsKept = unshadowForms(clone, cloneIndex);
  const h1 = pageHeading(doc, index);
  // The clone's twin of the page's heading, while the clone still matches the page in all it looks at.
  const cloneH1 = !idsKept ? undefined : h1 && cloneIndex.all[index.all.indexOf(h1)];
  return (
    articleFrom(
      { doc, toLive: (n) => n, index, h1 },
      { doc: clone, toLive, index: cloneIndex, h1: cloneH1 },
      win,
      options,
    )?.article ?? null
  );
}

/** A copy of (part of) the page and how its text nodes map to the live page's. */
export interface PageCopy {
  doc: Document;
  toLive: TwinMap;
  /** Its elements, listed before anything in it changed, and its heading found then. */
  index?: ElementIndex;
  h1?: Element | null;
}

/** Where the page's own facts are read, the way to its live text nodes, and its elements and heading if known. */
interface PageFacts {
  doc: Document;
  toLive: (n: Text) => Text | undefined;
  index?: ElementIndex;
  h1?: Element | null;
}

/**
 * The article in the first part of a very long page (see long-reading.ts): `facts` is an untouched copy
 * of that part, for the title, dates and links, `copy` another that Readability may take apart.
 */
export function extractFromPart(
  facts: PageCopy,
  copy: PageCopy,
  win: Window,
  options: ExtractOptions,
): { article: Article; content: Element } | null {
  unshadowForms(copy.doc);
  return articleFrom({ doc: facts.doc, toLive: (n) => facts.toLive.get(n) }, copy, win, options);
}

/**
 * Reading blocks from a later part of a very long page, inside its article: Readability and the same
 * clean-up as the first part, without a title or page facts; `lang` is the article's language. With
 * the part's article HTML, not yet sanitised.
 */
export function blocksFromPart(
  copy: PageCopy,
  options: { steer: boolean; lang: string },
): { blocks: Block[]; html: string } {
  unshadowForms(copy.doc);
  const readable = readableContent(copy, options.steer);
  if (!readable) return { blocks: [], html: '' };
  const ownLang = ownLanguage(copy.toLive);
  const blocks = collectBlocks(readable.content, {
    toLive: (n) => copy.toLive.get(n),
    langOf: (node) => ownLang(node) ?? options.lang,
  });
  return { blocks: options.steer ? cleanBlocks(blocks) : blocks, html: readable.content.innerHTML };
}

/** Whether to use what we know of public-sector pages: for their organisations and any Swedish page. */
export function steering(doc: Document, options: ExtractOptions): boolean {
  return options.steer ?? (!!options.organisation || /^sv(?:-|$)/.test(declaredLanguage(doc) ?? ''));
}

/**
 * The article from a copy of the page. `page` is where the page's own facts are read (its heading,
 * dates and links), with the way to its live text nodes; `copy` is cut down and handed to Readability.
 */
function articleFrom(
  page: PageFacts,
  copy: PageCopy,
  win: Window,
  options: ExtractOptions,
): { article: Article; content: Element } | null {
  const doc = page.doc;
  const steer = steering(doc, options);
  const readable = readableContent(copy, steer);
  if (!readable) return null;
  const index = page.index ?? new ElementIndex(doc);
  const { parsed, content, toLive } = readable;

  // Blocks carry only text, read from Readability's output; the HTML that views render is written out
  // and sanitised when first asked for: reading aloud never needs it, and sanitising costs a sixth of
  // Readability. Nothing changes `content` after this.
  let html: string | undefined;

  const declared = normaliseLang(parsed.lang || doc.documentElement.getAttribute('lang') || '') || 'sv';
  const ownLang = ownLanguage(toLive);
  // The page's language as its text shows it, when that clearly differs from what the page says (a
  // template marked English around a Swedish article): the voice must fit the text.
  const spoken = textLanguage(pageLanguageText(content, ownLang));
  const docLang = spoken ?? declared;
  const langOf = (node: Text) => ownLang(node) ?? docLang;

  const h1 = page.h1 !== undefined ? page.h1 : pageHeading(doc, index);
  const title = articleTitle(parsed.title ?? '', h1, steer);
  let blocks = collectBlocks(content, { toLive: (n) => toLive.get(n), langOf });
  if (steer) blocks = cleanBlocks(blocks);

  // The title is read first: as the content's own first heading when Readability kept it, else added.
  const first = blocks[0];
  if (first && first.kind === 'heading' && first.text === title) first.kind = 'title';
  else {
    const titleBlock = titleBlockFor(page.toLive, index, title, docLang);
    if (titleBlock) blocks.unshift(titleBlock);
  }
  // Nothing to read but the title (a page of pictures, an empty shell): no article.
  if (!blocks.some((b) => b.kind !== 'title' && /[\p{L}\p{N}]/u.test(b.text))) return null;

  const contact = [...new Set(readable.contact.flat())];
  const facts = pageFacts(doc, options.url ?? doc.URL);

  const article: Article = {
    title,
    lang: docLang,
    ...(spoken && spoken !== declared ? { langFromText: { declared, spoken } } : {}),
    get published() {
      return facts.dates().published;
    },
    get updated() {
      return facts.dates().updated;
    },
    organisation: options.organisation ?? null,
    blocks,
    get html() {
      return (html ??= sanitizeArticleHtml(content.innerHTML, win));
    },
    contact,
    get easyToReadUrl() {
      return facts.links().easyToReadUrl;
    },
    get languageLinks() {
      return facts.links().languageLinks;
    },
  };
  return { article, content };
}

/**
 * The page's dates and its links to other versions of itself, read when first asked for: only the
 * reader shows them, and finding them cost a third of what extraction adds to Readability. They are
 * read from the page as it is then (a fresh list of its elements: the page may have changed since).
 */
function pageFacts(doc: Document, url: string): { dates: () => PageDates; links: () => PageLinks } {
  let index: ElementIndex | undefined;
  let dates: PageDates | undefined;
  let links: PageLinks | undefined;
  return {
    dates: () => (dates ??= findPageDates(doc, Date.now(), (index ??= new ElementIndex(doc)))),
    links: () => (links ??= findPageLinks(doc, url, (index ??= new ElementIndex(doc)))),
  };
}

/**
 * Readability on a copy of the page, steered by what the site tells us; its content's text nodes are
 * mapped to the live page (`toLive`, extended when Readability rebuilt them).
 */
function readableContent(copy: PageCopy, steer: boolean) {
  const prepared = prepareClone(copy.doc, { steer, index: copy.index, h1: copy.h1 });
  // Public-sector service pages are often short; elsewhere Readability's own threshold stands.
  const charThreshold = steer ? 300 : 500;
  // With the site's furniture already gone, a small box in the article with a link in it (event facts
  // with a "Boka" button) is content; Readability's link-density checks may be less strict there.
  const linkDensityModifier = steer ? LINK_DENSITY_MODIFIER : 0;
  // linkDensityModifier is a Readability option its type declarations do not list yet.
  const readabilityOptions: ConstructorParameters<typeof Readability<Element>>[1] & { linkDensityModifier: number } = {
    serializer: (node) => node as Element,
    charThreshold,
    linkDensityModifier,
  };
  const parsed = new Readability<Element>(copy.doc, readabilityOptions).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  rematchTextNodes(content, copy.toLive);
  return { parsed, content, toLive: copy.toLive, contact: prepared.contact };
}

/**
 * A language set on the text's own part of the page (a passage in English), not the page's. Asked for
 * every text node, and most share their parent with the one before: looked up once per parent.
 */
function ownLanguage(toLive: TwinMap): (node: Text) => string | null {
  // Each element's answer is kept, so a climb stops at the first element already answered.
  const langOf = new Map<Element, string | null>();
  const climbed: Element[] = [];
  return (node) => {
    const parent = (toLive.get(node) ?? node).parentElement;
    if (!parent) return null;
    let lang = langOf.get(parent);
    if (lang !== undefined) return lang;
    // The nearest element with a lang attribute (parent.closest('[lang]')) decides.
    lang = null;
    climbed.length = 0;
    for (let el: Element | null = parent; el; el = el.parentElement) {
      const known = langOf.get(el);
      if (known !== undefined) {
        lang = known;
        break;
      }
      climbed.push(el);
      if (el.hasAttribute('lang')) {
        lang =
          el.localName === 'html' || el.localName === 'body'
            ? null
            : normaliseLang(el.getAttribute('lang') ?? '') || null;
        break;
      }
    }
    for (const el of climbed) langOf.set(el, lang);
    return lang;
  };
}

/**
 * A language is plain from a few hundred words: the text's language is judged on at most this much.
 * On 370 pages (the fixtures, Readability's test pages) 3,000, 5,000 and 20,000 gave the same answer.
 */
const LANGUAGE_SAMPLE = 5_000;

/** The content's text that the page's own language applies to (none set closer), up to LANGUAGE_SAMPLE characters. */
function pageLanguageText(content: Element, ownLang: (node: Text) => string | null): string {
  const parts: string[] = [];
  let length = 0;
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < LANGUAGE_SAMPLE; node = walker.nextNode()) {
    if (ownLang(node as Text)) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What a form's named-element lookup returns: its controls and images (HTML's "listed elements" and img). */
const FORM_NAMED = 'input, select, textarea, button, fieldset, output, object, img';

/** The names an empty form answers to (`name in form`), its prototypes' included: the same in every page. */
let formPropertyNames: Set<string> | undefined;
function formProperties(doc: Document): Set<string> {
  if (formPropertyNames) return formPropertyNames;
  const names = new Set<string>();
  for (let o: object | null = doc.createElement('form'); o; o = Object.getPrototypeOf(o) as object | null)
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  return (formPropertyNames = names);
}

/**
 * A form control named like a property of its form (<input name="textContent">) shadows that property
 * on the form, and Readability reads form.textContent as a string: a page could stop every reading so.
 * In our clone such names and ids go; text nodes are untouched, so the map to the live page holds.
 */
function unshadowForms(clone: Document, index?: ElementIndex): boolean {
  // Without a form there is nothing to shadow (most pages have one, their search box).
  if (!(index ? index.tags('form') : clone.getElementsByTagName('form')).length) return true;
  const shadowed = formProperties(clone);
  let idsKept = true;
  // The order they are seen in does not matter here: with an index, each tag's own list (one grouping
  // of the page's elements, which later passes use too) instead of a filter of every element.
  const named = index
    ? FORM_NAMED.split(', ').flatMap((tag) => index.tags(tag))
    : Array.from(clone.querySelectorAll(FORM_NAMED));
  for (const el of named) {
    for (const attribute of ['name', 'id']) {
      const value = el.getAttribute(attribute);
      if (value !== null && shadowed.has(value)) {
        el.removeAttribute(attribute);
        if (attribute === 'id') idsKept = false;
      }
    }
  }
  return idsKept;
}

/**
 * One walk of the page and its fresh clone side by side (they have the same shape): each text node of
 * the clone paired with the live one, and the elements of both in document order, for the questions
 * every later pass asks of the page.
 */
function walkBoth(clone: Document, live: Document) {
  const copies: Text[] = [];
  const lives: Text[] = [];
  const elements: Element[] = [];
  const cloneElements: Element[] = [];
  const a = clone.createTreeWalker(clone, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const b = live.createTreeWalker(live, 1 | 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    if (x.nodeType === 3) {
      copies.push(x as Text);
      lives.push(y as Text);
    } else {
      cloneElements.push(x as Element);
      elements.push(y as Element);
    }
  }
  return { toLive: new TextTwins(copies, lives), elements, cloneElements };
}

export function normaliseLang(lang: string): string {
  const primary = lang.trim().replace('_', '-').split('-')[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A page's h1 longer than this (white space collapsed) is not its title. */
export const MAX_TITLE = 200;

/**
 * On public-sector pages <title> carries the site name ("Bygglov - Umeå kommun"), which Readability
 * does not always cut right; the article's own h1 is the better title there. Elsewhere Readability's
 * title stands (as in a browser's reader view), with the h1 only when it found none.
 */
function articleTitle(readabilityTitle: string, heading: Element | null, steer: boolean): string {
  const h1 = collapse(heading?.textContent ?? '');
  const fromReadability = collapse(readabilityTitle);
  if (steer && h1 && h1.length <= MAX_TITLE) return h1;
  return fromReadability || (h1.length <= MAX_TITLE ? h1 : '');
}

/** The title is read first, highlighted on the page's own heading when it has one. */
function titleBlockFor(
  toLive: (n: Text) => Text | undefined,
  index: ElementIndex,
  title: string,
  lang: string,
): Block | null {
  if (!title) return null;
  const heading = index.tags('h1', 'h2').find((h) => collapse(h.textContent ?? '') === title);
  if (heading) {
    const [block] = collectBlocks(heading, { toLive, langOf: () => lang });
    if (block) return { ...block, kind: 'title' };
  }
  return { kind: 'title', lang, text: title, runs: [], offsets: [] };
}
