/**
 * Highlights the sentence being read. Where the browser has the CSS Custom Highlight API the page's DOM
 * is left untouched; elsewhere boxes are drawn over the text from the range's client rects, inside our
 * own shadow root. The page scrolls to follow, unless the user has just scrolled it themselves.
 */

export const SENTENCE_HIGHLIGHT = 'lyssna-sentence';
export const WORD_HIGHLIGHT = 'lyssna-word';

// The word mark is darker than the sentence mark and underlined, so it is not told by colour alone.
const PAGE_CSS = `::highlight(${SENTENCE_HIGHLIGHT}) { background-color: #ffd84d; color: #000000; }
::highlight(${WORD_HIGHLIGHT}) { background-color: #f59e0b; color: #000000; text-decoration: underline 2px; }`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The document's highlight registry and the Highlight constructor to fill it, where the browser has them. */
function highlightApi(doc: Document): { registry: HighlightRegistry | null; ctor: HighlightCtor | null } {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor }) | null;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } } | null)?.CSS?.highlights ?? null;
  return { registry, ctor: registry ? (win?.Highlight ?? null) : null };
}

/** Text in a shadow root of ours (the reader) rather than in the page itself. */
function inOwnView(range: Range | undefined): boolean {
  const node = range?.startContainer;
  return !!node && node.getRootNode() !== node.ownerDocument;
}

export class SentenceHighlighter {
  private registry: HighlightRegistry | null;
  private HighlightCtor: HighlightCtor | null;
  /** Whose registry holds the highlight: the page's, or a same-origin frame's when the article is in one. */
  private shownIn: Document;
  private overlay: HTMLElement | null = null;
  private style: HTMLStyleElement | null = null;
  private current: Range[] = [];
  private userScrolledAt = -Infinity;
  private programmaticScroll = false;
  private follower: ((range: Range, force: boolean) => void) | null = null;
  /** Boxes drawn over the text even where the Highlight API exists (see `drawBoxes`). */
  private boxes = false;

  constructor(
    private readonly doc: Document,
    private readonly overlayParent: ShadowRoot,
  ) {
    const win = doc.defaultView;
    ({ registry: this.registry, ctor: this.HighlightCtor } = highlightApi(doc));
    this.shownIn = doc;
    win?.addEventListener('scroll', this.onScroll, { passive: true });
    win?.addEventListener('resize', this.redraw, { passive: true });
  }

  /**
   * On a very long page: the Highlight API needs a style sheet in the page, and adding one makes the
   * browser work out the style of every element again (0.8 s on a 10 MB page in Chromium, 0.3 s in
   * Firefox), while boxes in our own shadow root cost nothing. Without the word highlight on the page;
   * the reader, with highlight styles of its own, is painted as ever.
   */
  drawBoxes(boxes: boolean): void {
    if (boxes === this.boxes) return;
    this.clear();
    this.boxes = boxes;
  }

  /**
   * The browser paints the highlight of this text (the Highlight API), rather than us drawing boxes:
   * always in the reader, whose shadow root carries its own highlight styles.
   */
  private paints(range: Range | undefined): boolean {
    return this.registry !== null && this.HighlightCtor !== null && (!this.boxes || inOwnView(range));
  }

  show(ranges: Range[]): void {
    this.useDocumentOf(ranges[0]);
    this.current = ranges;
    this.registry?.delete(WORD_HIGHLIGHT);
    if (this.paints(ranges[0]) && this.registry && this.HighlightCtor) {
      if (!inOwnView(ranges[0])) this.ensurePageStyle();
      this.overlay?.replaceChildren();
      this.registry.set(SENTENCE_HIGHLIGHT, new this.HighlightCtor(...ranges));
    } else {
      this.registry?.delete(SENTENCE_HIGHLIGHT);
      this.redraw();
    }
    this.follow(ranges[0]);
  }

