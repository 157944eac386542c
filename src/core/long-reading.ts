import { detect } from './detect/detect';
import { blocksFromPart, extractFromPart, steering } from './extract/extract';
import { copyPart, FIRST_PART_CHARS, type PartCopy } from './extract/part-copy';
import { sanitizeArticleHtml } from './extract/sanitize';
import type { Sentence } from './model';
import { readBlocks, type PageReading, type ReadPageOptions } from './pipeline';

/**
 * A very long page (a year of council minutes, a whole plan) read a part at a time, so that speech can
 * start within a second and no step holds the tab up: Readability on 10 MB takes seconds in one go.
 *
 * - The first part is the page from its start up to `firstChars` of text, read like any page: detection,
 *   Readability, the title, dates and links (from that part only). Its sentences, worked out in the
 *   first step, can be spoken at once.
 * - When that part ends inside the element Readability took the article from (mapped to the live page),
 *   the article goes on there. On a page this long, an element holding nearly all of the page's text is
 *   the article too (site furniture is never hundreds of thousands of characters): it is looked for one
 *   level of the tree a step, and it widens Readability's element when that holds too little, or takes
 *   its place when that ended within the first part.
 * - Then, a step at a time, the next `partChars` of that element go through Readability and the same
 *   clean-up, and their blocks and sentences are added to the reading.
 */

export interface LongReadingOptions extends ReadPageOptions {
  /** Characters of the page's text in the first part. */
  firstChars?: number;
  /** Characters of text in each later part. */
  partChars?: number;
}

/**
 * Characters of text in each later part. In Chromium, Readability and the clean-up of 10,000 took
 * 50–100 ms, and with V8's garbage collector marking the page's huge DOM inside the same task, over
 * 200 ms now and then. With 2,500, a 10 MB page had 3–4 tasks over 100 ms (10–12 with 5,000), and it
 * was read in no slower.
 */
const PART_CHARS = 2_500;

/** The share of the page's text that an element must hold to be taken as the article. */
const ARTICLE_SHARE = 0.9;

export class LongReading {
  /** The page's text length, once the search for the article's element has begun. */
  private total?: number;

  /** The reading so far: its blocks and sentences grow with each step. */
  readonly page: PageReading;
  private done: boolean;
  /** The first part's sentences have been worked out (the first step). */
  private planned = false;
  /** The live node the last part ended with. */
  private after: Node | null;
  /** Where the search for the element holding nearly all the text is; null once it is over. */
  private searchAt: Element | null;
  /** The element the later parts come from, once known. */
  private region: Element | null = null;
  private readonly steer: boolean;

  private constructor(
    private readonly doc: Document,
    page: PageReading,
    first: { last: Node | null; ended: boolean },
    /** The live element the first part's article came from. */
    private readonly source: Element,
    /** The article's HTML, a part at a time. */
    private readonly html: string[],
    private readonly partChars: number,
  ) {
    this.page = page;
    this.after = first.last;
    this.done = first.ended;
    this.searchAt = doc.body;
    this.steer = steering(doc, { organisation: page.detection.organisation });
  }

  /** Reads the first part; null when it holds no article (then only the whole page can tell). */
  static start(doc: Document, url: string, options: LongReadingOptions = {}): LongReading | null {
    const win = doc.defaultView ?? options.window;
    if (!win || !doc.body || doc.body.tagName.toUpperCase() !== 'BODY') return null;
    const part = { root: doc.body, after: null, maxChars: options.firstChars ?? FIRST_PART_CHARS, head: true };
    const facts = copyPart(doc, part);
    const copy = copyPart(doc, part);
    // Detection on the first part: its signals (CMS, organisation numbers) take passes over the whole
    // page, a third of a second on 10 MB. The registry knows the host regardless; a site outside it
    // that names its owner only in the footer goes unrecognised here (Swedish pages are steered anyway).
    const detection = detect(facts.doc, url, { registry: options.registry, pageKind: options.pageKind });
    const found = extractFromPart(facts, copy, win, { organisation: detection.organisation, url });
    if (!found) return null;
    const { article, content } = found;
    const html = [content.innerHTML];
    // The views render the whole article: every part's HTML, sanitised when first asked for.
    let sanitised: string | undefined;
    article.rawHtmlParts = html;
    Object.defineProperty(article, 'html', {
      get: () => (sanitised ??= sanitizeArticleHtml(html.join(''), win)),
      enumerable: true,
      configurable: true,
    });
    const note = article.langFromText;
    if (note) detection.signals.push(`lang:${note.spoken} from the text (the page says ${note.declared})`);
    // Its sentences come with the first step: planning them is a task of its own.
    const page = { detection, article, sentences: [] };
    const source = sourceElement(content, copy) ?? doc.body;
    return new LongReading(doc, page, copy, source, html, options.partChars ?? PART_CHARS);
  }

