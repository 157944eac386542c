import { normaliseLang } from '../core/extract/extract';
import { blocksFromRange } from '../core/extract/selection';
import type { Block, Sentence } from '../core/model';
import { isLocked, NO_POLICY, type Policy } from '../core/config/policy';
import { readPage, type PageReading } from '../core/pipeline';
import { createRegistry } from '../core/detect/registry';
import { sentencesOf } from '../core/segment/sentences';
import type { ReaderSettings, Settings, SettingsChange } from '../core/config/settings';
import type { SpeechEngine } from '../speech/engine';
import { Narrator, type NarratorEvent } from '../speech/narrator';
import { speaksLanguage } from '../speech/voice-choice';
import { voicesWithin } from '../speech/voices-within';
import { PageControl, type ControlAction } from '../ui/control';
import { SentenceHighlighter } from '../ui/highlight';
import { languageName, messages, operatingSystem, uiLanguage, type Messages } from '../ui/i18n';
import { rangesFor, sentenceAt, writtenWord } from '../ui/ranges';
import { ReaderView } from '../ui/reader/reader';
import { TEXT_SIZES } from '../ui/reader/reader-settings-panel';
import { carryPosition } from './carry';
import { paragraphStart } from './paragraphs';
import { secondsLeft } from './time-left';

/**
 * Text length above which reading the page holds up the tab for seconds (in Chromium about 0.8 s a
 * million characters, in Firefox more): such a page is read only when asked, after a message.
 */
export const LONG_PAGE_CHARS = 400_000;

/** What is being read, and where it is shown: the page's article, a selection, or Läsläge (its own DOM). */
interface Reading {
  blocks: readonly Block[];
  sentences: Sentence[];
  view: 'page' | 'selection' | 'reader';
}

export interface PlayerHooks {
  /** Called when this player starts speaking (so other tabs can be told to pause). */
  speaking?: () => void;
  /** The user changed speed, volume or voice here; keep it for next time. */
  saveSettings?: (change: SettingsChange) => void;
  /** The extension URL of a bundled file (the reader's fonts). */
  fontUrl?: (path: string) => string;
  /** Speech started (true) or ended (false): a kiosk visitor who listens is not idle. */
  listening?: (speaking: boolean) => void;
}

/**
 * The player on a page: extracts the article once, shows the control, and drives the Narrator from the
 * user's presses. Extraction happens when the page is idle after the control appears, so pressing
 * Lyssna starts speech at once (a very long page is read only when asked, with a message first); the
 * reading keeps to what was extracted even if the page changes.
 */
