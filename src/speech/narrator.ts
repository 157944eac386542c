/**
 * Reads a list of sentences aloud, one utterance per sentence, over an injected SpeechEngine.
 *
 * Why it is built this way:
 * - One utterance at a time, the next spoken on 'end': long utterances get cut off or never end in some
 *   browsers, and per-sentence utterances give sentence highlighting without boundary events.
 * - Every utterance carries a token; events whose token is not the live one are dropped. Our own cancel()
 *   makes engines fire 'interrupted'/'canceled' (sometimes 'end') late, and those must never move state.
 * - Pause is cancel + remember position, resume speaks the sentence again: engine pause/resume is
 *   unreliable (Chrome on Linux, Android). The last word boundary is kept, and `resumeFromWord` resumes there.
 * - Events are queued and delivered after each operation has finished, so a listener that calls back into
 *   the Narrator always sees (and acts on) a consistent state.
 */
import type { Sentence } from '../core/model';
import type { SpeechEngine, UtteranceEvent, VoiceInfo } from './engine';
import { chooseVoice, voicesSpeaking } from './voice-choice';

export type NarratorState = 'idle' | 'waiting-for-voices' | 'playing' | 'paused';

export type NarratorErrorCode =
  | 'no-voice'
  /** Speech is turned off in the browser (see SpeechEngine.speechOff). */
  | 'speech-off'
  | 'not-allowed'
  | 'synthesis-failed'
  | 'voice-unavailable'
  | 'audio-busy'
  | 'network'
  | 'other';

export type NarratorEvent =
  | { type: 'state'; state: NarratorState }
  /** The current sentence changed without (yet) being spoken: next/previous while paused, stop, finish. */
  | { type: 'position'; index: number }
  /** The voice actually started speaking sentence `index`; `voice` names the voice that speaks it. */
  | { type: 'sentence'; index: number; voice: string }
  /** A word boundary from the voice; offsets are into `sentences[index].speech`. */
  | { type: 'word'; index: number; charIndex: number; charLength: number }
  | { type: 'error'; code: NarratorErrorCode; lang?: string; message?: string }
  | { type: 'finished' };

export interface NarratorTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface NarratorOptions {
  /** Speech rate, 0.1–10 (Web Speech range). Default 1. */
  rate?: number;
  /** Volume, 0–1. Default 1. */
  volume?: number;
  /** The user's preferred voice name (or voiceURI) for a language, or null for automatic choice. */
  voiceFor?: (lang: string) => string | null;
  /** How long to wait for a late voice list before giving up. Default 2000 ms. */
  voiceWaitMs?: number;
  /** How long an utterance may take to start before it counts as failed. Default 10000 ms. */
  startTimeoutMs?: number;
  /** Resume from the last word boundary instead of the sentence start. Default false. */
  resumeFromWord?: boolean;
  timers?: NarratorTimers;
}

// Swedish is spoken at roughly 12–15 characters a second at rate 1; the end watchdog allows 3× that + 5 s.
const CHARS_PER_SECOND = 12;
// Per-sentence failures (text-too-long, invalid-argument, no 'end') skip the sentence; this many in a row
// means the problem is not the sentences.
const MAX_CONSECUTIVE_FAILURES = 3;

