import type { PageKindResult } from '../core/detect/article-page';
import { normaliseLang } from '../core/extract/extract';
import { blocksFromRange } from '../core/extract/selection';
import type { Block, Sentence } from '../core/model';
import { readBlocks, readPage, type PageReading } from '../core/pipeline';
import { frameDocuments } from '../core/detect/frames';
import { createRegistry, type Registry } from '../core/detect/registry';

/**
 * Text length above which reading the page holds up the tab for seconds (in Chromium about 0.8 s a
 * million characters, in Firefox more): such a page is read only when asked, after a message.
 */
export const LONG_PAGE_CHARS = 400_000;

/**
 * The page's own article, read once through the pipeline and kept: the reading keeps to what was
 * extracted even if the page changes later. A very long page is read only when the user asks, after a
 * message has been painted.
 */
export class PageSource {
  private page: PageReading | null = null;
  private long: boolean | undefined;
  /** A very long page is being read before Lyssna starts or the reader opens; `cancel` drops it. */
  private pending: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private url: string,
    /** Staff may name more public-sector sites than the built-in registry knows. */
    private readonly extraDomains: () => readonly string[],
    /** The detector's verdict on the page's kind, when it already ran: detection runs once. */
    private pageKind?: PageKindResult,
  ) {}

  get isLong(): boolean {
    this.long ??= (this.doc.body?.textContent?.length ?? 0) > LONG_PAGE_CHARS;
    return this.long;
  }

  /** The page as read so far, or null when it has not been read (or changed since). */
  get cached(): PageReading | null {
    return this.page;
  }

  /** The page's text changed: it is read again when next needed. */
  invalidate(): void {
    this.page = null;
    this.long = undefined;
  }

  /** A single-page site moved to another address: a new page, whose kind nobody has judged yet. */
  moveTo(url: string): void {
    this.invalidate();
    this.pending = null;
    this.url = url;
    this.pageKind = undefined;
  }

  /** The detector's verdict arrived with its offer: used instead of classifying the page again. */
  usePageKind(pageKind: PageKindResult): void {
    this.pageKind ??= pageKind;
  }

  /**
   * Reads the page when the browser is idle, so that pressing Lyssna starts speech at once. Not a very
   * long page: reading it unasked would freeze the page the user is looking at.
   */
  readWhenIdle(signal: AbortSignal): void {
    if (this.isLong) return;
    const read = () => {
      if (signal.aborted) return;
      // The first sentence's spoken form too (abbreviations, units: the rules' first run is the
      // slowest), so that a press of Lyssna only has to send it.
      void this.reading().sentences[0]?.speech;
    };
    const win = this.doc.defaultView as
      (Window & { requestIdleCallback?: (cb: () => void, o?: object) => number }) | null;
    if (win?.requestIdleCallback) win.requestIdleCallback(read, { timeout: 2000 });
    else win?.setTimeout(read, 200);
  }

  reading(): PageReading {
    if (!this.page) {
      const extra = this.extraDomains();
      const registry = extra.length > 0 ? createRegistry(extra.map((domain) => ({ domain }))) : undefined;
      const page = readPage(this.doc, this.url, { registry, pageKind: this.pageKind });
      // A page that is no article itself (a frame around one) is read from its frame when that has one.
      this.page = page.article && page.detection.articlePage ? page : (this.fromFrames(registry) ?? page);
    }
    return this.page;
  }

  /** A page with no article of its own whose article is in a same-origin frame (the largest shown first). */
  private fromFrames(registry: Registry | undefined): PageReading | null {
    for (const doc of frameDocuments(this.doc)) {
      const page = readPage(doc, doc.URL, { registry });
      if (page.article && page.sentences.length > 0) return page;
    }
    return null;
  }

  /** The user's selection on the page, read exactly: its blocks and sentences (none when nothing is selected). */
  selection(): { blocks: Block[]; sentences: Sentence[] } {
    const selection = this.doc.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    if (!range) return { blocks: [], sentences: [] };
    // The article's language; a very long page is not read in just for that, its own lang attribute does.
    const article = this.page || !this.isLong ? this.reading().article : null;
    const lang = article?.lang ?? (normaliseLang(this.doc.documentElement.lang) || 'sv');
    const blocks = blocksFromRange(range, lang);
    return { blocks, sentences: readBlocks(blocks) };
  }

  /**
   * On a very long page not read yet: calls `saying` (to show that it is being read), lets that be
   * painted, reads the page, then runs `next`; returns true. Otherwise returns false and the caller goes
   * on at once. A second call while reading is under way is the same request: one start is enough.
   */
  afterLongRead(saying: () => void, next: () => void, signal: AbortSignal): boolean {
    if (this.page || !this.isLong) return false;
    if (this.pending) return true;
    saying();
    const go = () => {
      if (this.pending !== go || signal.aborted) return; // stopped or closed meanwhile
      this.pending = null;
      this.reading();
      next();
    };
    this.pending = go;
    const win = this.doc.defaultView;
    if (win) win.requestAnimationFrame(() => win.setTimeout(go, 0));
    else go();
    return true;
  }

  /** Stop, close or a kiosk reset: a long read asked for earlier does not start after all. */
  cancel(): void {
    this.pending = null;
  }
}
