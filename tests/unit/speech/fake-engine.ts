/**
 * A scripted SpeechEngine. Tests decide when the current utterance starts, sends boundaries, ends or
 * fails; cancel() behaves like real engines (late 'interrupted'/'canceled'/'end' for the old utterance),
 * which is exactly what the Narrator must survive.
 */
import type { SpeechEngine, UtteranceEvent, UtteranceRequest, VoiceInfo } from '../../../src/speech/engine';

/**
 * What cancel() fires for each utterance it drops:
 * - 'chrome': 'interrupted' for the speaking one, 'canceled' for queued ones (Chromium);
 * - 'canceled': 'canceled' for all; 'end': 'end' for all (older Safari/Firefox); 'silent': nothing.
 */
export type CancelBehaviour = 'chrome' | 'canceled' | 'end' | 'silent';

export interface FakeEngineOptions {
  voices?: VoiceInfo[];
  cancel?: CancelBehaviour;
  /** Fire cancel()'s events from a setTimeout(0), as browsers do, instead of inside cancel(). */
  asyncCancel?: boolean;
  /** The engine chooses a voice for requests that name none (Chromium's background host). */
  choosesVoice?: boolean;
}

export type FakeStatus = 'queued' | 'speaking' | 'ended' | 'failed' | 'cancelled';

export interface FakeUtterance {
  id: number;
  request: UtteranceRequest;
  status: FakeStatus;
  listener: (event: UtteranceEvent) => void;
}

export function voice(name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo {
  return { name, lang, localService: true, default: false, voiceURI: name, ...extra };
}

export class FakeEngine implements SpeechEngine {
  readonly utterances: FakeUtterance[] = [];
  cancelCalls = 0;
  pauseCalls = 0;
  resumeCalls = 0;
  private voices: VoiceInfo[];
  private readonly voiceListeners = new Set<() => void>();
  private readonly cancelBehaviour: CancelBehaviour;
  private readonly asyncCancel: boolean;

  readonly choosesVoice: boolean;

  constructor(options: FakeEngineOptions = {}) {
    this.choosesVoice = options.choosesVoice ?? false;
    this.voices = options.voices ?? [];
    this.cancelBehaviour = options.cancel ?? 'chrome';
    this.asyncCancel = options.asyncCancel ?? false;
  }

  // --- SpeechEngine ---
  getVoices(): VoiceInfo[] {
    return [...this.voices];
  }
  onVoicesChanged(listener: () => void): () => void {
    this.voiceListeners.add(listener);
    return () => this.voiceListeners.delete(listener);
  }
  speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void): void {
    this.utterances.push({ id: this.utterances.length, request: { ...request }, status: 'queued', listener });
  }
  cancel(): void {
    this.cancelCalls++;
    const dropped = this.live;
    for (const u of dropped) {
      const event: UtteranceEvent | null =
        this.cancelBehaviour === 'silent'
          ? null
          : this.cancelBehaviour === 'end'
            ? { type: 'end' }
            : {
                type: 'error',
                error: this.cancelBehaviour === 'chrome' && u.status === 'speaking' ? 'interrupted' : 'canceled',
              };
      u.status = 'cancelled';
      if (!event) continue;
      if (this.asyncCancel) setTimeout(() => u.listener(event), 0);
      else u.listener(event);
    }
  }
  pause(): void {
    this.pauseCalls++;
  }
  resume(): void {
    this.resumeCalls++;
  }

  // --- scripting ---
  /** Utterances the engine would still speak (queued or speaking). */
  get live(): FakeUtterance[] {
    return this.utterances.filter((u) => u.status === 'queued' || u.status === 'speaking');
  }
  /** The utterance at the head of the queue; throws when nothing is live. */
  get current(): FakeUtterance {
    const u = this.live[0];
    if (!u) throw new Error('FakeEngine: no live utterance');
    return u;
  }
  /** Texts in the order they were handed to the engine. */
  get spoken(): string[] {
    return this.utterances.map((u) => u.request.text);
  }

  setVoices(voices: VoiceInfo[]): void {
    this.voices = voices;
    for (const l of [...this.voiceListeners]) l();
  }
  /** `voice` names the voice the engine chose itself. */
  start(voice?: string): void {
    const u = this.current;
    u.status = 'speaking';
    u.listener(voice ? { type: 'start', voice } : { type: 'start' });
  }
  boundary(charIndex: number, charLength?: number, name: 'word' | 'sentence' = 'word'): void {
    const event: UtteranceEvent =
      charLength === undefined
        ? { type: 'boundary', name, charIndex }
        : { type: 'boundary', name, charIndex, charLength };
    this.current.listener(event);
  }
  end(): void {
    const u = this.current;
    u.status = 'ended';
    u.listener({ type: 'end' });
  }
  /** start + end: the voice says the current sentence. */
  finish(): void {
    this.start();
    this.end();
  }
  fail(error: string): void {
    const u = this.current;
    u.status = 'failed';
    u.listener({ type: 'error', error });
  }
  /** Delivers an event to any utterance, live or not (a late event from an old utterance). */
  send(u: FakeUtterance, event: UtteranceEvent): void {
    u.listener(event);
  }
}
