import type { UtteranceEvent, VoiceInfo } from './engine';

/**
 * Messages on the port between a page's player and the background's speech host (Chromium, where
 * `chrome.tts` speaks without the page needing a click, so the toolbar button and shortcut can start
 * reading at once). Only the extension's own content scripts can open this port.
 */
export const TTS_PORT = 'lyssna-tts';

export type ToHost =
  | { type: 'voices' }
  | {
      type: 'speak';
      id: number;
      text: string;
      lang: string;
      voiceName: string | null;
      /** With no voiceName: the host chooses for `lang` (chooseVoice), `preferred` being the user's pick. */
      choose?: { preferred: string | null };
      rate: number;
      volume: number;
    }
  | { type: 'cancel' };

export type FromHost = { type: 'voices'; voices: PackedVoices } | { type: 'event'; id: number; event: UtteranceEvent };

/**
 * chrome.tts's voices as three strings, one line per voice: speech-dispatcher lists 13,362, which as
 * objects made a 1.76 MB message that took a fresh tab 55-165 ms to receive, while its first sentence
 * waited. The name is also the voice's URI; chrome.tts marks no default voice.
 */
export interface PackedVoices {
  names: string;
  langs: string;
  /** '1' for a voice on this computer, '0' for a remote one. */
  local: string;
}

const SEPARATOR = '\n';

export function packVoices(voices: readonly VoiceInfo[]): PackedVoices {
  return {
    names: voices.map((v) => v.name.replaceAll(SEPARATOR, ' ')).join(SEPARATOR),
    langs: voices.map((v) => v.lang.replaceAll(SEPARATOR, ' ')).join(SEPARATOR),
    local: voices.map((v) => (v.localService ? '1' : '0')).join(''),
  };
}

export function unpackVoices(packed: PackedVoices): VoiceInfo[] {
  if (packed.local.length === 0) return [];
  const names = packed.names.split(SEPARATOR);
  const langs = packed.langs.split(SEPARATOR);
  return names.map((name, i) => ({
    name,
    lang: langs[i] ?? '',
    localService: packed.local[i] === '1',
    default: false,
    voiceURI: name,
  }));
}

/** The slice of a runtime.Port the two ends use; a fake in unit tests. */
export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  onMessage: { addListener(listener: (message: In) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}