  /** Everything has been read. */
  get complete(): boolean {
    return this.done && this.planned;
  }

  /**
   * One more step: the first part's sentences, part of the search for the article's element, or one
   * more part read. Returns the sentences added.
   */
  step(): Sentence[] {
    if (!this.planned) {
      this.planned = true;
      this.page.sentences.push(...readBlocks(this.page.article!.blocks));
      return this.page.sentences.slice();
    }
    if (this.done) return [];
    if (!this.region) {
      this.searchStep();
      return [];
    }
    const article = this.page.article!;
    const part = copyPart(this.doc, {
      root: this.doc.body,
      after: this.after,
      until: this.region,
      maxChars: this.partChars,
    });
    this.after = part.last;
    this.done = part.ended || part.last === null;
    const { blocks, html } = blocksFromPart(part, { steer: this.steer, lang: article.lang });
    this.html.push(html);
    const sentences = readBlocks(blocks, article.blocks.length);
    article.blocks.push(...blocks);
    this.page.sentences.push(...sentences);
    return sentences;
  }

  /** Reads every remaining part at once (for the command line and tests). */
  finish(): PageReading {
    while (!this.complete) this.step();
    return this.page;
  }

  /**
   * One level down towards the element holding nearly all of the text: a child holding that much, or,
   * when none does, this element. Children are measured only until the others hold too much.
   */
  private searchStep() {
    const at = this.searchAt!;
    // The page's whole text length, measured here rather than at the press: a task of its own.
    const total = (this.total ??= this.doc.body.textContent?.length ?? 0);
    let others = 0;
    for (const child of Array.from(at.children)) {
      const length = child.textContent?.length ?? 0;
      if (length >= ARTICLE_SHARE * total) {
        this.searchAt = child;
        return;
      }
      others += length;
      if (others > (1 - ARTICLE_SHARE) * total) break;
    }
    this.searchAt = null;
    const after = this.after;
    const dominant = at === this.doc.body ? null : at;
    const source = this.source;
    if (after && source.contains(after)) {
      // The first part cut through the article: it goes on in Readability's element. When that holds
      // less than half of the text (the first chapter of many), in the one holding nearly all of it.
      const whole = (source.textContent?.length ?? 0) >= total / 2;
      this.region = whole || !dominant ? source : commonAncestor(dominant, source);
    } else if (after && dominant && (dominant.contains(after) || dominant.compareDocumentPosition(after) & 2)) {
      // Readability's element ended within the first part (a summary or the start of a page with its
      // bulk further on): the article is what holds nearly all of the text, from where the part ended.
      this.region = dominant;
    } else this.done = true; // nothing holds the bulk of the page after the first part: that was all
  }
}

/**
 * The live element Readability took the article from: the element (or the elements side by side) it
 * kept, as copied from the page. An element Readability made anew stands for its text's place.
 */
function sourceElement(content: Element, copy: PartCopy): Element | null {
  const page = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  const parts = page.id === 'readability-page-1' && !copy.elements.has(page) ? Array.from(page.children) : [page];
  let found: Element | null = null;
  for (const part of parts) {
    const live = copy.elements.get(part) ?? textPlace(part, copy);
    if (live) found = found ? commonAncestor(found, live) : live;
  }
  return found;
}

/** The smallest live element holding every mapped text node under `el`. */
function textPlace(el: Element, copy: PartCopy): Element | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let found: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = copy.toLive.get(node as Text)?.parentElement;
    if (parent) found = found ? commonAncestor(found, parent) : parent;
  }
  return found;
}

function commonAncestor(a: Element, b: Element): Element {
  const above = new Set<Element>();
  for (let at: Element | null = a; at; at = at.parentElement) above.add(at);
  for (let at: Element | null = b; at; at = at.parentElement) if (above.has(at)) return at;
  return a.ownerDocument.body;
}
