import { isLocked, type Policy } from '../core/config/policy';
import type { ReaderSettings } from '../core/config/settings';
import type { Narrator } from '../speech/narrator';
import type { PageControl } from '../ui/control';
import type { SentenceHighlighter } from '../ui/highlight';
import type { Messages } from '../ui/i18n';
import type { ReaderView } from '../ui/reader/reader';
import { TEXT_SIZES } from '../ui/reader/reader-settings-panel';
import { lockedReaderSettings } from './kiosk';
import type { PageSource } from './page-source';
import { loadReaderCode, readerCode, type ReaderViewClass } from './reader-code';
import type { ReadingSession } from './session';

/** What the views share with the player. */
export interface ViewParts {
  doc: Document;
  t: Messages;
  control: PageControl;
  highlighter: SentenceHighlighter;
  narrator: Narrator;
  session: ReadingSession;
  page: PageSource;
  signal: AbortSignal;
  /** The reader's look now, and a change the user made to it (kept and saved by the player). */
  look(): ReaderSettings;
  changeLook(change: Partial<ReaderSettings>): void;
  policy(): Policy;
  /** Runs `next` once a very long page has been read (see PageSource.afterLongRead). */
  afterLongRead(next: () => void): boolean;
  fontUrl?: (path: string) => string;
}

/** Storage echoes each of our own look changes back, late; for this long ours wins over the echo. */
const ECHO_MS = 2000;

/**
 * View switching: the page, Läsläge over it, and Lättläst in it. A reading under way moves with the
 * view to the same place (or the start of the rewritten paragraph); nothing under way, the new view is
 * read from the top next time.
 */
export class Views {
  private reader: ReaderView | null = null;
  private lookChangedAt = -Infinity;
  /** Counts asks for the reader while its script loads: only the last is carried out (null: none). */
  private waitingForCode: number | null = null;

  constructor(private readonly parts: ViewParts) {}

  get showingEasy(): boolean {
    return !!this.reader?.isOpen && this.reader.showingEasy;
  }

  /** The reader while it is open (what it shows, its host, positions in it). */
  get open(): ReaderView | null {
    return this.reader?.isOpen ? this.reader : null;
  }

  /**
   * Opens Läsläge over the page (the control's button, or the popup or shortcut), in its Lättläst view
   * when `easy` (without it, the view last shown); when it is already open, switches to the view asked for.
   */
  openReader(easy?: boolean): void {
    const { control, session, narrator, highlighter, page, t } = this.parts;
    if (this.reader?.isOpen) {
      if (easy !== undefined) this.reader.showEasy(easy);
      return;
    }
    if (this.parts.afterLongRead(() => this.openReader(easy))) return;
    const article = page.reading().article;
    if (!article) {
      control.setStatus(t.readerNoArticle);
      return;
    }
    const View = readerCode();
    if (!View) return this.afterCode(() => this.openReader(easy));
    const fresh = !this.reader;
    this.reader ??= this.makeReader(View);
    this.applyPolicy(this.parts.policy());
    // Reading the page's article: it goes on (or stays paused) at the same sentence in the reader.
    const carry = session.reading?.view === 'page' && narrator.state !== 'idle';
    if (!carry) session.clear();
    control.setDocked(true);
    this.reader.open(article, control.host, easy ?? this.startView(fresh));
    control.setEasy(this.reader.showingEasy);
    highlighter.followWith((range, force) => this.reader?.follow(range, force));
    // A long text is still being drawn: reading goes on on the page, and moves in when it is there
    // (the `shown` handler); carried now, it would find only the title, and start again from the top.
    if (carry && !this.reader.drawingNow && !session.carryTo({ ...this.reader.reading, view: 'reader' }))
      session.clear();
  }

  closeReader(): void {
    this.reader?.close();
  }

  toggleReader(): void {
    if (this.reader?.isOpen) this.reader.close();
    else if (this.waitingForCode !== null)
      this.waitingForCode = null; // pressed again while it loads: not wanted
    else this.openReader();
  }

  /** Brings the reader's script in ahead of use (idle time after the player starts). */
  prepare(): void {
    loadReaderCode().catch(() => undefined);
  }

  /** Kiosk: Lättläst, or back to the article as written when Lättläst is already shown. */
  toggleEasy(): void {
    this.openReader(!this.showingEasy);
  }

