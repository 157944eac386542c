import type { UtteranceEvent, VoiceInfo } from '../speech/engine';
import { packVoices, TTS_PORT, type FromHost, type PackedVoices, type ToHost } from '../speech/tts-protocol';

/**
 * The background end of the Chromium speech bridge: speaks with `chrome.tts` for the players in tabs.
 * One tab speaks at a time; a tab that takes over interrupts the other, and a tab that goes away (closed,
 * navigated, reloaded) takes its speech with it, because its port disconnects.
 */
/** The parts of runtime.Port, runtime and chrome.tts this uses (structural, so tests can fake them). */
export interface HostPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number } };
  postMessage(message: FromHost): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
export interface HostRuntime {
  id: string;
  onConnect: { addListener(listener: (port: HostPort) => void): void };
}
export interface TtsApi {
  speak(text: string, options: TtsSpeakOptions): unknown;
  stop(): unknown;
  getVoices(): Promise<Array<{ voiceName?: string; lang?: string; remote?: boolean }>>;
}
interface TtsSpeakOptions {
  lang: string;
  voiceName?: string;
  rate: number;
  volume: number;
  enqueue: boolean;
  onEvent: (event: TtsEvent) => void;
}
interface TtsEvent {
  type: string;
  charIndex?: number;
  length?: number;
  errorMessage?: string;
}

export function serveTts(runtime: HostRuntime, tts: TtsApi): { warmVoices(): void } {
  let owner: HostPort | null = null;
  const voices = keptVoices(tts);

  runtime.onConnect.addListener((port) => {
    if (port.name !== TTS_PORT || port.sender?.id !== runtime.id || port.sender?.tab?.id === undefined) return;
    const send = (message: FromHost) => {
      try {
        port.postMessage(message);
      } catch {
        // The tab went away between the event and this reply.
      }
    };

    port.onMessage.addListener((raw: unknown) => {
      const message = raw as ToHost;
      if (message.type === 'voices') voices.send(send);
      else if (message.type === 'cancel') {
        if (owner === port) tts.stop();
      } else if (message.type === 'speak') {
        owner = port;
        const id = message.id;
        tts.speak(message.text, {
          lang: message.lang,
          ...(message.voiceName ? { voiceName: message.voiceName } : {}),
          rate: message.rate,
          volume: message.volume,
          enqueue: false,
          onEvent: (e: TtsEvent) => {
            const event = toUtteranceEvent(e);
            if (event) send({ type: 'event', id, event });
          },
        });
      }
    });
    port.onDisconnect.addListener(() => {
      if (owner === port) {
        owner = null;
        tts.stop();
      }
    });
  });
  return { warmVoices: () => voices.warm() };
}

function toUtteranceEvent(e: TtsEvent): UtteranceEvent | null {
  switch (e.type) {
    case 'start':
      return { type: 'start' };
    case 'end':
      return { type: 'end' };
    case 'word':
    case 'sentence':
      return {
        type: 'boundary',
        name: e.type,
        charIndex: e.charIndex ?? 0,
        ...(e.length ? { charLength: e.length } : {}),
      };
    case 'interrupted':
      return { type: 'error', error: 'interrupted' };
    case 'cancelled':
      return { type: 'error', error: 'canceled' };
    case 'error':
      return { type: 'error', error: 'synthesis-failed' };
    default:
      return null;
  }
}

/**
 * chrome.tts's voices, kept. With speech-dispatcher's 13,362 voices each getVoices() takes 165-185 ms of
 * the background's thread, which a fresh tab's first sentence waited for (its player asks when it loads),
 * and a speak request behind it too. A kept list is sent at once. chrome.tts has no change event, so a
 * list over a minute old is asked for again a few seconds later, and sent again if it changed (a voice
 * installed).
 */
function keptVoices(tts: Pick<TtsApi, 'getVoices'>, now = () => Date.now()) {
  let kept: { packed: PackedVoices; at: number } | null = null;
  let asking: Promise<VoiceInfo[]> | null = null;
  let refreshing = false;
  const get = (): Promise<VoiceInfo[]> =>
    (asking ??= ttsVoices(tts).then((voices) => {
      asking = null;
      if (voices.length > 0) kept = { packed: packVoices(voices), at: now() };
      return voices;
    }));
  return {
    /** Asks chrome.tts now unless a list is kept: a tab's player is on its way. */
    warm(): void {
      if (!kept) void get();
    },
    send(send: (m: FromHost) => void): void {
      const before = kept;
      if (!before) return void get().then((voices) => send({ type: 'voices', voices: packVoices(voices) }));
      send({ type: 'voices', voices: before.packed });
      if (refreshing || now() - before.at < 60_000) return;
      refreshing = true;
      setTimeout(() => {
        void get().then((voices) => {
          refreshing = false;
          const packed = kept?.packed ?? packVoices(voices);
          if (!samePacked(before.packed, packed)) send({ type: 'voices', voices: packed });
        });
      }, 3000);
    },
  };
}

/** The same list as the tab was given: names, languages and which are local (three string compares). */
function samePacked(a: PackedVoices, b: PackedVoices): boolean {
  return a.names === b.names && a.langs === b.langs && a.local === b.local;
}

/**
 * chrome.tts's voices. They load late (seconds on Linux) and chrome.tts has no change event: ask again
 * until some come, for up to 9 s (longer than the player waits); then the list, empty or not.
 */
export async function ttsVoices(tts: Pick<TtsApi, 'getVoices'>): Promise<VoiceInfo[]> {
  const attempts = 60;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const voices = await tts.getVoices();
    if (voices.length > 0 || attempt === attempts - 1) return voices.map(toVoiceInfo);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return [];
}

function toVoiceInfo(v: { voiceName?: string; lang?: string; remote?: boolean }): VoiceInfo {
  const name = v.voiceName ?? '';
  return { name, lang: v.lang ?? '', localService: !v.remote, default: false, voiceURI: name };
}