export class PagePlayer {
  private page: PageReading | null = null;
  private reading: Reading | null = null;
  private readonly control: PageControl;
  private readonly highlighter: SentenceHighlighter;
  private readonly narrator: Narrator;
  private readonly t: Messages;
  private readonly ui;
  private readonly cleanups: Array<() => void> = [];
  /** Läsläge, once opened; while it is open, Lyssna reads what it shows. */
  private reader: ReaderView | null = null;
  private readerChangedAt = -Infinity;
  /** The last pause was the user's own (not another tab's speech cutting ours off). */
  private pausedByUser = false;
  private longPage: boolean | undefined;
  /** A very long page is being read before Lyssna starts or the reader opens; Stop cancels it. */
  private preparing = false;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    browserLanguage: string | undefined,
    private readonly engine: SpeechEngine,
    private settings: Settings,
    private readonly hooks: PlayerHooks = {},
    private policy: Policy = NO_POLICY,
  ) {
    this.ui = uiLanguage(browserLanguage);
    this.t = messages(this.ui);
    this.control = new PageControl(doc, this.t, {
      action: (action) => this.onAction(action),
      rate: (rate) => {
        this.narrator.setRate(rate);
        this.hooks.saveSettings?.({ rate });
      },
      volume: (volume) => {
        this.narrator.setVolume(volume);
        this.hooks.saveSettings?.({ volume });
      },
      voice: (name) => this.chooseVoice(name),
    });
    this.highlighter = new SentenceHighlighter(doc, this.control.host.shadowRoot!);
    // Voice lists take seconds to load on a cold start (chrome.tts, Firefox); the Narrator starts the moment
    // they arrive, so waiting long only delays the message on a machine that really has no voice.
    this.narrator = new Narrator(engine, {
      voiceWaitMs: 8000,
      // Resume from the last word the voice reported; voices without boundaries resume at the sentence.
      resumeFromWord: true,
      rate: settings.rate,
      volume: settings.volume,
      voiceFor: (lang) => this.settings.voices[lang] ?? null,
    });
    this.control.setRate(settings.rate);
    this.control.setVolume(settings.volume);
    this.control.setPolicy(controlPolicy(policy));
    this.narrator.subscribe((event) => this.onNarrator(event));
    this.listen(doc, 'click', this.onPageClick, true);
    // The site's own player (ReadSpeaker) or any video starting: never two voices at once.
    this.listen(doc, 'play', this.onPageMediaPlay, true);
  }

  /** Shows the control without speaking (a detected article page). */
  offer(): void {
    // Already showing (the user got here first, by the toolbar or a selection): leave it as it is.
    if (this.control.host.isConnected) return;
    this.control.mount();
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
    if (this.policy.kioskMode) void this.checkKioskVoice();
    // A very long page is not read unasked: that would freeze the page the user is looking at.
    if (this.isLongPage()) return;
    const prepare = () => this.pageReading();
    const win = this.doc.defaultView as
      (Window & { requestIdleCallback?: (cb: () => void, o?: object) => number }) | null;
    if (win?.requestIdleCallback) win.requestIdleCallback(prepare, { timeout: 2000 });
    else win?.setTimeout(prepare, 200);
  }

  /** The toolbar button or shortcut: start reading, or pause/resume when already reading. */
  activate(): void {
    this.control.mount();
    this.onAction('play-pause');
    this.control.focusPlay();
  }

  /** "Läs upp markerad text": reads exactly the selection, highlighted where it is. */
  readSelection(): void {
    this.control.mount();
    const selection = this.doc.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    // The article's language; a very long page is not read in just for that, its own lang attribute does.
    const article = this.page || !this.isLongPage() ? this.pageReading().article : null;
    const lang = article?.lang ?? (normaliseLang(this.doc.documentElement.lang) || 'sv');
    const blocks = range ? blocksFromRange(range, lang) : [];
    const sentences = sentencesOf({ blocks });
    if (sentences.length === 0) {
      this.control.setState('idle');
      this.control.setStatus(this.t.noSelection);
      return;
    }
    this.load({ blocks, sentences, view: 'selection' });
    this.speak();
    this.control.focusPlay();
  }

  /** Settings changed elsewhere (another tab, the options page), or staff changed the policy. */
  applySettings(settings: Settings, policy: Policy = this.policy): void {
    if (policy !== this.policy) {
      this.policy = policy;
      this.control.setPolicy(controlPolicy(policy));
      this.reader?.setLocked(lockedReaderSettings(policy));
      this.reader?.setKiosk(policy.kioskMode);
    }
    const ownReader = this.settings.reader;
    this.settings = settings;
    this.narrator.setRate(settings.rate);
    this.narrator.setVolume(settings.volume);
    this.control.setRate(settings.rate);
    this.control.setVolume(settings.volume);
    // Storage echoes each of our own reader changes back, late: while the user is changing the look
    // here, an echo would undo a newer choice, so the reader keeps its own for a moment.
    if (Date.now() - this.readerChangedAt > 2000) this.reader?.apply(settings.reader);
    else this.settings = { ...settings, reader: ownReader };
  }

  /**
   * Opens Läsläge over the page (the control's button, or the popup or shortcut), in its Lättläst view
   * when `easy` (without it, the view last shown); when it is already open, switches to the view asked for.
   */
  openReader(easy?: boolean): void {
    this.control.mount();
    if (this.reader?.isOpen) {
      if (easy !== undefined) this.reader.showEasy(easy);
      return;
    }
    if (this.afterLongPageRead(() => this.openReader(easy))) return;
    const article = this.pageReading().article;
    if (!article) {
      this.control.setStatus(this.t.readerNoArticle);
      return;
    }
    const fresh = !this.reader;
    this.reader ??= new ReaderView(this.doc, this.t, this.settings.reader, {
      change: (reader) => this.changeReader(reader),
      closed: () => {
        this.control.setDocked(false);
        this.control.setEasy(false);
        this.highlighter.followWith(null);
        const page = this.reading?.view === 'reader' ? this.pageReading() : null;
        if (!page?.article || !this.carryTo({ blocks: page.article.blocks, sentences: page.sentences, view: 'page' }))
          this.switchReading();
      },
      // Lättläst on or off: the same place in the other text (the start of a rewritten paragraph).
      shown: () => {
        this.control.setEasy(!!this.reader?.showingEasy);
        if (
          !this.reader ||
          this.reading?.view !== 'reader' ||
          !this.carryTo({ ...this.reader.reading, view: 'reader' })
        )
          this.switchReading();
      },
      fontUrl: this.hooks.fontUrl,
    });
    this.reader.setLocked(lockedReaderSettings(this.policy));
    this.reader.setKiosk(this.policy.kioskMode);
    // Reading the page's article: it goes on (or stays paused) at the same sentence in the reader.
    const carry = this.reading?.view === 'page' && this.narrator.state !== 'idle';
    if (!carry) this.switchReading();
    this.control.setDocked(true);
    this.reader.open(article, this.control.host, easy ?? this.startView(fresh));
    this.control.setEasy(this.reader.showingEasy);
    this.highlighter.followWith((range, force) => this.reader?.follow(range, force));
    if (carry && !this.carryTo({ ...this.reader.reading, view: 'reader' })) this.switchReading();
  }

  /**
   * The view a reader opens in when none is asked for: the policy's start view for a new reader, and
   * every time when staff locked it; otherwise the view shown last (undefined).
   */
  private startView(fresh: boolean): boolean | undefined {
    const view = this.policy.startView;
    if (view && (fresh || isLocked(this.policy, 'startView'))) return view === 'lattlast';
    return fresh ? false : undefined;
  }

  /** The user changed how the reader looks: kept here at once, and saved (see applySettings's echo guard). */
  private changeReader(change: Partial<ReaderSettings>) {
    this.readerChangedAt = Date.now();
    this.settings = { ...this.settings, reader: { ...this.settings.reader, ...change } };
    this.hooks.saveSettings?.({ reader: change });
  }

  /**
   * Kiosk "Större text": the next text size in the reader (opened if needed), round to the smallest after
   * the largest, since a kiosk has no "smaller" button. The new size is said in the status.
   */
  private biggerText() {
    if (isLocked(this.policy, 'textSize')) return;
    if (!this.reader?.isOpen) this.openReader();
    const reader = this.reader as ReaderView | null; // openReader may have made one
    if (!reader?.isOpen) return;
    const current = this.settings.reader.textSize;
    const textSize = TEXT_SIZES.find((size) => size > current) ?? TEXT_SIZES[0];
    this.changeReader({ textSize });
    reader.apply(this.settings.reader);
    this.control.setStatus(
      this.t.textSizeNow(new Intl.NumberFormat(this.t.locale, { style: 'percent' }).format(textSize / 100)),
    );
  }

  /**
   * Moves a reading under way to what is shown now, at the same place (see carry.ts): playing goes on
   * from that sentence, paused stays paused there; the sentence is highlighted and brought into view.
   * False when nothing was under way.
   */
  private carryTo(next: Reading): boolean {
    const state = this.narrator.state;
    if (!this.reading || state === 'idle' || next.sentences.length === 0) return false;
    const to = carryPosition(this.reading.sentences, this.narrator.index, next.sentences)?.index ?? 0;
    this.highlighter.clear();
    this.load(next);
    if (state === 'paused') {
      this.narrator.cue(to);
      this.highlightSentence(to);
      this.control.setProgress(to / next.sentences.length);
    } else this.narrator.play(to);
    this.highlighter.reveal();
    return true;
  }

  /** What is shown changed and nothing was being read: stop, and read what is shown next time. */
  private switchReading() {
    this.narrator.stop();
    this.highlighter.clear();
    this.reading = null;
    this.control.setProgress(0);
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
  }

  /**
   * Kiosk idle reset: the next visitor finds nothing of the last one. Speech stops, the reader closes,
   * the position, the selection and the page's scroll are gone, and the settings are the policy's.
   */
  resetForVisitor(settings: Settings): void {
    this.preparing = false;
    this.narrator.stop(); // first: closing the reader must not carry a reading back to the page
    this.reader?.close();
    // A new reader next time: nothing of the last visitor's view (Lättläst, open panel, scroll) is kept.
    this.reader?.destroy();
    this.reader = null;
    this.highlighter.clear();
    this.reading = null;
    this.readerChangedAt = -Infinity;
    this.applySettings(settings);
    this.doc.getSelection()?.removeAllRanges();
    this.doc.defaultView?.scrollTo(0, 0);
    this.control.setProgress(0);
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
  }

  /** Kiosk start-up check for staff: no Swedish voice means Lyssna cannot work here; say so at once. */
  private async checkKioskVoice() {
    const voices = await voicesWithin(this.engine, 8000);
    if (!voices.some((voice) => speaksLanguage(voice, 'sv')) && this.narrator.state === 'idle') {
      this.control.setStatus(this.t.kioskNoVoice(this.os()));
    }
  }

  /**
   * Another tab started speaking. Its speech may have cut ours off first (one voice for all tabs):
   * then the Narrator has paused itself already, and the status still says why.
   */
  pauseForOther(): void {
    if (this.narrator.state === 'playing' || this.narrator.state === 'waiting-for-voices') {
      this.narrator.pause();
      this.control.setStatus(this.t.otherPlayer);
    } else if (this.narrator.state === 'paused' && !this.pausedByUser) {
      this.control.setStatus(this.t.otherPlayer);
    }
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.preparing = false;
    // Silence first: closing the reader would otherwise carry the reading back to the page.
    this.narrator.destroy();
    this.reader?.destroy();
    this.highlighter.destroy();
    this.control.destroy();
  }

  private isLongPage(): boolean {
    this.longPage ??= (this.doc.body?.textContent?.length ?? 0) > LONG_PAGE_CHARS;
    return this.longPage;
  }

  /**
   * On a very long page not read yet: says that it is being read, lets that message be painted, reads
   * the page, then runs `next`; returns true. Otherwise returns false and the caller goes on at once.
   */
  private afterLongPageRead(next: () => void): boolean {
    if (this.page || !this.isLongPage()) return false;
    if (this.preparing) return true; // a second press while it is being read: one start is enough
    this.preparing = true;
    this.control.setStatus(this.t.longPage);
    const go = () => {
      if (!this.preparing) return; // stopped or closed meanwhile
      this.preparing = false;
      this.pageReading();
      next();
    };
    const win = this.doc.defaultView;
    if (win) win.requestAnimationFrame(() => win.setTimeout(go, 0));
    else go();
    return true;
  }

  private pageReading(): PageReading {
    if (!this.page) {
      // Staff may name more public-sector sites than the built-in registry knows.
      const extra = this.policy.extraDomains;
      const registry = extra.length > 0 ? createRegistry(extra.map((domain) => ({ domain }))) : undefined;
      this.page = readPage(this.doc, this.url, { registry });
    }
    return this.page;
  }

  private load(reading: Reading) {
    this.reading = reading;
    this.narrator.load(reading.sentences);
  }

  private onAction(action: ControlAction) {
    const n = this.narrator;
    switch (action) {
      case 'play-pause':
        if (n.state === 'playing' || n.state === 'waiting-for-voices') {
          this.pausedByUser = true;
          n.pause();
        } else if (n.state === 'paused') this.speak(() => n.resume());
        else this.start();
        break;
      case 'stop':
        this.preparing = false;
        n.stop();
        this.highlighter.clear();
        this.control.setProgress(0);
        this.control.setStatus(this.t.stopped);
        break;
      case 'previous':
        n.previous();
        break;
      case 'next':
        n.next();
        break;
      case 'repeat':
        n.seek(n.index);
        break;
      case 'previous-paragraph':
      case 'next-paragraph':
        if (this.reading) n.seek(paragraphStart(this.reading.sentences, n.index, action === 'next-paragraph' ? 1 : -1));
        break;
      case 'reader':
        if (this.reader?.isOpen) this.reader.close();
        else this.openReader();
        break;
      case 'easy':
        // Kiosk: Lättläst, or back to the article as written when Lättläst is already shown.
        this.openReader(!(this.reader?.isOpen && this.reader.showingEasy));
        break;
      case 'bigger':
        this.biggerText();
        break;
      case 'close':
        this.destroy();
        break;
      default:
        break;
    }
  }

  /** Lyssna from the start: what is shown (the reader, or the page's article, also after a selection). */
  private start() {
    if (this.reader?.isOpen) {
      const shown = this.reader.reading;
      if (shown.sentences.length === 0) {
        this.control.setStatus(this.t.noArticle);
        return;
      }
      if (this.reading?.sentences !== shown.sentences) this.load({ ...shown, view: 'reader' });
      this.speak();
      return;
    }
    if (this.afterLongPageRead(() => this.start())) return;
    const page = this.pageReading();
    if (!page.article || page.sentences.length === 0) {
      this.control.setState('idle');
      this.control.setStatus(this.t.noArticle);
      return;
    }
    if (this.reading?.sentences !== page.sentences)
      this.load({ blocks: page.article.blocks, sentences: page.sentences, view: 'page' });
    this.speak();
  }

  /** Starts speech: first quietens the page's own players, and lets other tabs know. */
  private speak(go: () => void = () => this.narrator.play()) {
    for (const media of Array.from(this.doc.querySelectorAll('audio, video'))) {
      const element = media as HTMLMediaElement;
      if (!element.paused) element.pause();
    }
    go();
    this.hooks.speaking?.();
  }

  private onNarrator(event: NarratorEvent) {
    const total = this.reading?.sentences.length ?? 0;
    switch (event.type) {
      case 'state':
        this.hooks.listening?.(event.state === 'playing' || event.state === 'waiting-for-voices');
        this.control.setState(event.state === 'waiting-for-voices' ? 'busy' : event.state);
        if (event.state === 'waiting-for-voices') this.control.setStatus(this.t.waitingForVoices);
        if (event.state === 'paused') this.control.setStatus(this.t.paused(this.narrator.index + 1, total));
        if (event.state === 'playing') this.pausedByUser = false;
        // Say where reading is at once; the voice may take a moment to start.
        if (event.state === 'playing') this.showPosition(this.narrator.index);
        break;
      case 'sentence':
        this.showVoices(event.index, event.voice);
        this.showPosition(event.index);
        break;
      case 'word':
        this.highlightWord(event.index, event.charIndex);
        break;
      case 'position':
        // Moving while paused shows where reading will resume; while reading, where it goes on.
        if (this.narrator.state === 'paused') {
          this.control.setStatus(this.t.paused(event.index + 1, total));
          this.highlightSentence(event.index);
        } else if (this.narrator.state === 'playing') this.showPosition(event.index);
        break;
      case 'finished':
        this.highlighter.clear();
        this.control.setProgress(1);
        this.control.setStatus(this.t.finished);
        break;
      case 'error':
        this.highlighter.clear();
        this.control.setStatus(this.errorText(event));
        break;
    }
  }

  private showVoices(index: number, speaking: string) {
    const lang = this.reading?.sentences[index]?.lang ?? 'sv';
    const names = this.engine
      .getVoices()
      .filter((v) => speaksLanguage(v, lang))
      .map((v) => v.name);
    this.control.setVoices(
      [...new Set(names)].sort((a, b) => a.localeCompare(b)),
      speaking,
    );
  }

  /** The user picked a voice: remembered for this language, heard from this sentence on. */
  private chooseVoice(name: string) {
    const lang = this.reading?.sentences[this.narrator.index]?.lang;
    if (!lang) return;
    this.settings = { ...this.settings, voices: { ...this.settings.voices, [lang]: name } };
    this.hooks.saveSettings?.({ voices: { [lang]: name } });
    if (this.narrator.state === 'playing') this.narrator.seek(this.narrator.index);
  }

  private showPosition(index: number) {
    const total = this.reading?.sentences.length ?? 0;
    this.control.setStatus(this.progressText(index));
    this.control.setProgress(total ? index / total : 0);
    this.highlightSentence(index);
  }

  private progressText(index: number): string {
    const sentences = this.reading?.sentences ?? [];
    const minutes = Math.ceil(secondsLeft(sentences, index, this.narrator.rate) / 60 - 0.25);
    return `${this.t.sentenceOf(index + 1, sentences.length)} · ${this.t.timeLeft(minutes)}`;
  }

  private highlightSentence(index: number) {
    const sentence = this.reading?.sentences[index];
    const block = sentence && this.reading?.blocks[sentence.block];
    if (!sentence || !block) return;
    this.highlighter.show(rangesFor(block, sentence.start, sentence.end, this.doc));
  }

  private highlightWord(index: number, charIndex: number) {
    const sentence = this.reading?.sentences[index];
    const block = sentence && this.reading?.blocks[sentence.block];
    if (!sentence || !block) return;
    const word = writtenWord(sentence.text, sentence.speech, charIndex);
    this.highlighter.showWord(
      word ? rangesFor(block, sentence.start + word.start, sentence.start + word.end, this.doc) : [],
    );
  }

  /** While a reading is under way, a click on one of its sentences reads from there. */
  private readonly onPageClick = (event: Event) => {
    const e = event as MouseEvent;
    if (!e.isTrusted || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !this.reading) return;
    if (this.narrator.state !== 'playing' && this.narrator.state !== 'paused') return;
    if (this.reader?.isOpen && e.target === this.reader.host) return this.onReaderClick(e);
    const target = e.target as Element | null;
    if (
      !target ||
      target === this.control.host ||
      target.closest('a, button, input, select, textarea, label, [contenteditable]')
    )
      return;
    if (!this.doc.getSelection()?.isCollapsed) return; // the user is selecting text, not pointing
    const caret = caretAt(this.doc, e.clientX, e.clientY);
    if (!caret) return;
    const index = sentenceAt(this.reading.blocks, this.reading.sentences, caret.node, caret.offset);
    if (index !== null) this.speak(() => this.narrator.play(index));
  };

  /** The same in the reader: the element under the pointer is the first of the composed path. */
  private onReaderClick(e: MouseEvent) {
    const target = e.composedPath()[0] as Element | null;
    if (!this.reader || !this.reading || typeof target?.closest !== 'function') return;
    if (target.closest('a, button, input, select, textarea, label, lyssna-control')) return;
    if (!this.doc.getSelection()?.isCollapsed) return;
    const caret = this.reader.caretAt(e.clientX, e.clientY);
    if (!caret) return;
    const index = sentenceAt(this.reading.blocks, this.reading.sentences, caret.node, caret.offset);
    if (index !== null) this.speak(() => this.narrator.play(index));
  }

  private readonly onPageMediaPlay = (event: Event) => {
    if (
      event.target instanceof HTMLMediaElement ||
      (event.target as Element | null)?.tagName?.match(/^(AUDIO|VIDEO)$/)
    ) {
      this.pauseForOther();
    }
  };

  private listen(target: EventTarget, type: string, listener: (e: Event) => void, capture: boolean) {
    target.addEventListener(type, listener, capture);
    this.cleanups.push(() => target.removeEventListener(type, listener, capture));
  }

  private os() {
    const nav = this.doc.defaultView?.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
    return operatingSystem(nav?.userAgentData?.platform ?? nav?.platform, nav?.userAgent);
  }

  private errorText(event: Extract<NarratorEvent, { type: 'error' }>): string {
    switch (event.code) {
      case 'no-voice':
        return this.t.noVoice(languageName(event.lang ?? 'sv', this.ui), this.os());
      case 'not-allowed':
        return this.t.notAllowed;
      default:
        return this.t.speechFailed;
    }
  }
}

function controlPolicy(policy: Policy) {
  const locked = (key: Policy['locked'][number]) => isLocked(policy, key);
  return {
    kiosk: policy.kioskMode,
    locked: { rate: locked('rate'), volume: locked('volume'), voice: locked('voice'), textSize: locked('textSize') },
  };
}

function lockedReaderSettings(policy: Policy): Set<keyof ReaderSettings> {
  const keys = ['textSize', 'theme', 'font'] as const;
  return new Set(keys.filter((key) => isLocked(policy, key)));
}

/** The text position under a point: caretPositionFromPoint (standard, Firefox) or caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = d.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
