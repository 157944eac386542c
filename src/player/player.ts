import { NO_POLICY, type Policy } from '../core/config/policy';
import { headingFirst } from '../core/extract/heading-first';
import type { ReaderSettings, Settings, SettingsChange } from '../core/config/settings';
import type { PageKindResult } from '../core/detect/article-page';
import type { Handover } from '../platform/handover';
import type { SpeechEngine } from '../speech/engine';
import { Narrator } from '../speech/narrator';
import { PageControl, type ControlAction } from '../ui/control';
import { SentenceHighlighter } from '../ui/highlight';
import { shadowOf } from '../ui/shadow';
import { messages, uiLanguage, type Messages } from '../ui/i18n';
import { controlPolicy, kioskVoiceProblem } from './kiosk';
import { listenToPage, quietenPageMedia } from './page-clicks';
import { carryPosition } from './carry';
import { PageSource } from './page-source';
import { stillThere, watchPage, type PageChange } from './page-watch';
import { ReadingSession, type Reading } from './session';
import { errorStatus, systemOf } from './status';
import { Views } from './views';
import { whenIdle } from './when-idle';

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
 * The player on a page: shows the control and drives the Narrator from the user's presses. The page is
 * read in idle time after the control appears, so pressing Lyssna starts speech at once. Its parts:
 * PageSource (the page through the pipeline), ReadingSession (what is read and how it shows), Views
 * (the page, Läsläge, Lättläst) and listenToPage (click to read from a sentence, the page's own media).
 * One AbortSignal ends them all.
 */
export class PagePlayer {
  private readonly life = new AbortController();
  private readonly control: PageControl;
  private readonly highlighter: SentenceHighlighter;
  private readonly narrator: Narrator;
  private readonly session: ReadingSession;
  private readonly views: Views;
  private readonly page: PageSource;
  private readonly t: Messages;

  constructor(
    private readonly doc: Document,
    url: string,
    browserLanguage: string | undefined,
    private readonly engine: SpeechEngine,
    private settings: Settings,
    private readonly hooks: PlayerHooks = {},
    private policy: Policy = NO_POLICY,
    /** The light control's elements, when it was on the page first (see takeOver). */
    adopt?: { host: HTMLElement; root: ShadowRoot },
  ) {
    const ui = uiLanguage(browserLanguage);
    const t = (this.t = messages(ui));
    const signal = this.life.signal;
    this.control = new PageControl(
      doc,
      t,
      {
        action: (action) => this.press(action),
        rate: (rate) => this.change({ rate }),
        volume: (volume) => this.change({ volume }),
        voice: (name) => this.chooseVoice(name),
      },
      adopt,
    );
    this.highlighter = new SentenceHighlighter(doc, shadowOf(this.control.host)!);
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
    this.session = new ReadingSession(doc, t, engine, this.narrator, this.control, this.highlighter, {
      listening: (speaking) => this.hooks.listening?.(speaking),
      errorText: (event) => errorStatus(t, ui, event, systemOf(doc.defaultView)),
    });
    this.page = new PageSource(doc, url, () => this.policy.extraDomains);
    // A very long page is read in a part at a time: reading it aloud goes on into each new part.
    this.page.onGrowth((sentences, added, complete) => this.session.grow(sentences, added, complete));
    const { control, highlighter, narrator, session, page } = this;
    const shared = { doc, t, control, highlighter, narrator, session, page, signal };
    this.views = new Views({
      ...shared,
      look: () => this.settings.reader,
      changeLook: (change) => this.changeLook(change),
      policy: () => this.policy,
      // The reader shows the whole article: it waits until a very long page is read to its end.
      afterLongRead: (next) => this.page.afterLongRead(() => this.control.setStatus(t.longPage), next, signal, true),
      fontUrl: hooks.fontUrl,
    });
    // The reader's script, ahead of its first use, once the press that brought the player is done.
    whenIdle(doc, () => this.views.prepare(), { timeoutMs: 5000, fallbackMs: 1000, signal });
    this.control.setRate(settings.rate);
    this.control.setVolume(settings.volume);
    this.control.setPolicy(controlPolicy(policy));
    listenToPage(
      doc,
      {
        reading: () =>
          this.narrator.state === 'playing' || this.narrator.state === 'paused' ? this.session.reading : null,
        reader: () => this.views.open,
        controlHost: this.control.host,
        playFrom: (index) => this.speak(() => this.narrator.play(index)),
        otherStarted: () => this.pauseForOther(),
      },
      signal,
    );
    watchPage(doc, {
      url: () => doc.defaultView?.location.href ?? url,
      article: () => {
        const reading = this.session.reading;
        if (reading && reading.view !== 'reader' && this.narrator.state !== 'idle') return reading.blocks;
        return this.page.cached?.article?.blocks ?? null;
      },
      changed: (change) => this.pageChanged(change),
      signal,
    });
    // Quick first: silence and every listener, timer and slice of work. The DOM is left to destroy().
    signal.addEventListener('abort', () => {
      this.page.cancel();
      this.narrator.destroy();
    });
  }

  /**
   * Shows the control without speaking (a detected article page; `pageKind` is the detector's verdict,
   * so the page is not classified again).
   */
  offer(pageKind?: PageKindResult): void {
    if (pageKind) this.page.usePageKind(pageKind);
    // Already showing (the user got here first, by the toolbar or a selection): leave it as it is.
    if (this.control.host.isConnected) return;
    this.control.mount();
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
    // Kiosk start-up check for staff: no Swedish voice means Lyssna cannot work here; say so at once.
    if (this.policy.kioskMode)
      void kioskVoiceProblem(this.engine, this.life.signal).then((problem) => {
        if (!problem || this.narrator.state !== 'idle') return;
        const os = systemOf(this.doc.defaultView);
        this.control.setStatus(problem === 'speech-off' ? this.t.kioskSpeechOff : this.t.kioskNoVoice(os));
      });
    this.page.readWhenIdle(this.life.signal);
  }

  /**
   * Carries on from the light control shown before the player loaded (src/ui/light-control.ts), whose
   * elements this player's control adopted: reads the page in idle time as offer() does, and does what
   * the user pressed meanwhile. A light control the user closed stays closed.
   */
  takeOver(from: Handover): void {
    if (from.page) this.page.usePageKind(from.page);
    if (from.pending.length === 0) {
      if (this.control.host.isConnected) this.page.readWhenIdle(this.life.signal);
      return;
    }
    // In a task of its own: the player's own start-up is one long task already, and the page should get
    // a frame in between (the press then reads the page).
    this.doc.defaultView?.setTimeout(() => {
      if (this.life.signal.aborted) return;
      for (const what of from.pending) {
        if ('action' in what) this.press(what.action);
        else this.change(what);
      }
    }, 0);
  }

  /** The toolbar button or shortcut: start reading, or pause/resume when already reading. */
  activate(): void {
    this.control.mount();
    this.press('play-pause');
    this.control.focusPlay();
  }

  /** "Läs upp markerad text": reads exactly the selection, highlighted where it is. */
  readSelection(): void {
    this.control.mount();
    const { blocks, sentences } = this.page.selection();
    if (sentences.length === 0) {
      this.control.setState('idle');
      this.control.setStatus(this.t.noSelection);
      return;
    }
    this.highlighter.drawBoxes(this.page.isLong);
    this.session.load({ blocks, sentences, view: 'selection' });
    this.speak();
    this.control.focusPlay();
  }

  /** Opens Läsläge (in Lättläst when `easy`; without it, the view shown last). See Views.openReader. */
  openReader(easy?: boolean): void {
    this.control.mount();
    this.views.openReader(easy);
  }

  /** What a press on the control does (its buttons and keys). */
  press(action: ControlAction): void {
    const n = this.narrator;
    switch (action) {
      case 'play-pause':
        if (n.state === 'playing' || n.state === 'waiting-for-voices') {
          this.session.pausedByUser = true;
          n.pause();
        } else if (n.state === 'paused') this.speak(() => n.resume());
        else this.start();
        break;
      case 'stop':
        this.page.cancel();
        this.session.stop();
        break;
      case 'previous':
      case 'next':
      case 'repeat':
      case 'previous-paragraph':
      case 'next-paragraph':
        this.session.move(action);
        break;
      case 'reader':
        this.views.toggleReader();
        break;
      case 'easy':
        this.views.toggleEasy();
        break;
      case 'bigger':
        this.views.biggerText();
        break;
      case 'close':
        this.destroy();
        break;
      default:
        break;
    }
  }

  /** Closes Läsläge, as its close button does; reading goes on on the page. */
  closeReader(): void {
    this.views.closeReader();
  }

  /** Settings changed elsewhere (another tab, the options page), or staff changed the policy. */
  applySettings(settings: Settings, policy: Policy = this.policy): void {
    if (policy !== this.policy) {
      this.policy = policy;
      this.control.setPolicy(controlPolicy(policy));
      this.views.applyPolicy(policy);
    }
    this.settings = { ...settings, reader: this.views.takeLook(settings.reader) };
    this.narrator.setRate(settings.rate);
    this.narrator.setVolume(settings.volume);
    this.control.setRate(settings.rate);
    this.control.setVolume(settings.volume);
  }

  /**
   * Kiosk idle reset: the next visitor finds nothing of the last one. Speech stops, the reader closes,
   * the position, the selection and the page's scroll are gone, and the settings are the policy's.
   */
  resetForVisitor(settings: Settings): void {
    this.page.cancel();
    this.narrator.stop(); // first: closing the reader must not carry a reading back to the page
    this.views.reset();
    this.session.clear();
    this.applySettings(settings);
    this.doc.getSelection()?.removeAllRanges();
    this.doc.defaultView?.scrollTo(0, 0);
  }

  /** Another tab started speaking (see ReadingSession.pauseForOther). */
  pauseForOther(): void {
    this.session.pauseForOther();
  }

  /**
   * The page is going away: silence, and every listener and piece of work stopped, without touching
   * the DOM (which goes with the page). Quick, so that Firefox lets pagehide finish.
   */
  leave(): void {
    this.life.abort();
  }

  /** The user closed Lyssna: as leave(), and the control, highlight and reader are removed too. */
  destroy(): void {
    this.life.abort();
    this.views.destroy();
    this.highlighter.destroy();
    this.control.destroy();
  }

  /** Lyssna from the start: what is shown (the reader, or the page's article, also after a selection). */
  private start() {
    const reader = this.views.open;
    if (reader) {
      const shown = reader.reading;
      if (shown.sentences.length === 0) return this.control.setStatus(this.t.noArticle);
      if (this.session.reading?.sentences !== shown.sentences) this.session.load({ ...shown, view: 'reader' });
      return this.speak();
    }
    if (
      this.page.afterLongRead(
        () => this.control.setStatus(this.t.longPage),
        () => this.start(),
        this.life.signal,
      )
    )
      return;
    // A page this long would have its every element restyled for the highlight's style sheet.
    this.highlighter.drawBoxes(this.page.isLong);
    // Not read yet (a press straight after the player came): its heading first, the page meanwhile.
    const heading = !this.page.cached && this.page.knownArticle ? headingFirst(this.doc) : null;
    if (heading) {
      this.session.load({ ...heading, view: 'page', complete: false, headingOnly: true });
      this.speak();
      this.doc.defaultView?.setTimeout(() => this.readBehindHeading(), 0);
      return;
    }
    const page = this.pageReading();
    if (!page) return;
    if (this.session.reading?.sentences !== page.sentences) this.session.load(page);
    this.speak();
  }

  /** The page's article as a reading, or null (and the status says so) when it has none. */
  private pageReading(): Reading | null {
    const page = this.page.reading();
    if (!page.article || page.sentences.length === 0) {
      this.control.setState('idle');
      this.control.setStatus(this.t.noArticle);
      return null;
    }
    return { blocks: page.article.blocks, sentences: page.sentences, view: 'page', complete: this.page.complete };
  }

  /** The page, read while its heading is heard (in a task after the speak request went). */
  private readBehindHeading() {
    if (this.life.signal.aborted || !this.session.reading?.headingOnly) return;
    const page = this.pageReading();
    if (page) return this.session.settle(page);
    // The detector was wrong: the heading was heard, and there is nothing more.
    this.session.stop();
    this.control.setStatus(this.t.noArticle);
  }

  /**
   * The page changed under us. Never read old text against a new page: a new address, or another text
   * in the article's place, stops speech and offers the new page. An update of the article being read
   * goes on from the same sentence (or from the start when it is gone), and the status line says so.
   */
  private pageChanged(change: PageChange) {
    const reading = this.session.reading;
    const n = this.narrator;
    const active = n.state === 'playing' || n.state === 'paused' || n.state === 'waiting-for-voices';
    if (change === 'new-page') {
      const shown = active || this.views.open !== null;
      this.page.moveTo(this.doc.defaultView?.location.href ?? '');
      return this.offerAgain(shown ? this.t.pageChanged : this.t.ready);
    }
    if (!active || !reading || reading.view === 'reader') return this.page.invalidate(); // read afresh when asked
    if (reading.view === 'selection') {
      if (stillThere(reading.blocks)) return;
      this.session.stop();
      return this.control.setStatus(this.t.selectionChanged);
    }
    this.page.invalidate();
    // A very long page is not read again unasked (seconds of a frozen tab): stop, and say why.
    if (this.page.isLong) return this.offerAgain(this.t.articleUpdatedPress);
    const fresh = this.page.reading();
    if (!fresh.article || fresh.sentences.length === 0) {
      this.session.stop();
      return this.control.setStatus(this.t.articleGone);
    }
    const next = { blocks: fresh.article.blocks, sentences: fresh.sentences, view: 'page' as const };
    const before = reading.sentences.map((s) => s.text);
    const after = fresh.sentences.map((s) => s.text);
    if (before.length === after.length && before.every((text, i) => text === after[i]))
      return this.session.rebase(next);
    const kept = new Set(after);
    if (before.filter((text) => kept.has(text)).length < before.length / 2)
      return this.offerAgain(this.t.articleReplaced);
    // Where to go on, worked out once: the status line says which it is.
    const to = carryPosition(reading.sentences, n.index, fresh.sentences)?.index;
    this.session.announce(to === undefined ? this.t.articleUpdatedFromStart : this.t.articleUpdatedGoingOn, to ?? 0);
    this.session.carryTo(next, to ?? 0);
  }

  /** Silence, the reader closed and nothing read: the control offers the page as it is now. */
  private offerAgain(status: string) {
    this.page.cancel();
    this.narrator.stop(); // first: closing the reader must not carry the old reading into the new page
    this.views.closeReader();
    this.session.clear();
    this.control.setStatus(status);
    this.page.readWhenIdle(this.life.signal);
  }

  /** Starts speech: first quietens the page's own players, and lets other tabs know. */
  private speak(go: () => void = () => this.narrator.play()) {
    quietenPageMedia(this.doc);
    go();
    this.hooks.speaking?.();
  }

  private change(change: { rate?: number; volume?: number }) {
    if (change.rate !== undefined) this.narrator.setRate(change.rate);
    if (change.volume !== undefined) this.narrator.setVolume(change.volume);
    this.hooks.saveSettings?.(change);
  }

  /** The user picked a voice: remembered for this language, heard from this sentence on. */
  private chooseVoice(name: string) {
    const lang = this.session.reading?.sentences[this.narrator.index]?.lang;
    if (!lang) return;
    this.settings = { ...this.settings, voices: { ...this.settings.voices, [lang]: name } };
    this.hooks.saveSettings?.({ voices: { [lang]: name } });
    if (this.narrator.state === 'playing') this.narrator.seek(this.narrator.index);
  }

  /** The user changed how the reader looks: kept here at once, and saved (see Views.takeLook). */
  private changeLook(change: Partial<ReaderSettings>) {
    this.settings = { ...this.settings, reader: { ...this.settings.reader, ...change } };
    this.hooks.saveSettings?.({ reader: change });
  }
}
