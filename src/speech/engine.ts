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
  voice: VoiceInfo | null;
  rate: number;
  volume: number;
}

export type UtteranceEvent =
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'boundary'; name: 'word' | 'sentence'; charIndex: number; charLength?: number }
  /** `error` is a SpeechSynthesisErrorEvent code: "interrupted", "canceled", "not-allowed", ... */
  | { type: 'error'; error: string };

export interface SpeechEngine {
  getVoices(): VoiceInfo[];
  /** Called whenever the list of voices changes (voices may arrive late). Returns an unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
  /** Queue one utterance; events for it arrive through `listener`. */
  speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}
