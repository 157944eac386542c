import type { Block, Sentence } from '../core/model';
import type { SpeechEngine } from '../speech/engine';
import type { Narrator, NarratorEvent } from '../speech/narrator';
import { voicesSpeaking } from '../speech/voice-choice';
import type { PageControl } from '../ui/control';
import type { SentenceHighlighter } from '../ui/highlight';
import type { Messages } from '../ui/i18n';
import { rangesFor, writtenWord } from '../ui/ranges';
import { startsWith } from '../core/extract/heading-first';
import { carryPosition } from './carry';
import { paragraphStart } from './paragraphs';
import { progressStatus } from './status';

/** What is being read, and where it is shown: the page's article, a selection, or Läsläge (its own DOM). */
export interface Reading {
  blocks: readonly Block[];
  sentences: Sentence[];
  view: 'page' | 'selection' | 'reader';
  /** False while a very long page is still being read in: `grow` adds its later sentences. */
  complete?: boolean;
  /** Only the page's heading, read out while the page is read (see `settle`). */
  headingOnly?: boolean;
}

export interface SessionHooks {
  /** Speech started (true) or ended (false). */
  listening(speaking: boolean): void;
  /** The status line's text when speech fails (it depends on the system: which voice to install). */
  errorText(event: Extract<NarratorEvent, { type: 'error' }>): string;
}

/**
 * One reading and how it shows: the Narrator speaks `reading`, and its events become the control's
 * state, status line and progress, and the highlight on the sentence and word being read.
 */