const defaultTimers: NarratorTimers = {
  // Looked up at call time so fake timers installed after construction still apply.
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface LiveUtterance {
  token: number;
  started: boolean;
  /** Where in the sentence's speech this utterance begins (non-zero only when resuming mid-sentence). */
  offset: number;
  /** Null when the engine chooses (see SpeechEngine.choosesVoice); its 'start' event names the voice. */
  voice: VoiceInfo | null;
}

export class Narrator {
  private list: Sentence[] = [];
  /** More sentences are still coming (a very long page read a part at a time): the end is not the end. */
  private growing = false;
  /** Reading reached the last sentence so far and waits for more. */
  private atEndWaiting = false;
  private current = 0;
  private stateValue: NarratorState = 'idle';
  private rateValue: number;
  private volumeValue: number;
  private readonly voiceFor: (lang: string) => string | null;
  private readonly voiceWaitMs: number;
  private readonly startTimeoutMs: number;
  private readonly resumeFromWord: boolean;
  private readonly timers: NarratorTimers;

  private live: LiveUtterance | null = null;
  private lastToken = 0;
  /** Last word boundary of the current sentence (in its speech text), for resuming mid-sentence. */
  private lastWord: { charIndex: number; charLength: number } | null = null;
  private pendingOffset = 0;
  private failures = 0;
  private watchdog: unknown = null;
  private voiceWait: unknown = null;
  private readonly voiceCache = new Map<string, VoiceInfo | null>();
  private readonly badVoices = new Set<string>();

  private readonly listeners = new Set<(event: NarratorEvent) => void>();
  private readonly queue: NarratorEvent[] = [];
  private depth = 0;
  private flushing = false;
  private destroyed = false;
  private readonly unsubscribeVoices: () => void;

  constructor(
    private readonly engine: SpeechEngine,
    options: NarratorOptions = {},
  ) {
    this.rateValue = clamp(options.rate ?? 1, 0.1, 10, 1);
    this.volumeValue = clamp(options.volume ?? 1, 0, 1, 1);
    this.voiceFor = options.voiceFor ?? (() => null);
    this.voiceWaitMs = options.voiceWaitMs ?? 2000;
    this.startTimeoutMs = options.startTimeoutMs ?? 10_000;
    this.resumeFromWord = options.resumeFromWord ?? false;
    this.timers = options.timers ?? defaultTimers;
    this.unsubscribeVoices = engine.onVoicesChanged(() => this.run(() => this.voicesChanged()));
  }

  get state(): NarratorState {
    return this.stateValue;
  }
  /** The sentence being spoken, or the one play/resume will speak. */
  get index(): number {
    return this.current;
  }
  get sentences(): readonly Sentence[] {
    return this.list;
  }
  get rate(): number {
    return this.rateValue;
  }
  get volume(): number {
    return this.volumeValue;
  }

  subscribe(listener: (event: NarratorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Replaces the text; stops whatever is being spoken. `complete` false: `extend` brings more. */
  load(sentences: Sentence[], complete = true): void {
    this.run(() => {
      this.halt();
      this.list = [...sentences];
      this.growing = !complete;
      this.failures = 0;
      this.setState('idle');
      this.moveTo(0);
    });
  }

  /**
   * More sentences at the end of the text (the next part of a very long page); `complete` when no more
   * will come. Reading that waits at the end goes on with them.
   */
  extend(more: readonly Sentence[], complete: boolean): void {
    this.run(() => {
      this.list.push(...more);
      this.growing = !complete;
      if (!this.atEndWaiting) return;
      if (more.length > 0) {
        this.atEndWaiting = false;
        this.moveTo(this.current + 1);
        this.speakCurrent(0);
      } else if (complete) this.finish();
    });
  }

  /**
   * Replaces the text under the sentence being spoken, which goes on undisturbed: it is `at` in the new
   * list (a page's heading, read out while the rest of the page was read: see heading-first.ts). Paused,
   * waiting or idle, the new list is simply where reading stands.
   */
  follow(sentences: readonly Sentence[], at: number, complete: boolean): void {
    this.run(() => {
      if (!Number.isInteger(at) || at < 0 || at >= sentences.length) return;
      this.list = [...sentences];
      this.growing = !complete;
      if (this.stateValue === 'idle') {
        this.halt();
        this.moveTo(0);
        return;
      }
      // Not moveTo(): the last word heard still says where in this same sentence to resume.
      this.current = at;
      this.queue.push({ type: 'position', index: at });
      if (this.atEndWaiting) {
        // The heading ended before the rest was there: go on with what follows it.
        this.atEndWaiting = false;
        this.advance();
      }
    });
  }

  /** Starts (or, when paused, resumes) reading; with `fromIndex`, jumps there first. */
  play(fromIndex?: number): void {
    this.run(() => {
      if (this.list.length === 0) return;
      if (fromIndex !== undefined) {
        if (!Number.isInteger(fromIndex) || fromIndex < 0 || fromIndex >= this.list.length) return;
        this.halt();
        this.moveTo(fromIndex);
        this.begin(0);
        return;
      }
      if (this.stateValue === 'playing' || this.stateValue === 'waiting-for-voices') return;
      this.begin(this.stateValue === 'paused' ? this.resumeOffset() : 0);
    });
  }

  pause(): void {
    this.run(() => {
      if (this.stateValue !== 'playing' && this.stateValue !== 'waiting-for-voices') return;
      this.halt();
      this.setState('paused');
    });
  }

  resume(): void {
    this.run(() => {
      if (this.stateValue === 'paused') this.begin(this.resumeOffset());
    });
  }

  /**
   * Waits, paused, at sentence `index` without speaking: a paused reading carried into another view
   * (the reader), so that resume() goes on from the start of that sentence there.
   */
  cue(index: number): void {
    this.run(() => {
      if (!Number.isInteger(index) || index < 0 || index >= this.list.length) return;
      this.halt();
      this.moveTo(index);
      this.setState('paused');
    });
  }

  /** Stops and rewinds to the first sentence. */
  stop(): void {
    this.run(() => {
      this.halt();
      this.setState('idle');
      this.moveTo(0);
    });
  }

  next(): void {
    this.run(() => {
      if (this.list.length === 0) return;
      if (this.current >= this.list.length - 1) {
        if (!this.growing) this.finish();
        return;
      }
      this.jump(this.current + 1);
    });
  }

  /** The previous sentence; at the first one, that sentence again from its start. */
  previous(): void {
    this.run(() => {
      if (this.list.length === 0) return;
      this.jump(Math.max(0, this.current - 1));
    });
  }

  /**
   * Moves to sentence `index` (clamped): keeps playing when playing, otherwise only the position moves.
   * Paragraph navigation and "repeat sentence" are seeks.
   */
  seek(index: number): void {
    this.run(() => {
      if (this.list.length === 0 || !Number.isFinite(index)) return;
      this.jump(Math.min(this.list.length - 1, Math.max(0, Math.trunc(index))));
    });
  }

  /** Takes effect from the next sentence (restarting the current one on every slider step would stutter). */
  setRate(rate: number): void {
    this.rateValue = clamp(rate, 0.1, 10, this.rateValue);
  }

  setVolume(volume: number): void {
    this.volumeValue = clamp(volume, 0, 1, this.volumeValue);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.run(() => {
      this.halt();
      this.setState('idle');
    });
    this.destroyed = true;
    this.unsubscribeVoices();
    this.listeners.clear();
  }

  // --- transitions -------------------------------------------------------------------------------------

  /** Moves to `target`; keeps playing if playing, otherwise only the position changes. */
  private jump(target: number): void {
    if (this.stateValue === 'playing') {
      this.halt();
      this.moveTo(target);
      this.begin(0);
    } else {
      this.moveTo(target);
    }
  }

  /** Speaks the current sentence, first waiting for the voice list if the browser has not loaded it yet. */
  private begin(offset: number): void {
    if (this.engine.speechOff) {
      const lang = this.list[this.current]?.lang ?? '';
      return this.fail('speech-off', lang, 'Speech is turned off in this browser.');
    }
    if (this.engine.getVoices().length === 0 && !this.engine.choosesVoice) this.waitForVoices(offset);
    else this.speakCurrent(offset);
  }

  private waitForVoices(offset: number): void {
    this.pendingOffset = offset;
    this.setState('waiting-for-voices');
    this.clearVoiceWait();
    this.voiceWait = this.timers.setTimeout(
      () =>
        this.run(() => {
          this.voiceWait = null;
          if (this.stateValue !== 'waiting-for-voices') return;
          // Still none: there is no voice (an engine that chooses would only ask to wait again).
          const lang = this.list[this.current]?.lang ?? '';
          if (this.engine.getVoices().length === 0) this.fail('no-voice', lang, `No installed voice speaks "${lang}".`);
          else this.speakCurrent(this.pendingOffset);
        }),
      this.voiceWaitMs,
    );
  }

  private voicesChanged(): void {
    this.voiceCache.clear();
    this.badVoices.clear();
    if (this.stateValue === 'waiting-for-voices' && this.engine.getVoices().length > 0) {
      this.clearVoiceWait();
      this.speakCurrent(this.pendingOffset);
    }
  }

  private speakCurrent(offset: number): void {
    // Some engines never fire 'end' for empty text, so sentences with nothing to say are passed over.
    let index = this.current;
    while (index < this.list.length && this.list[index]!.speech.trim() === '') index++;
    const sentence = this.list[index];
    if (!sentence) {
      this.finish();
      return;
    }
    if (index !== this.current) {
      this.moveTo(index);
      offset = 0;
    }
    const voice = this.voiceForLang(sentence.lang); // cached per language: no look at the list per sentence
    // An engine that chooses itself is asked to while the page has no list: no round trip for it.
    if (!voice && (!this.engine.choosesVoice || this.engine.getVoices().length > 0)) {
      this.fail('no-voice', sentence.lang, `No installed voice speaks "${sentence.lang}".`);
      return;
    }
    if (offset <= 0 || offset >= sentence.speech.length) offset = 0;

    const token = ++this.lastToken;
    this.live = { token, started: false, offset, voice };
    this.setState('playing');
    this.arm(
      () => this.fail('synthesis-failed', sentence.lang, 'The voice did not start speaking.'),
      this.startTimeoutMs,
    );
    // Everything is settled before speak(): an engine may call back synchronously from inside it.
    try {
      this.engine.speak(
        {
          text: sentence.speech.slice(offset),
          lang: sentence.lang,
          voice,
          ...(voice ? {} : { preferredVoice: this.voiceFor(sentence.lang) }),
          rate: this.rateValue,
          volume: this.volumeValue,
        },
        (event) => this.run(() => this.onUtterance(token, event)),
      );
    } catch (error) {
      if (this.live?.token === token) this.fail('synthesis-failed', sentence.lang, String(error));
    }
  }

  private onUtterance(token: number, event: UtteranceEvent): void {
    const live = this.live;
    if (this.destroyed || !live || live.token !== token) return; // stale: an utterance we cancelled
    switch (event.type) {
      case 'start':
        this.started(live, event.voice);
        return;
      case 'boundary': {
        if (event.name !== 'word') return;
        this.started(live); // a boundary proves speech began even if 'start' got lost
        const speech = this.list[this.current]!.speech;
        const charIndex = live.offset + event.charIndex;
        const charLength = event.charLength ?? wordLength(speech, charIndex);
        this.lastWord = { charIndex, charLength };
        this.queue.push({ type: 'word', index: this.current, charIndex, charLength });
        return;
      }
      case 'end':
        this.live = null;
        this.clearWatchdog();
        this.failures = 0;
        this.advance();
        return;
      case 'error':
        this.live = null;
        this.clearWatchdog();
        this.onError(event.error, live);
        return;
    }
  }

  private started(live: LiveUtterance, chosen?: string): void {
    if (live.started) return;
    live.started = true;
    const sentence = this.list[this.current]!;
    const expectedMs = ((sentence.speech.length - live.offset) / (CHARS_PER_SECOND * this.rateValue)) * 1000;
    // Chrome sometimes never fires 'end' (long or GC'd utterances): move on rather than hang.
    this.arm(
      () => {
        this.live = null;
        this.engine.cancel();
        this.skip();
      },
      3 * expectedMs + 5000,
    );
    this.queue.push({ type: 'sentence', index: this.current, voice: live.voice?.name ?? chosen ?? '' });
  }

  private onError(code: string, live: LiveUtterance): void {
    const lang = this.list[this.current]!.lang;
    switch (code) {
      case 'interrupted':
      case 'canceled':
        // Not our cancel (those are stale): another tab or script stopped speech. Say so, keep the place.
        this.halt();
        this.setState('paused');
        return;
      case 'text-too-long':
      case 'invalid-argument':
        this.skip();
        return;
      case 'voices-loading':
        // The engine was to choose but has no list yet: wait for it as for any late list.
        if (this.engine.getVoices().length > 0) this.speakCurrent(live.offset);
        else this.waitForVoices(live.offset);
        return;
      case 'voice-unavailable':
        // The engine's own choice failed: choose here once the list is in (a named voice can be dropped).
        if (!live.voice) {
          if (this.engine.getVoices().length > 0) this.speakCurrent(live.offset);
          else this.fail('voice-unavailable', lang, 'The chosen voice is not available.');
          return;
        }
        // Try the next best voice for this language once per voice; give up when none is left.
        this.badVoices.add(live.voice.voiceURI || live.voice.name);
        this.voiceCache.clear();
        if (this.voiceForLang(lang)) this.speakCurrent(live.offset);
        else this.fail('voice-unavailable', lang, `The voice "${live.voice.name}" is not available.`);
        return;
      case 'language-unavailable':
        this.fail('no-voice', lang, `No installed voice speaks "${lang}".`);
        return;
      case 'not-allowed':
        this.fail('not-allowed', lang, 'The browser allows speech only after a click.');
        return;
      case 'audio-busy':
      case 'audio-hardware':
        this.fail('audio-busy', lang, `Sound output failed (${code}).`);
        return;
      case 'network':
        this.fail('network', lang, 'The voice needs a network connection.');
        return;
      case 'synthesis-failed':
      case 'synthesis-unavailable':
        this.fail('synthesis-failed', lang, `Speech synthesis failed (${code}).`);
        return;
      default:
        this.fail('other', lang, code);
    }
  }

  /** The current sentence could not be spoken: go on with the next, unless this keeps happening. */
  private skip(): void {
    this.failures++;
    if (this.failures >= MAX_CONSECUTIVE_FAILURES) {
      this.failures = 0;
      this.fail('synthesis-failed', this.list[this.current]?.lang, 'Several sentences in a row could not be spoken.');
      return;
    }
    this.advance();
  }

  private advance(): void {
    if (this.current >= this.list.length - 1) {
      // Still playing, silent, until the next part of the text is there.
      if (this.growing) this.atEndWaiting = true;
      else this.finish();
      return;
    }
    this.moveTo(this.current + 1);
    this.speakCurrent(0);
  }

  private finish(): void {
    this.halt();
    this.setState('idle');
    this.moveTo(0);
    this.queue.push({ type: 'finished' });
  }

  /** Stops with an error; the position stays on the sentence that failed so play() retries it. */
  private fail(code: NarratorErrorCode, lang: string | undefined, message: string): void {
    this.halt();
    this.setState('idle');
    const event: NarratorEvent = { type: 'error', code, message };
    if (lang !== undefined) event.lang = lang;
    this.queue.push(event);
  }

  /** Silences the engine and drops every timer; the state is the caller's to set. */
  private halt(): void {
    this.atEndWaiting = false;
    this.clearWatchdog();
    this.clearVoiceWait();
    if (this.live) {
      this.live = null; // first, so the events cancel() fires are stale
      this.engine.cancel();
    }
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private resumeOffset(): number {
    return this.resumeFromWord && this.lastWord ? this.lastWord.charIndex : 0;
  }

  private moveTo(index: number): void {
    this.lastWord = null;
    if (index === this.current) return;
    this.current = index;
    this.queue.push({ type: 'position', index });
  }

  private setState(state: NarratorState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.queue.push({ type: 'state', state });
  }

  private voiceForLang(lang: string): VoiceInfo | null {
    const preferred = this.voiceFor(lang);
    // The preference is part of the key so a changed setting applies without a reload.
    const key = `${lang}\n${preferred ?? ''}`;
    const cached = this.voiceCache.get(key);
    if (cached !== undefined) return cached;
    let voices = voicesSpeaking(this.engine, lang);
    if (this.badVoices.size > 0) voices = voices.filter((v) => !this.badVoices.has(v.voiceURI || v.name));
    const voice = chooseVoice(voices, lang, preferred);
    this.voiceCache.set(key, voice);
    return voice;
  }

  /** One watchdog at a time, tied to the live utterance so a late timer cannot hit a newer one. */
  private arm(onTimeout: () => void, ms: number): void {
    this.clearWatchdog();
    const token = this.live?.token;
    this.watchdog = this.timers.setTimeout(
      () =>
        this.run(() => {
          this.watchdog = null;
          if (this.live && this.live.token === token) onTimeout();
        }),
      ms,
    );
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) this.timers.clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private clearVoiceWait(): void {
    if (this.voiceWait !== null) this.timers.clearTimeout(this.voiceWait);
    this.voiceWait = null;
  }

  /** Runs an operation, then delivers the events it queued once nothing is half done. */
  private run(operation: () => void): void {
    if (this.destroyed) return;
    this.depth++;
    try {
      operation();
    } finally {
      this.depth--;
      if (this.depth === 0) this.flush();
    }
  }

  private flush(): void {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let event = this.queue.shift(); event; event = this.queue.shift()) {
        for (const listener of [...this.listeners]) {
          try {
            listener(event);
          } catch (error) {
            console.error('Lyssna: narrator listener failed', error);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Length of the word at `index`, for voices whose boundary events carry no charLength (Firefox, Safari). */
function wordLength(text: string, index: number): number {
  const word = /[\p{L}\p{N}\p{M}]+(?:[-'’:.][\p{L}\p{N}\p{M}]+)*/uy;
  word.lastIndex = index;
  const match = word.exec(text);
  if (match) return match[0].length;
  const other = /\S+/y;
  other.lastIndex = index;
  return other.exec(text)?.[0].length ?? 0;
}
