import type { UtteranceEvent, VoiceInfo } from './engine';

/**
 * Messages on the port between a page's player and the background's speech host (Chromium, where
 * `chrome.tts` speaks without the page needing a click, so the toolbar button and shortcut can start
 * reading at once). Only the extension's own content scripts can open this port.
 */
export const TTS_PORT = 'lyssna-tts';

export type ToHost =
  | { type: 'voices' }
  | { type: 'speak'; id: number; text: string; lang: string; voiceName: string | null; rate: number; volume: number }
  | { type: 'cancel' };

export type FromHost = { type: 'voices'; voices: VoiceInfo[] } | { type: 'event'; id: number; event: UtteranceEvent };

/** The slice of a runtime.Port the two ends use; a fake in unit tests. */
export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  onMessage: { addListener(listener: (message: In) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}
