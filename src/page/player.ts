import { readPage, type PageReading } from '../core/pipeline';
import type { SpeechEngine } from '../speech/engine';
import { Narrator, type NarratorEvent } from '../speech/narrator';
import { PageControl, type ControlAction } from '../ui/control';
import { SentenceHighlighter } from '../ui/highlight';
import { languageName, messages, uiLanguage, type Messages } from '../ui/i18n';
import { rangesFor } from '../ui/ranges';

/**
 * The player on a page: extracts the article once, shows the control, and drives the Narrator from the
 * user's presses. Extraction happens when the page is idle after the control appears, so pressing
 * Lyssna starts speech at once; the reading keeps to what was extracted even if the page changes.
 */
export class PagePlayer {
  private reading: PageReading | null = null;
  private readonly control: PageControl;
  private readonly highlighter: SentenceHighlighter;
  private readonly narrator: Narrator;
  private readonly t: Messages;
  private readonly ui;

  constructor(
    private readonly doc: Document,
    engine: SpeechEngine,
    private readonly url: string,
    browserLanguage: string | undefined,
  ) {
    this.ui = uiLanguage(browserLanguage);
    this.t = messages(this.ui);
    this.control = new PageControl(doc, this.t, (action) => this.onAction(action));
    this.highlighter = new SentenceHighlighter(doc, this.control.host.shadowRoot!);
    // Voice lists take seconds to load on a cold start (chrome.tts, Firefox); the Narrator starts the moment
    // they arrive, so waiting long only delays the message on a machine that really has no voice.
    this.narrator = new Narrator(engine, { voiceWaitMs: 8000 });
    this.narrator.subscribe((event) => this.onNarrator(event));
  }

  /** Shows the control without speaking (a detected article page). */
  offer(): void {
    this.control.mount();
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
    const prepare = () => this.ensureReading();
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

  destroy(): void {
    this.narrator.destroy();
    this.highlighter.destroy();
    this.control.destroy();
  }

  private ensureReading(): PageReading {
    this.reading ??= readPage(this.doc, this.url);
    return this.reading;
  }

  private onAction(action: ControlAction) {
    const n = this.narrator;
    switch (action) {
      case 'play-pause':
        if (n.state === 'playing' || n.state === 'waiting-for-voices') n.pause();
        else if (n.state === 'paused') n.resume();
        else this.start();
        break;
      case 'stop':
        n.stop();
        this.highlighter.clear();
        this.control.setStatus(this.t.stopped);
        break;
      case 'previous':
        n.previous();
        break;
      case 'next':
        n.next();
        break;
      case 'close':
        this.destroy();
        break;
    }
  }

  private start() {
    const reading = this.ensureReading();
    if (!reading.article || reading.sentences.length === 0) {
      this.control.setState('idle');
      this.control.setStatus(this.t.noArticle);
      return;
    }
    if (this.narrator.sentences !== reading.sentences) this.narrator.load(reading.sentences);
    this.narrator.play();
  }

  private onNarrator(event: NarratorEvent) {
    const total = this.reading?.sentences.length ?? 0;
    const at = this.narrator.index + 1;
    switch (event.type) {
      case 'state':
        this.control.setState(event.state === 'waiting-for-voices' ? 'busy' : event.state);
        if (event.state === 'waiting-for-voices') this.control.setStatus(this.t.waitingForVoices);
        if (event.state === 'paused') this.control.setStatus(this.t.paused(at, total));
        break;
      case 'sentence':
        this.control.setStatus(this.t.sentenceOf(event.index + 1, total));
        this.highlightSentence(event.index);
        break;
      case 'position':
        // Moving while paused: show where reading will resume.
        if (this.narrator.state === 'paused') {
          this.control.setStatus(this.t.paused(event.index + 1, total));
          this.highlightSentence(event.index);
        }
        break;
      case 'finished':
        this.highlighter.clear();
        this.control.setStatus(this.t.finished);
        break;
      case 'error':
        this.highlighter.clear();
        this.control.setStatus(this.errorText(event));
        break;
      default:
        break;
    }
  }

  private highlightSentence(index: number) {
    const sentence = this.reading?.sentences[index];
    const block = sentence && this.reading?.article?.blocks[sentence.block];
    if (!sentence || !block) return;
    this.highlighter.show(rangesFor(block, sentence.start, sentence.end, this.doc));
  }

  private errorText(event: Extract<NarratorEvent, { type: 'error' }>): string {
    switch (event.code) {
      case 'no-voice':
        return this.t.noVoice(languageName(event.lang ?? 'sv', this.ui));
      case 'not-allowed':
        return this.t.notAllowed;
      default:
        return this.t.speechFailed;
    }
  }
}
