import { collectBlocks } from '../../core/extract/blocks';
import { articleFragment } from '../../core/extract/sanitize';
import { tagForBlock, type Article, type Block, type Sentence } from '../../core/model';
import { readBlocks } from '../../core/segment/sentences';
import type { ReaderSettings } from '../../core/config/settings';
import {
  simplifyArticle,
  simplifyArticleInSlices,
  WARM_UP_STEPS,
  type SimplifyResult,
} from '../../core/simplify/index';
import type { Messages } from '../i18n';
import { ReaderFonts } from './fonts';
import { ReaderSettingsPanel } from './reader-settings-panel';
import { isLeaving, removeInSlices, sliceNow } from './remove-in-slices';
import { BASE_SIZE, READER_CSS, readerVariables } from './reader-styles';
import { attachClosedShadow, shadowOf } from '../shadow';

/**
 * Läsläge: the article alone, over the page, in a shadow root the page's CSS cannot reach. A modal
 * dialog (named by the title; focus moved in, kept in, and given back on close; the page beneath
 * inert and left where it was scrolled). It renders only the Article model: title, dates, organisation
 * and the DOMPurify-sanitised article HTML. Its blocks map to its own text nodes, so the player reads
 * and highlights here with the same Narrator.
 */

export const READER_TAG = 'lyssna-reader';

/**
 * Past this many characters Lättläst is made in slices: about 50 ms of work on a kiosk-class machine,
 * the most one task may take before the page feels stuck.
 */
export const EASY_IN_SLICES_CHARS = 40_000;

/** A Lättläst text of more blocks than this is drawn in slices too. */
const EASY_DRAWN_AT_ONCE = 400;

function articleChars(article: Article): number {
  let n = 0;
  for (const b of article.blocks) n += b.text.length;
  return n;
}

export interface ReaderHandlers {
  /** The user changed how the reader looks; keep it. */
  change(change: Partial<ReaderSettings>): void;
  /** The reader was closed (Escape, its close button). */
  closed(): void;
  /** What the reader shows changed (Lättläst on or off) while it stays open. */
  shown?(): void;
  /** The extension URL of a bundled file ("fonts/x.woff2"); without it the bundled fonts are not offered. */
  fontUrl?: (path: string) => string;
}

export interface ReaderReading {
  blocks: Block[];
  sentences: Sentence[];
}