  /**
   * Kiosk "Större text": the next text size in the reader (opened if needed), round to the smallest after
   * the largest, since a kiosk has no "smaller" button. The new size is said in the status.
   */
  biggerText(): void {
    const { control, t } = this.parts;
    if (isLocked(this.parts.policy(), 'textSize')) return;
    if (!readerCode()) return this.afterCode(() => this.biggerText());
    if (!this.reader?.isOpen) this.openReader();
    const reader = this.reader as ReaderView | null; // openReader may have made one
    if (!reader?.isOpen) return;
    const current = this.parts.look().textSize;
    const textSize = TEXT_SIZES.find((size) => size > current) ?? TEXT_SIZES[0];
    this.changeLook({ textSize });
    reader.apply(this.parts.look());
    control.setStatus(t.textSizeNow(new Intl.NumberFormat(t.locale, { style: 'percent' }).format(textSize / 100)));
  }

  applyPolicy(policy: Policy): void {
    this.reader?.setLocked(lockedReaderSettings(policy));
    this.reader?.setKiosk(policy.kioskMode);
  }

  /**
   * A look from storage (another tab, the options page): shown, unless the user changed the look here a
   * moment ago, when this is likely the echo of an older change; then ours is kept. Returns what holds.
   */
  takeLook(look: ReaderSettings): ReaderSettings {
    if (Date.now() - this.lookChangedAt <= ECHO_MS) return this.parts.look();
    this.reader?.apply(look);
    return look;
  }

  /** Kiosk reset: a new reader next time, nothing of the last visitor's view (Lättläst, panel, scroll). */
  reset(): void {
    this.reader?.close();
    this.reader?.destroy();
    this.reader = null;
    this.lookChangedAt = -Infinity;
  }

  destroy(): void {
    this.reader?.destroy();
    this.reader = null;
  }

  /** Runs `then` once the reader's script is in, unless asked again or ended meanwhile. */
  private afterCode(then: () => void): void {
    const ask = (this.waitingForCode ?? 0) + 1;
    this.waitingForCode = ask;
    loadReaderCode().then(
      () => {
        if (this.waitingForCode !== ask || this.parts.signal.aborted) return;
        this.waitingForCode = null;
        then();
      },
      () => {
        if (this.waitingForCode !== ask || this.parts.signal.aborted) return;
        this.waitingForCode = null;
        this.parts.control.setStatus(this.parts.t.readerUnavailable);
      },
    );
  }

  private makeReader(View: ReaderViewClass): ReaderView {
    const { doc, t, control, highlighter, session, page } = this.parts;
    return new View(doc, t, this.parts.look(), {
      change: (change) => this.changeLook(change),
      closed: () => {
        control.setDocked(false);
        control.setEasy(false);
        highlighter.followWith(null);
        if (this.parts.signal.aborted) return; // the player is going: nothing to carry
        const back = session.reading?.view === 'reader' ? page.reading() : null;
        if (
          !back?.article ||
          !session.carryTo({ blocks: back.article.blocks, sentences: back.sentences, view: 'page' })
        )
          session.clear();
      },
      // Lättläst on or off: the same place in the other text (the start of a rewritten paragraph).
      shown: () => {
        control.setEasy(!!this.reader?.showingEasy);
        // The page's reading too, when it waited for a long text to be drawn (openReader).
        const from = session.reading?.view;
        const carried = from === 'reader' || (from === 'page' && this.parts.narrator.state !== 'idle');
        if (!this.reader || !carried || !session.carryTo({ ...this.reader.reading, view: 'reader' })) session.clear();
      },
      fontUrl: this.parts.fontUrl,
    });
  }

  /**
   * The view a reader opens in when none is asked for: the policy's start view for a new reader, and
   * every time when staff locked it; otherwise the view shown last (undefined).
   */
  private startView(fresh: boolean): boolean | undefined {
    const policy = this.parts.policy();
    const view = policy.startView;
    if (view && (fresh || isLocked(policy, 'startView'))) return view === 'lattlast';
    return fresh ? false : undefined;
  }

  private changeLook(change: Partial<ReaderSettings>) {
    this.lookChangedAt = Date.now();
    this.parts.changeLook(change);
  }
}