  /** The word being said, inside the current sentence (only where the Highlight API paints). */
  showWord(ranges: Range[]): void {
    if (ranges[0]) this.useDocumentOf(ranges[0]);
    if (!this.paints(ranges[0] ?? this.current[0]) || !this.registry || !this.HighlightCtor) return;
    if (ranges.length === 0) this.registry.delete(WORD_HIGHLIGHT);
    else this.registry.set(WORD_HIGHLIGHT, new this.HighlightCtor(...ranges));
  }

  /** Somewhere else keeps the sentence in view (the reader view scrolls itself); null: the page. */
  followWith(follower: ((range: Range, force: boolean) => void) | null): void {
    this.follower = follower;
  }

  /**
   * Brings the sentence into view even if the user scrolled a moment ago: reading has just moved to
   * another view (the reader opened or closed), so the place must be found again.
   */
  reveal(): void {
    this.follow(this.current[0], true);
  }

  clear(): void {
    this.current = [];
    this.registry?.delete(SENTENCE_HIGHLIGHT);
    this.registry?.delete(WORD_HIGHLIGHT);
    this.overlay?.replaceChildren();
  }

  destroy(): void {
    this.clear();
    this.style?.remove();
    this.overlay?.remove();
    const win = this.doc.defaultView;
    win?.removeEventListener('scroll', this.onScroll);
    win?.removeEventListener('resize', this.redraw);
  }

  /** The ranges' document: the page's, or a same-origin frame's (each document paints its own highlights). */
  private useDocumentOf(range: Range | undefined) {
    const doc = range?.startContainer.ownerDocument ?? this.doc;
    if (doc === this.shownIn) return;
    this.registry?.delete(SENTENCE_HIGHLIGHT);
    this.registry?.delete(WORD_HIGHLIGHT);
    ({ registry: this.registry, ctor: this.HighlightCtor } = highlightApi(doc));
    this.shownIn = doc;
    this.style = null;
  }

  private ensurePageStyle() {
    if (this.style?.isConnected) return;
    const doc = this.shownIn;
    this.style = doc.createElement('style');
    this.style.dataset.lyssna = 'highlight';
    this.style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(this.style);
  }

  private readonly redraw = () => {
    if (this.paints(this.current[0])) return;
    if (!this.overlay) {
      this.overlay = this.doc.createElement('div');
      this.overlay.setAttribute('aria-hidden', 'true');
      this.overlay.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;z-index:2147483646';
      this.overlayParent.append(this.overlay);
    }
    const win = this.doc.defaultView;
    const boxes = this.current
      .flatMap((r) => Array.from(r.getClientRects()))
      .map((rect) => {
        const box = this.doc.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + (win?.scrollX ?? 0)}px;top:${rect.top + (win?.scrollY ?? 0)}px;width:${rect.width}px;height:${rect.height}px;background:rgba(255,216,77,.55);outline:2px solid #7a5d00;border-radius:2px`;
        return box;
      });
    this.overlay.replaceChildren(...boxes);
  };

  private readonly onScroll = () => {
    if (this.programmaticScroll) return;
    this.userScrolledAt = Date.now();
    if (!this.paints(this.current[0])) this.redraw();
  };

  /** Brings the sentence into view, but gives way for 4 s after the user scrolls on their own. */
  private follow(range: Range | undefined, force = false) {
    if (range && this.follower) return this.follower(range, force);
    const win = this.doc.defaultView;
    if (!range || !win || (!force && Date.now() - this.userScrolledAt < 4000)) return;
    const rect = range.getBoundingClientRect();
    // Text in a same-origin frame: its place on the page is the frame's place plus its place in the frame.
    const frame = range.startContainer.ownerDocument?.defaultView?.frameElement;
    const shift = frame && frame.ownerDocument === this.doc ? frame.getBoundingClientRect().top : 0;
    const top = rect.top + shift;
    const margin = win.innerHeight * 0.2;
    if (top >= margin && rect.bottom + shift <= win.innerHeight - margin) return;
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.programmaticScroll = true;
    win.scrollBy({ top: top - win.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    win.setTimeout(() => (this.programmaticScroll = false), reduce ? 50 : 800);
  }
}