export class ReaderView {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly dialog: HTMLElement;
  private readonly page: HTMLElement;
  private readonly dock: HTMLElement;
  private readonly band: HTMLElement;
  /** The toolbar, the settings panel and the docked control, sticky at the top where there is room. */
  private readonly top: HTMLElement;
  private readonly panel: ReaderSettingsPanel;
  private readonly panelButton: HTMLButtonElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly easyButton: HTMLButtonElement;
  /** The hard words' explanations (a fresh holder after each close: see close). */
  private popovers: HTMLElement;
  private article: Article | null = null;
  /** Shown over the page; false from the moment it is closed, though its text may still be leaving. */
  private opened = false;
  /** How many times it was closed: only the last close's clearing out takes the host away. */
  private closings = 0;
  private easy = false;
  private simplified: SimplifyResult | null = null;
  /** A long Lättläst text being drawn in slices (see renderEasy). */
  private drawing: AbortController | null = null;
  /** A long article's Lättläst being made in slices (see prepareEasy). */
  private preparing: { article: Article; stop: AbortController } | null = null;
  private current: ReaderReading = { blocks: [], sentences: [] };
  private restore: Array<() => void> = [];
  private returnFocus: HTMLElement | null = null;
  private readonly fonts: ReaderFonts;
  private userScrolledAt = -Infinity;
  /** When the pointer last rested on or pressed a button or link in the reader (see follow). */
  private aimedAt = -Infinity;
  private programmaticScroll = false;
  private bandAt: number | null = null;
  /**
   * The explanation last opened (one at most is open: each closes the last), known from its events: looked
   * for among the tens of thousands of a 5 MB Lättläst, it took 25 ms in Chromium.
   */
  private explained: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    private settings: ReaderSettings,
    private readonly handlers: ReaderHandlers,
  ) {
    this.fonts = new ReaderFonts(doc, handlers.fontUrl);
    this.host = doc.createElement(READER_TAG);
    this.root = attachClosedShadow(this.host);
    const style = doc.createElement('style');
    style.textContent = READER_CSS;

    this.dialog = doc.createElement('div');
    this.dialog.className = 'reader';
    this.dialog.setAttribute('role', 'dialog');
    this.dialog.setAttribute('aria-modal', 'true');
    this.dialog.setAttribute('aria-labelledby', 'lyssna-reader-title');

    const toolbar = doc.createElement('div');
    toolbar.className = 'toolbar';
    const name = doc.createElement('span');
    name.className = 'name';
    name.textContent = t.reader;
    this.panelButton = this.button(t.readerSettings, 'settings');
    this.panelButton.setAttribute('aria-expanded', 'false');
    this.panelButton.setAttribute('aria-controls', 'lyssna-reader-panel');
    this.closeButton = this.button(t.readerClose, 'close');
    this.easyButton = this.button(t.easyToRead, 'easy');
    this.easyButton.setAttribute('aria-pressed', 'false');
    toolbar.append(name, this.easyButton, this.panelButton, this.closeButton);

    this.panel = new ReaderSettingsPanel(doc, t, (change) => {
      this.apply({ ...this.settings, ...change });
      handlers.change(change);
    });

    this.dock = doc.createElement('div');
    this.dock.className = 'dock';
    this.page = doc.createElement('main');
    this.page.className = 'page';
    this.band = doc.createElement('div');
    this.band.className = 'band';
    this.band.setAttribute('aria-hidden', 'true');
    this.band.hidden = true;
    const top = (this.top = doc.createElement('div'));
    top.className = 'top';
    top.append(toolbar, this.panel.element, this.dock);
    this.popovers = doc.createElement('div');
    this.popovers.className = 'popovers';
    this.dialog.append(top, this.page, this.popovers, this.band);

    const start = this.sentinel();
    const end = this.sentinel();
    start.addEventListener('focus', () => (this.focusables().at(-1) ?? this.closeButton).focus());
    end.addEventListener('focus', () => (this.focusables()[0] ?? this.closeButton).focus());
    this.root.append(style, start, this.dialog, end);

    toolbar.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const button = (event.target as Element | null)?.closest('button');
      if (button === this.closeButton) this.close();
      if (button === this.panelButton) this.togglePanel();
      if (button === this.easyButton) this.showEasy(!this.easy);
    });
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !event.isTrusted || event.defaultPrevented) return;
      if (this.openExplanation()) return; // Escape closes the explanation first (the browser does it)
      event.preventDefault();
      if (!this.panel.element.hidden && this.panel.element.contains(this.root.activeElement)) {
        this.togglePanel();
        this.panelButton.focus();
      } else this.close();
    });
    this.dialog.addEventListener(
      'beforetoggle',
      (event) => {
        const el = event.target as HTMLElement;
        if ((event as ToggleEvent).newState === 'open' && el.classList.contains('explanation')) this.explained = el;
      },
      true, // it does not bubble
    );
    this.dialog.addEventListener('click', this.onLinkClick);
    this.dialog.addEventListener('scroll', this.onScroll, { passive: true });
    this.dialog.addEventListener('pointermove', (event) => {
      if (this.settings.lineFocus > 0 && event.pointerType !== 'touch') this.placeBand(event.clientY);
      if (isControl(event.composedPath()[0])) this.aimedAt = Date.now();
    });
    // A press on a button or link while reading: the text must not move under the pointer between
    // press and release (the click would be lost), so a scroll under way stops where it is.
    this.dialog.addEventListener('pointerdown', (event) => {
      if (!isControl(event.composedPath()[0])) return;
      this.aimedAt = Date.now();
      this.dialog.scrollTo({ top: this.dialog.scrollTop, behavior: 'instant' });
    });
    this.apply(settings);
  }

  /** Settings staff locked: the panel shows them but cannot change them. */
  setLocked(locked: ReadonlySet<keyof ReaderSettings>): void {
    this.panel.setLocked(locked, this.t.lockedByPolicy);
  }

  /** Kiosk: large targets (see reader-styles.ts). */
  setKiosk(kiosk: boolean): void {
    this.dialog.classList.toggle('kiosk', kiosk);
  }

  /** True while the Lättläst view is shown (or will be, on open). */
  get showingEasy(): boolean {
    return this.easy;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** A long text is still being drawn or made (Lättläst): `shown` comes when it is there. */
  get drawingNow(): boolean {
    return this.drawing !== null || this.preparing !== null;
  }

  /** What the reader shows, as reading blocks over its own text nodes. */
  get reading(): ReaderReading {
    return this.current;
  }

  /**
   * Shows the article over the page. `hold` (the Lyssna control) moves into the reader while it is open,
   * so it stays usable in the modal dialog; it goes back where it was on close.
   */
  open(article: Article, hold?: HTMLElement, easy = this.easy): void {
    if (this.opened) return;
    this.opened = true;
    if (article !== this.article) this.simplified = null;
    this.article = article;
    this.setEasyFlag(easy);
    this.render(article);
    if (!easy) this.warmUpEasy();
    this.returnFocus = deepActiveElement(this.doc);
    const win = this.doc.defaultView;
    const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };

    // The page beneath: inert and hidden from assistive technology, and not scrolled by the wheel. On
    // a very long page (drawn a part at a time) making it inert restyles, and hiding its overflow lays
    // out, every element of it (a third of a second each on 5 MB in Firefox): there it is only hidden
    // from assistive technology, focus is kept in the reader by hand, and the wheel stays in the reader
    // by its own overscroll containment.
    const light = article.rawHtmlParts !== undefined;
    const body = this.doc.body ?? this.doc.documentElement;
    for (const el of Array.from(body.children) as HTMLElement[]) {
      if (el === hold || el === this.host) continue;
      const inert = el.inert;
      const hidden = el.getAttribute('aria-hidden');
      if (!light) el.inert = true;
      el.setAttribute('aria-hidden', 'true');
      this.restore.push(() => {
        if (!light) el.inert = inert;
        if (hidden === null) el.removeAttribute('aria-hidden');
        else el.setAttribute('aria-hidden', hidden);
      });
    }
    if (light) {
      const keepFocus = (event: FocusEvent) => {
        const target = event.target as Node | null;
        if (target && (this.host.contains(target) || hold?.contains(target))) return;
        this.root.getElementById('lyssna-reader-title')?.focus();
      };
      this.doc.addEventListener('focusin', keepFocus, true);
      this.restore.push(() => this.doc.removeEventListener('focusin', keepFocus, true));
    } else {
      const root = this.doc.documentElement;
      const overflow = root.style.getPropertyValue('overflow');
      const priority = root.style.getPropertyPriority('overflow');
      root.style.setProperty('overflow', 'hidden', 'important');
      this.restore.push(() => root.style.setProperty('overflow', overflow, priority));
    }
    this.restore.push(() => {
      if (win && (win.scrollX !== scroll.x || win.scrollY !== scroll.y)) win.scrollTo(scroll.x, scroll.y);
    });
    if (hold) {
      const parent = hold.parentNode;
      const next = hold.nextSibling;
      this.dock.append(hold);
      this.restore.push(() => {
        if (parent?.isConnected) parent.insertBefore(hold, next && next.parentNode === parent ? next : null);
      });
    }

    // Still in the page after a close while its old text is being taken out: only brought back into view.
    this.putOutOfView(false);
    if (!this.host.isConnected) body.append(this.host);
    this.scrollToTop();
    this.root.getElementById('lyssna-reader-title')?.focus();
  }

  /**
   * Out of view at once, the page given back and focus returned at once; the text then leaves a slice at
   * a time (remove-in-slices.ts) and the host when it is empty. Taking the host out at once, with 5 MB of
   * Lättläst in it, held the page for 0.13–0.23 s in Chromium and 0.25–0.41 s in Firefox; hiding it by
   * display: none, content-visibility: hidden, opacity or a clip-path made Firefox restyle or rebuild all
   * of that text first (0.1–0.6 s).
   */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.preparing?.stop.abort();
    this.preparing = null;
    this.drawing?.abort();
    this.drawing = null;
    this.putOutOfView(true);
    for (const undo of this.restore.splice(0).reverse()) undo();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
    this.handlers.closed();

    this.openExplanation()?.hidePopover(); // shown in the top layer, it would stay on screen
    // The text first, then the explanations, each in a slice of its own (remove-in-slices.ts); new
    // explanations go in a holder of their own, first, so that their ids are the ones found.
    const explanations = this.popovers;
    this.popovers = this.doc.createElement('div');
    this.popovers.className = 'popovers';
    explanations.before(this.popovers);
    const leaving = [...(Array.from(this.page.children) as HTMLElement[]), explanations];
    const closing = ++this.closings;
    void Promise.all(leaving.map((el) => removeInSlices(el, false))).then(() => {
      if (!this.opened && closing === this.closings) this.host.remove();
    });
    // The first slice at once: the Lyssna control, back in the page, has form fields, and 0.1–0.25 s later
    // Chromium's autofill walks the whole document, the reader's text included (60–160 ms while all of it
    // was there; after a first slice at once, which empties most of the text in Chromium, under 40 ms).
    sliceNow();
  }

  /**
   * The dialog moved below the screen: only its own place changes (nothing of its text is laid out or
   * restyled: 0 ms where a clip-path took 46–104 ms in Firefox). The line-focus band is fixed to the
   * screen, not the dialog, so it is hidden. A shadow host of tabindex -1 takes its whole tree out of the
   * Tab order, and aria-hidden out of what assistive technology reads.
   */
  private putOutOfView(out: boolean) {
    this.dialog.style.top = out ? '200vh' : '';
    this.dialog.style.bottom = out ? '-200vh' : '';
    this.band.hidden = out || this.settings.lineFocus === 0;
    if (out) {
      this.host.tabIndex = -1;
      this.host.setAttribute('aria-hidden', 'true');
    } else {
      this.host.removeAttribute('tabindex');
      this.host.removeAttribute('aria-hidden');
    }
  }

  /** Applies a look (the user's change here, or settings changed in another tab). */
  apply(settings: ReaderSettings): void {
    this.settings = settings;
    for (const [name, value] of Object.entries(readerVariables(settings))) this.dialog.style.setProperty(name, value);
    this.dialog.dataset.theme = settings.theme;
    this.panel.show(settings);
    this.fonts.add(settings.font);
    this.band.hidden = !this.opened || settings.lineFocus === 0;
    if (this.bandAt !== null) this.placeBand(this.bandAt);
  }

  /**
   * Keeps the sentence being read in view inside the reader (the page beneath does not move), and
   * brings the line-focus band to it. Gives way for 4 s after the user scrolls the reader, and while
   * the pointer is on a button or link (the user is about to press it: "explain this word"), unless
   * `force` (reading has just been carried in from the page).
   */
  follow(range: Range, force = false): void {
    const win = this.doc.defaultView;
    // The page's own text, read while a long text is drawn here: nothing here to bring into view.
    if (!win || !this.page.contains(range.startContainer)) return;
    const rect = range.getBoundingClientRect();
    const height = this.dialog.clientHeight;
    // The sticky toolbar and control cover the top of the text; a sentence under them is not in view.
    const covered = Math.max(0, this.top.getBoundingClientRect().bottom);
    let delta = 0;
    const now = Date.now();
    const away = force || (now - this.userScrolledAt >= 4000 && now - this.aimedAt >= AIM_HOLD_MS);
    if (away && (rect.top < Math.max(height * 0.2, covered) || rect.bottom > height * 0.8)) {
      delta = rect.top - Math.max(height / 3, covered + this.lineHeight());
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      this.programmaticScroll = true;
      this.dialog.scrollBy({ top: delta, behavior: reduce ? 'auto' : 'smooth' });
      win.setTimeout(() => (this.programmaticScroll = false), reduce ? 50 : 800);
    }
    if (this.settings.lineFocus > 0) this.placeBand(rect.top - delta + this.lineHeight() / 2);
  }

  /** The text position under a point in the reader (for "click a sentence to read from there"). */
  caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = this.doc as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
        options?: { shadowRoots?: ShadowRoot[] },
      ) => { offsetNode: Node; offset: number } | null;
    };
    const position = d.caretPositionFromPoint?.(x, y, { shadowRoots: [this.root] });
    if (!position || !this.page.contains(position.offsetNode)) return null;
    return { node: position.offsetNode, offset: position.offset };
  }

  destroy(): void {
    this.close();
  }

  /** How the reader's own text is read into blocks: its own text nodes, the nearest lang. */
  private blockOptions(article: Article) {
    const langOf = (node: Text) => node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? article.lang;
    return { toLive: (node: Text) => node, langOf };
  }

  private render(article: Article) {
    this.drawing?.abort();
    this.drawing = null;
    const doc = this.doc;
    const header = doc.createElement('header');
    const title = doc.createElement('h1');
    title.id = 'lyssna-reader-title';
    title.tabIndex = -1;
    title.textContent = article.title;
    const meta = doc.createElement('div');
    meta.className = 'meta';
    const date = (iso: string | null, label: (d: string) => string) => {
      const text = iso && formatDate(iso, this.t.locale);
      if (!text || !iso) return;
      const p = doc.createElement('p');
      const time = doc.createElement('time');
      time.dateTime = iso;
      time.textContent = text;
      const [before, after] = label('\u0000').split('\u0000') as [string, string?];
      p.append(before, time, after ?? '');
      meta.append(p);
    };
    date(article.published, this.t.published);
    date(article.updated, this.t.updated);
    if (article.organisation) {
      const p = doc.createElement('p');
      p.textContent = article.organisation.name;
      meta.append(p);
    }
    header.append(title, ...(meta.childNodes.length ? [meta] : []));

    const body = doc.createElement('div');
    body.className = 'body';
    this.popovers.replaceChildren();
    if (this.easy) this.renderEasy(article, body);
    else if ((article.rawHtmlParts?.length ?? 0) > 1) this.renderInParts(article, body);
    else {
      // article.html is DOMPurify-sanitised by the extractor (no script, style or style attributes);
      // it becomes nodes through DOMPurify again, with the same configuration, never through innerHTML.
      body.append(articleFragment(article.html, doc));
      this.tidy(body, article.title);
    }

    this.page.lang = article.lang;
    // A long text drawn a part at a time leaves a part at a time, hidden meanwhile (remove-in-slices.ts),
    // as does a text still leaving after a close; the rest at once.
    for (const child of Array.from(this.page.children) as HTMLElement[])
      if (child.matches('.body.long') || isLeaving(child)) void removeInSlices(child);
      else child.remove();
    this.page.prepend(header, body);

    const options = this.blockOptions(article);
    const titleBlocks = collectBlocks(title, options).map((b): Block => ({ ...b, kind: 'title' }));
    const blocks = [...titleBlocks, ...collectBlocks(body, options)];
    this.current = { blocks, sentences: readBlocks(blocks) };
  }

  /**
   * The article as the site wrote it, made the reader's: its title (when given) not twice, images lazy,
   * no classes.
   */
  private tidy(body: HTMLElement, title: string | null) {
    const first = title === null ? null : body.querySelector('h1, h2');
    if (first && collapse(first.textContent ?? '') === collapse(title ?? '')) first.remove();
    for (const img of Array.from(body.querySelectorAll('img'))) img.loading = 'lazy';
    // The site's class names mean nothing here, and must not meet the reader's own styles.
    for (const el of Array.from(body.querySelectorAll('[class]'))) el.removeAttribute('class');
  }

  /** A very long page's article, drawn a part at a time (each sanitised on its own). */
  private renderInParts(article: Article, body: HTMLElement) {
    const parts = article.rawHtmlParts ?? [];
    this.drawInSlices(article, body, this.t.longTextShown, parts.length, (index, slice) => {
      const holder = this.doc.createElement('div');
      holder.append(articleFragment(parts[index]!, this.doc));
      this.tidy(holder, index === 0 ? article.title : null);
      slice.append(holder);
      return holder;
    });
  }

  /**
   * Draws `count` pieces into `body` in slices of about 25 ms, each slice in a part of its own (laid
   * out only when it comes into view, reader-styles.ts), each piece's sentences read as it is drawn;
   * the reading is handed over (the `shown` handler) when the whole text is there.
   */
  private drawInSlices(
    article: Article,
    body: HTMLElement,
    saying: string,
    count: number,
    draw: (index: number, slice: HTMLElement) => HTMLElement | null,
  ) {
    const doc = this.doc;
    const status = this.preparingNote(body, saying);
    body.classList.add('long');
    const options = this.blockOptions(article);
    this.drawing?.abort();
    const stop = (this.drawing = new AbortController());
    void (async () => {
      // The page first, and render() first: it reads the title and the notes above the text.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stop.signal.aborted) return;
      const blocks = this.current.blocks.filter((b) => !b.runs.some((r) => r.node.parentElement === status));
      const sentences = readBlocks(blocks);
      let i = 0;
      while (i < count) {
        const slice = doc.createElement('div');
        slice.className = 'part';
        body.append(slice);
        const began = performance.now();
        while (i < count && performance.now() - began < 25) {
          const el = draw(i++, slice);
          if (!el) continue;
          for (const b of collectBlocks(el, options)) {
            sentences.push(...readBlocks([b], blocks.length));
            blocks.push(b);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (stop.signal.aborted) return;
      }
      status.remove();
      this.current = { blocks, sentences };
      this.drawing = null;
      this.handlers.shown?.();
    })();
  }

  /** Shows the article (false) or its Lättläst view (true); the toolbar button and the popup use it. */
  showEasy(easy: boolean): void {
    if (easy === this.easy) return;
    this.setEasyFlag(easy);
    if (!this.isOpen || !this.article) return;
    this.render(this.article);
    this.scrollToTop();
    if (!this.drawing) this.handlers.shown?.(); // a long text says so itself when it is drawn
  }

  private setEasyFlag(easy: boolean) {
    this.easy = easy;
    this.easyButton.setAttribute('aria-pressed', String(easy));
  }

  /**
   * Lättläst: the simplified article as text only (one sentence a line), "Det viktigaste" first, LIX
   * before and after, hard words with a button that shows what they mean, and the site's own
   * easy-to-read page when it has one. Nothing here is parsed as HTML.
   */
  private renderEasy(article: Article, body: HTMLElement) {
    const doc = this.doc;
    const t = this.t;
    if (!this.simplified && articleChars(article) > EASY_IN_SLICES_CHARS) {
      this.prepareEasy(article, body);
      return;
    }
    const result = (this.simplified ??= simplifyArticle(article));
    body.classList.add('easy');
    const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
    const lix = (l: SimplifyResult['lix']['before']) =>
      t.lixValue(number.format(l.value), t.lixBands[l.band] ?? l.band);
    const note = doc.createElement('p');
    note.className = 'note';
    note.textContent = t.lix(lix(result.lix.before), lix(result.lix.after));
    body.append(note);
    const site = article.easyToReadUrl;
    if (site && /^https?:\/\//i.test(site)) {
      const p = doc.createElement('p');
      p.className = 'note';
      const link = doc.createElement('a');
      link.href = site;
      link.textContent = t.siteEasyToReadLink;
      p.append(`${t.siteEasyToRead} `, link);
      body.append(p);
    }
    if (result.keyPoints.length) {
      const section = doc.createElement('section');
      section.className = 'key-points';
      const heading = doc.createElement('h2');
      heading.textContent = t.keyPoints;
      const list = doc.createElement('ul');
      for (const point of result.keyPoints) {
        const li = doc.createElement('li');
        li.textContent = point;
        list.append(li);
      }
      section.append(heading, list);
      body.append(section);
    }
    const hitsOf = new Map<number, SimplifyResult['glossary']>();
    for (const hit of result.glossary) hitsOf.set(hit.block, [...(hitsOf.get(hit.block) ?? []), hit]);
    let list: HTMLElement | null = null;
    let target = body;
    const add = (index: number) => {
      const block = result.article.blocks[index]!;
      if (block.kind === 'title') return null;
      const tag = tagForBlock(block.kind);
      const el = doc.createElement(tag);
      if (block.lang !== article.lang) el.lang = block.lang;
      this.withTerms(el, block.text, hitsOf.get(index) ?? [], index);
      if (tag === 'li') {
        if (!list) target.append((list = doc.createElement('ul')));
        list.append(el);
      } else {
        list = null;
        target.append(el);
      }
      return el;
    };
    const count = result.article.blocks.length;
    if (count <= EASY_DRAWN_AT_ONCE) {
      for (let i = 0; i < count; i++) add(i);
      return;
    }
    // A long text is drawn in slices; a new slice starts a list of its own.
    this.drawInSlices(article, body, t.easyPreparing, count, (index, slice) => {
      if (slice !== target) {
        target = slice;
        list = null;
      }
      return add(index);
    });
  }

  /**
   * A long article's Lättläst is made in slices (simplifyArticleInSlices), so the page never freezes:
   * meanwhile the view says so; when it is ready, and the reader still shows this article in
   * Lättläst, it is drawn and the reading position follows (the `shown` handler).
   */
  private prepareEasy(article: Article, body: HTMLElement) {
    this.preparingNote(body);
    if (this.preparing?.article === article) return;
    this.preparing?.stop.abort();
    const stop = new AbortController();
    this.preparing = { article, stop };
    simplifyArticleInSlices(article, {}, { signal: stop.signal }).then(
      (result) => {
        if (this.preparing?.stop !== stop) return;
        this.preparing = null;
        if (this.article !== article) return;
        this.simplified = result;
        if (!this.isOpen || !this.easy) return;
        this.render(article);
        if (!this.drawing) this.handlers.shown?.(); // a long text says so itself when it is drawn
      },
      () => {
        if (this.preparing?.stop === stop) this.preparing = null;
      },
    );
  }

  /** The status line "Lättläst förbereds …" (or `text`) at the end of `body` (a screen reader hears it). */
  private preparingNote(body: HTMLElement, text = this.t.easyPreparing): HTMLElement {
    const note = this.doc.createElement('p');
    note.className = 'note';
    note.setAttribute('role', 'status');
    note.textContent = text;
    body.append(note);
    return note;
  }

  /** Lättläst's one-time work, a step per idle moment, so its first press is quick. */
  private warmUpEasy() {
    const win = this.doc.defaultView as (Window & { requestIdleCallback?: (cb: () => void) => number }) | null;
    if (!win) return;
    const later = (step: () => void) =>
      win.requestIdleCallback ? win.requestIdleCallback(step) : win.setTimeout(step, 200);
    for (const step of WARM_UP_STEPS) later(step);
  }

  /** The text of a block with each glossary term followed by a button that shows what it means. */
  private withTerms(el: HTMLElement, text: string, hits: SimplifyResult['glossary'], block: number) {
    const doc = this.doc;
    let at = 0;
    hits
      .slice()
      .sort((a, b) => a.start - b.start)
      .forEach((hit, n) => {
        if (hit.start < at) return;
        appendLines(el, text.slice(at, hit.start));
        const term = doc.createElement('span');
        term.className = 'term';
        term.textContent = text.slice(hit.start, hit.end);
        const id = `lyssna-term-${block}-${n}`;
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'explain';
        button.textContent = '?';
        button.setAttribute('aria-label', this.t.explain(hit.term));
        button.setAttribute('popovertarget', id);
        const popover = doc.createElement('div');
        popover.id = id;
        popover.className = 'explanation';
        popover.setAttribute('popover', '');
        popover.setAttribute('role', 'note');
        const strong = doc.createElement('strong');
        strong.textContent = hit.term;
        popover.append(strong, `: ${hit.explanation}`);
        this.popovers.append(popover);
        el.append(term, button);
        at = hit.end;
      });
    appendLines(el, text.slice(at));
  }

  /** The explanation shown, if any. */
  private openExplanation(): HTMLElement | null {
    const el = this.explained;
    try {
      return el?.isConnected && el.matches(':popover-open') ? el : null;
    } catch {
      return null; // a browser without popovers
    }
  }

  private togglePanel() {
    const hidden = !this.panel.element.hidden;
    this.panel.element.hidden = hidden;
    this.panelButton.setAttribute('aria-expanded', String(!hidden));
  }

  private lineHeight(): number {
    return ((BASE_SIZE * this.settings.textSize) / 100) * this.settings.lineSpacing;
  }

  private placeBand(centre: number) {
    this.bandAt = centre;
    if (this.settings.lineFocus === 0) return;
    const height = this.lineHeight() * this.settings.lineFocus;
    this.band.style.height = `${height}px`;
    this.band.style.top = `${Math.round(centre - height / 2)}px`;
  }

  private focusables(): HTMLElement[] {
    return Array.from(
      this.dialog.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), select, input, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ).filter((el) => !el.closest('[hidden]'));
  }

  private sentinel(): HTMLElement {
    const el = this.doc.createElement('div');
    el.className = 'sentinel';
    el.tabIndex = 0;
    return el;
  }

  private button(label: string, name: string): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.dataset.reader = name;
    button.textContent = label;
    return button;
  }

  /** A new text starts at its top; that scroll is ours, not the user's. */
  private scrollToTop() {
    if (this.dialog.scrollTop === 0) return;
    this.programmaticScroll = true;
    this.dialog.scrollTop = 0;
    this.doc.defaultView?.setTimeout(() => (this.programmaticScroll = false), 100);
  }

  private readonly onScroll = () => {
    if (!this.programmaticScroll) this.userScrolledAt = Date.now();
  };

  /** A link to a place on the same page scrolls the reader there (it would move the page beneath). */
  private readonly onLinkClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link) return;
    event.preventDefault();
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const target = id ? this.root.getElementById(id) : null;
    target?.scrollIntoView({ block: 'start' });
  };
}

