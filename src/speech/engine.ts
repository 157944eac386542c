/**
 * The slice of the Web Speech API that the Narrator uses. In the browser it is `window.speechSynthesis`
 * with `SpeechSynthesisUtterance`; in unit tests it is a scripted fake. Keeping it this small is what lets
 * every timing and error case be tested without a browser.
 */

export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export interface UtteranceRequest {
  text: string;
  lang: string;
  /** Null only with an engine that `choosesVoice`, before its voice list has reached the page. */
  voice: VoiceInfo | null;
  /** With no voice: the user's preferred voice name for the language, for the engine's own choice. */
  preferredVoice?: string | null;
  rate: number;
  volume: number;
}

export type UtteranceEvent =
  /** `voice` names the voice an engine chose itself (see `choosesVoice`). */
  | { type: 'start'; voice?: string }
  | { type: 'end' }
  | { type: 'boundary'; name: 'word' | 'sentence'; charIndex: number; charLength?: number }
  /** `error` is a SpeechSynthesisErrorEvent code: "interrupted", "canceled", "not-allowed", ... */
  | { type: 'error'; error: string };

export interface SpeechEngine {
  /**
   * The engine can choose the voice for a request that names none, as `chooseVoice` would (Chromium's
   * background host, which keeps the list): the first sentence need not wait for the list to reach the
   * page. It answers such a request with the error "voices-loading" when it has no list either.
   */
  readonly choosesVoice?: boolean;
  /** Speech is turned off in this browser: no voice will ever be listed, so there is nothing to wait for. */
  readonly speechOff?: boolean;
  getVoices(): VoiceInfo[];
  /**
   * The voices that speak `lang`'s language (see speaksLanguage), in the list's order: what choosing a
   * voice looks at, without going through the whole list (13,362 voices with speech-dispatcher).
   */
  voicesFor?(lang: string): VoiceInfo[];
  /** Called whenever the list of voices changes (voices may arrive late). Returns an unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
  /** Queue one utterance; events for it arrive through `listener`. */
  speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}