export class ReadingSession {
  reading: Reading | null = null;
  /** The last pause was the user's own (not another tab's speech cutting ours off). */
  pausedByUser = false;
  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    private readonly engine: SpeechEngine,
    private readonly narrator: Narrator,
    private readonly control: PageControl,
    private readonly highlighter: SentenceHighlighter,
    private readonly hooks: SessionHooks,
  ) {
    narrator.subscribe((event) => this.onNarrator(event));
    engine.onVoicesChanged(() => {
      this.voiceNames.clear();
      // The first sentence may have begun before the list came (the background chose its voice).
      if (this.heard) this.showVoices(this.heard.index, this.heard.voice);
    });
  }

  /** The sentence last heard and its voice, for the voice menu when the voice list changes. */
  private heard: { index: number; voice: string } | null = null;

  /**
   * The voice list's names by language. Worked out once per language: with speech-dispatcher a browser
   * lists about 13,000 voices, and filtering them at every sentence fed the garbage collector.
   */
  private readonly voiceNames = new Map<string, string[]>();

  /** Said before the position while one sentence is read: why reading moved (see `announce`). */
  private note: { text: string; index: number } | null = null;

  load(reading: Reading): void {
    this.reading = reading;
    this.narrator.load(reading.sentences, reading.complete !== false);
  }

  /**
   * The next part of a very long page was read in: `sentences` (the reading's own list, which has grown
   * by `added`) now holds them, and reading goes on into them.
   */
  grow(sentences: readonly Sentence[], added: readonly Sentence[], complete: boolean): void {
    if (this.reading?.sentences !== sentences) return;
    this.reading.complete = complete;
    this.narrator.extend(added, complete);
  }

  /**
   * The whole page, read while its heading was read out (see heading-first.ts): reading goes on from
   * the heading into the rest, or, if the page's reading does not start with it, into all of it.
   */
  settle(page: Reading): void {
    const heading = this.reading;
    if (!heading?.headingOnly) return;
    const at = this.narrator.index;
    let next = page;
    if (!startsWith(page.sentences, heading.sentences)) {
      // Heard already, and kept so that the position and the highlight stay true.
      const first = page.blocks.length;
      next = {
        ...page,
        blocks: [...page.blocks, ...heading.blocks],
        sentences: [...heading.sentences.map((s) => ({ ...s, block: s.block + first })), ...page.sentences],
      };
    }
    this.reading = next;
    this.narrator.follow(next.sentences, at, next.complete !== false);
  }

  /**
   * The same text from new page nodes (the site drew the article again): the highlight follows the new
   * nodes, and speech goes on undisturbed.
   */
  rebase(next: Reading): void {
    this.reading = next;
    if (this.narrator.state === 'playing' || this.narrator.state === 'paused')
      this.highlightSentence(this.narrator.index);
  }

  /** The status line starts with `text` while sentence `index` is read (or paused at). */
  announce(text: string, index: number): void {
    this.note = { text, index };
  }

  /**
   * Moves a reading under way to what is shown now, at the same place (see carry.ts): playing goes on
   * from that sentence, paused stays paused there; the sentence is highlighted and brought into view.
   * False when nothing was under way. `to`: the sentence to go on from, when the caller worked it out.
   */
  carryTo(next: Reading, to?: number): boolean {
    const state = this.narrator.state;
    if (!this.reading || state === 'idle' || next.sentences.length === 0) return false;
    to ??= carryPosition(this.reading.sentences, this.narrator.index, next.sentences)?.index ?? 0;
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

  /** Nothing is read any more (what is shown changed, a kiosk reset): silent, no highlight, ready. */
  clear(): void {
    this.narrator.stop();
    this.highlighter.clear();
    this.reading = null;
    this.control.setProgress(0);
    this.control.setState('idle');
    this.control.setStatus(this.t.ready);
  }

  /** Stop: silent at the start, and the status says so. */
  stop(): void {
    this.narrator.stop();
    this.highlighter.clear();
    this.control.setProgress(0);
    this.control.setStatus(this.t.stopped);
  }

  /** The control's arrows and "again": another sentence or paragraph of the reading. */
  move(to: 'previous' | 'next' | 'repeat' | 'previous-paragraph' | 'next-paragraph'): void {
    const n = this.narrator;
    if (to === 'previous') n.previous();
    else if (to === 'next') n.next();
    else if (to === 'repeat') n.seek(n.index);
    else if (this.reading) n.seek(paragraphStart(this.reading.sentences, n.index, to === 'next-paragraph' ? 1 : -1));
  }

  /**
   * Another tab or the page's own media started playing. Its speech may have cut ours off first (one
   * voice for all tabs): then the Narrator has paused itself already, and the status still says why.
   */
  pauseForOther(): void {
    const state = this.narrator.state;
    if (state === 'playing' || state === 'waiting-for-voices') {
      this.narrator.pause();
      this.control.setStatus(this.t.otherPlayer);
    } else if (state === 'paused' && !this.pausedByUser) {
      this.control.setStatus(this.t.otherPlayer);
    }
  }

  /** The voices that speak the sentence's language, for the control's voice list. */
  private showVoices(index: number, speaking: string) {
    this.heard = { index, voice: speaking };
    const lang = this.reading?.sentences[index]?.lang ?? 'sv';
    let names = this.voiceNames.get(lang);
    if (!names) {
      const speakers = voicesSpeaking(this.engine, lang);
      names = [...new Set(speakers.map((v) => v.name))].sort((a, b) => a.localeCompare(b));
      // An empty list may only mean the voices have not arrived yet.
      if (names.length > 0) this.voiceNames.set(lang, names);
    }
    this.control.setVoices(names, speaking);
  }

  private onNarrator(event: NarratorEvent) {
    const total = this.reading?.sentences.length ?? 0;
    switch (event.type) {
      case 'state':
        this.hooks.listening(event.state === 'playing' || event.state === 'waiting-for-voices');
        this.control.setState(event.state === 'waiting-for-voices' ? 'busy' : event.state);
        if (event.state === 'waiting-for-voices') this.control.setStatus(this.t.waitingForVoices);
        if (event.state === 'paused') this.control.setStatus(this.t.paused(this.narrator.index + 1, total));
        if (event.state === 'playing') {
          this.pausedByUser = false;
          // Say where reading is at once, as the voice may take a moment to start; but only once the
          // speak request is on its way (the Narrator sends it right after this event), since the
          // highlight and the scroll cost a first click tens of milliseconds on a large page.
          const index = this.narrator.index;
          queueMicrotask(() => {
            if (this.narrator.state === 'playing' && this.narrator.index === index) this.showPosition(index);
          });
        }
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
          this.control.setStatus(this.noted(event.index, this.t.paused(event.index + 1, total)));
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
        this.control.setStatus(this.hooks.errorText(event));
        break;
    }
  }

  private showPosition(index: number) {
    // How much there is to read is not known yet: the status waits (a moment) rather than say "1 of 1".
    if (this.reading?.headingOnly) return this.highlightSentence(index);
    const sentences = this.reading?.sentences ?? [];
    const complete = this.reading?.complete !== false;
    this.control.setStatus(this.noted(index, progressStatus(this.t, sentences, index, this.narrator.rate, complete)));
    this.control.setProgress(sentences.length ? index / sentences.length : 0);
    this.highlightSentence(index);
  }

  private noted(index: number, status: string): string {
    if (this.note?.index === index) return `${this.note.text} ${status}`;
    this.note = null;
    return status;
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
}
