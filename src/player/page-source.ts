import type { PageKindResult } from '../core/detect/article-page';
import { normaliseLang } from '../core/extract/extract';
import { blocksFromRange } from '../core/extract/selection';
import type { Block, Sentence } from '../core/model';
import { isLongText } from '../core/extract/part-copy';
import { LongReading } from '../core/long-reading';
import { readBlocks, readPage, type PageReading } from '../core/pipeline';
import { frameDocuments } from '../core/detect/frames';
import { createRegistry, type Registry } from '../core/detect/registry';
import { whenIdle } from './when-idle';

/** The most time one step of reading a very long page in may take before the tab gets a turn. */
const SLICE_MS = 40;

/** Someone waiting for a very long page: to start speaking (`whole` false) or for all of it. */
interface Waiter {
  whole: boolean;
  next: () => void;
}

/** A part of a very long page was read in: `added` sentences at the end of `sentences`. */
export type Growth = (sentences: readonly Sentence[], added: readonly Sentence[], complete: boolean) => void;

/**
 * The page's own article, read once through the pipeline and kept: the reading keeps to what was
 * extracted even if the page changes later. A very long page is read only when the user asks, after a
 * message has been painted.
 */
export class PageSource {
  private page: PageReading | null = null;
  private long: boolean | undefined;
  /** The body's text length, measured with `long`. */
  /** A very long page being read in a part at a time, until it is complete. */
  private growing: LongReading | null = null;
  /** Each read-in of a long page has its number; a later one (or a change of the page) ends the older. */
  private generation = 0;
  private stepping = false;
  private waiters: Waiter[] = [];
  private readonly growth = new Set<Growth>();

  constructor(
    private readonly doc: Document,
    private url: string,
    /** Staff may name more public-sector sites than the built-in registry knows. */
    private readonly extraDomains: () => readonly string[],
    /** The detector's verdict on the page's kind, when it already ran: detection runs once. */
    private pageKind?: PageKindResult,
  ) {}

  /** More text than `LONG_PAGE_CHARS`: read only when asked, a part at a time. */
  get isLong(): boolean {
    this.long ??= !!this.doc.body && isLongText(this.doc.body);
    return this.long;
  }

  /** The page as read so far, or null when it has not been read (or changed since). */
  get cached(): PageReading | null {
    return this.page;
  }

  /** The detector judged the page an article (it has not been read yet, perhaps). */
  get knownArticle(): boolean {
    return this.pageKind?.kind === 'article';
  }

  /** The whole page has been read (a very long one may still be being read in). */
  get complete(): boolean {
    return this.page !== null && this.growing === null;
  }

  /** `growth` hears of each later part of a very long page read in. */
  onGrowth(growth: Growth): void {
    this.growth.add(growth);
  }

  /** The page's text changed: it is read again when next needed. */
  invalidate(): void {
    this.page = null;
    this.long = undefined;
    this.stopReadingIn();
    if (this.waiters.length > 0) this.readIn(); // asked for before the change: read what is there now
  }

  /** A single-page site moved to another address: a new page, whose kind nobody has judged yet. */
  moveTo(url: string): void {
    this.waiters = [];
    this.invalidate();
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
    // The first sentence's spoken form too (abbreviations, units: the rules' first run is the
    // slowest), so that a press of Lyssna only has to send it.
    whenIdle(this.doc, () => void this.reading().sentences[0]?.speech, { timeoutMs: 2000, fallbackMs: 200, signal });
  }

  reading(): PageReading {
    if (!this.page) {
      const registry = this.registry();
      const page = readPage(this.doc, this.url, { registry, pageKind: this.pageKind });
      // A page that is no article itself (a frame around one) is read from its frame when that has one.
      this.page = page.article && page.detection.articlePage ? page : (this.fromFrames(registry) ?? page);
    }
    return this.page;
  }

  /** The built-in registry, or one with the sites staff added too. */
  private registry(): Registry | undefined {
    const extra = this.extraDomains();
    return extra.length > 0 ? createRegistry(extra.map((domain) => ({ domain }))) : undefined;
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
   * On a very long page not read yet (or, with `whole`, not read to its end): calls `saying` (to show
   * that it is being read), lets that be painted, and reads the page in a part at a time, in steps of
   * at most about SLICE_MS; `next` runs once the first part is read (once all of it is, with `whole`).
   * Returns true. Otherwise returns false and the caller goes on at once. A second call while reading
   * is under way is the same request: one start is enough.
   */
  afterLongRead(saying: () => void, next: () => void, signal: AbortSignal, whole = false): boolean {
    if (!this.isLong || (this.page && (!whole || !this.growing))) return false;
    if (this.waiters.some((w) => w.whole === whole)) return true;
    saying();
    this.waiters.push({ whole, next: () => signal.aborted || next() });
    this.readIn();
    return true;
  }

  /** Stop, close or a kiosk reset: nothing asked for earlier starts after all, and reading in stops. */
  cancel(): void {
    this.waiters = [];
    if (this.growing) this.page = null; // a page read only in part is read again when next asked for
    this.stopReadingIn();
  }

  private stopReadingIn() {
    this.generation++;
    this.growing = null;
    this.stepping = false;
  }

  /** Reads a very long page in: the first part after the next paint, then a step at a time. */
  private readIn() {
    if (this.stepping) return;
    this.stepping = true;
    const generation = this.generation;
    const win = this.doc.defaultView;
    const later = (step: () => void) => (win ? win.setTimeout(step, 0) : step());
    const current = () => generation === this.generation;
    const step = () => {
      if (!current()) return;
      const reading = this.growing;
      if (!reading) return this.release();
      const added: Sentence[] = [];
      const started = performance.now();
      // The first step (the first part's sentences) is a task of its own: speech starts right after it.
      const first = this.page === null;
      // Another step only when one as long as the longest in this task still fits in the slice: a task
      // ends near the slice instead of overrunning it by a whole step.
      let longest = 0;
      for (;;) {
        const before = performance.now();
        added.push(...reading.step());
        const now = performance.now();
        longest = Math.max(longest, now - before);
        if (first || reading.complete || now - started + longest > SLICE_MS) break;
      }
      this.page ??= reading.page;
      if (reading.complete) this.growing = null;
      for (const growth of this.growth) growth(reading.page.sentences, added, reading.complete);
      this.release();
      if (reading.complete) this.stepping = false;
      else later(step);
    };
    const first = () => {
      if (!current()) return;
      if (!this.page) {
        this.growing = LongReading.start(this.doc, this.url, {
          registry: this.registry(),
          pageKind: this.pageKind,
        });
        // No article in its first part: only the whole page can tell (a page of frames, a long index).
        if (!this.growing) this.reading();
      }
      if (this.growing) return later(step);
      this.stepping = false;
      this.release();
    };
    if (win) win.requestAnimationFrame(() => win.setTimeout(first, 0));
    else first();
  }

  /** Lets those go on who waited for what has been read now. */
  private release() {
    const ready = this.waiters.filter((w) => !w.whole || !this.growing);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.next();
  }
}