/**
 * Text with each line break as a <br>: Lättläst puts one sentence a line. Not by `white-space:
 * pre-line`: the first text drawn that way made Firefox restyle and lay out the whole document once,
 * the page beneath included (0.6-0.9 s on a 5 MB page).
 */
function appendLines(el: HTMLElement, text: string) {
  text.split('\n').forEach((line, i) => {
    if (i > 0) el.append(el.ownerDocument.createElement('br'));
    if (line) el.append(line);
  });
}

/** After the pointer rests on a button or link, following the reading waits this long to scroll. */
const AIM_HOLD_MS = 1500;

/** A button or link, which the text must not move away from while the user aims at it. */
function isControl(target: EventTarget | undefined): boolean {
  const el = target as Element | undefined;
  return typeof el?.closest === 'function' && el.closest('button, a[href], select, input, summary') !== null;
}

/** "2024-03-14" → "14 mars 2024" (in the UI's language), or null for a date that is not one. */
export function formatDate(iso: string, locale: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The focused element, inside shadow roots too (so focus can go back to a button in the control). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  for (let root = shadowOf(el); root?.activeElement; root = shadowOf(el)) el = root.activeElement;
  return el instanceof HTMLElement || (el && 'focus' in el) ? (el as HTMLElement) : null;
}
