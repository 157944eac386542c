import type { UtteranceEvent, VoiceInfo } from '../speech/engine';
import { chooseVoice } from '../speech/voice-choice';
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

/** Where the voices chosen for each language are kept for the browser session (storage.session). */
export interface ChoiceStore {
  get(): Promise<unknown>;
  set(choices: Record<string, string>): Promise<void>;
}

export function serveTts(runtime: HostRuntime, tts: TtsApi, store?: ChoiceStore): { warmVoices(): void } {
  let owner: HostPort | null = null;
  /** Counts speak and cancel requests: a choice recalled too late for its request is dropped. */
  let turns = 0;
  const choices = rememberedChoices(store);
  const voices = keptVoices(tts, choices.any);

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
        if (owner === port) {
          turns++;
          tts.stop();
        }
      } else if (message.type === 'speak') {
        owner = port;
        const turn = ++turns;
        const { id, lang } = message;
        const fail = (error: string) => send({ type: 'event', id, event: { type: 'error', error } });
        /**
         * `chosen`: this host chose the voice, and names it at the start. `unknown` handles an error
         * before the start, for a voice recalled rather than listed.
         */
        const speak = (voiceName: string | null, chosen = false, unknown?: () => void) => {
          let started = false;
          tts.speak(message.text, {
            lang,
            ...(voiceName ? { voiceName } : {}),
            rate: message.rate,
            volume: message.volume,
            enqueue: false,
            onEvent: (e: TtsEvent) => {
              const event = toUtteranceEvent(e);
              if (!event) return;
              if (event.type === 'error' && e.type === 'error' && !started && unknown) return unknown();
              started ||= event.type !== 'error';
              send({
                type: 'event',
                id,
                event: chosen && voiceName && event.type === 'start' ? { ...event, voice: voiceName } : event,
              });
            },
          });
        };
        if (message.voiceName || !message.choose) return void speak(message.voiceName);
        // The page has no list yet: choose as it would, from the kept list or, after the background
        // restarted, as it was chosen before in this browser session.
        const preferred = message.choose.preferred;
        const list = voices.list();
        if (list) {
          const voice = chooseVoice(list, lang, preferred);
          if (!voice) return void fail('language-unavailable');
          choices.remember(lang, preferred, voice.name);
          return void speak(voice.name, true);
        }
        void choices.recall(lang, preferred).then((name) => {
          if (owner !== port || turn !== turns) return; // a later request or a cancel came meanwhile
          if (!name) {
            voices.now();
            return void fail('voices-loading');
          }
          speak(name, true, () => {
            // Gone since (a voice removed): forget it, and let the page wait for the list.
            choices.forget(lang, preferred);
            voices.now();
            fail('voices-loading');
          });
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
function keptVoices(
  tts: Pick<TtsApi, 'getVoices'>,
  /** Whether voices were chosen before (a promise while the store is read). */
  choicesKept: () => boolean | Promise<boolean>,
  now = () => Date.now(),
) {
  let kept: { voices: VoiceInfo[]; packed: PackedVoices; at: number } | null = null;
  let asking: Promise<VoiceInfo[]> | null = null;
  let refreshing = false;
  /** Those waiting out ASK_AFTER_RESTART_MS, to go on at once when the list came sooner. */
  const waiting: Array<() => void> = [];
  const get = (): Promise<VoiceInfo[]> =>
    (asking ??= ttsVoices(tts).then((voices) => {
      asking = null;
      if (voices.length > 0) kept = { voices, packed: packVoices(voices), at: now() };
      for (const go of waiting.splice(0)) go();
      return voices;
    }));
  // After a restart with voices chosen before, the first sentence is spoken with one of those before
  // chrome.tts is asked: asking holds this thread, and the speak request behind it, for 170 ms.
  const soon = (): Promise<VoiceInfo[]> => {
    const any = choicesKept();
    if (any === false) return get();
    return Promise.resolve(any)
      .then((some) =>
        some
          ? new Promise<void>((resolve) => {
              waiting.push(resolve);
              setTimeout(resolve, ASK_AFTER_RESTART_MS);
            })
          : null,
      )
      .then(() => kept?.voices ?? get()); // asked meanwhile (a tab and an intent both wait so)
  };
  return {
    /** The kept list, or null when chrome.tts has not been asked yet (or listed nothing). */
    list: (): VoiceInfo[] | null => kept?.voices ?? null,
    /** Asks chrome.tts unless a list is kept: a tab's player is on its way. */
    warm(): void {
      if (!kept) void soon();
    },
    /** Asks chrome.tts at once unless a list is kept: a tab waits for it to speak. */
    now(): void {
      if (!kept) void get();
    },
    send(send: (m: FromHost) => void): void {
      const before = kept;
      if (!before) return void soon().then((voices) => send({ type: 'voices', voices: packVoices(voices) }));
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

/** How long a restarted background waits before asking chrome.tts for its voices (see keptVoices). */
const ASK_AFTER_RESTART_MS = 1500;
const choiceKey = (lang: string, preferred: string | null) => `${lang}\n${preferred ?? ''}`;

/**
 * The voice chosen for each language (and the user's preference), kept for the browser session so that a
 * background the browser stopped and started again can speak at once. Anything unreadable is forgotten.
 */
function rememberedChoices(store?: ChoiceStore) {
  const chosen = new Map<string, string>();
  let read = !store;
  const loaded = (store?.get() ?? Promise.resolve(null)).then(
    (raw) => {
      if (raw && typeof raw === 'object')
        for (const [key, name] of Object.entries(raw)) if (typeof name === 'string') chosen.set(key, name);
    },
    () => undefined,
  );
  void loaded.then(() => (read = true));
  return {
    any: (): boolean | Promise<boolean> => (read ? chosen.size > 0 : loaded.then(() => chosen.size > 0)),
    recall: (lang: string, preferred: string | null): Promise<string | null> =>
      loaded.then(() => chosen.get(choiceKey(lang, preferred)) ?? null),
    forget(lang: string, preferred: string | null): void {
      if (chosen.delete(choiceKey(lang, preferred))) void store?.set(Object.fromEntries(chosen)).catch(() => undefined);
    },
    remember(lang: string, preferred: string | null, name: string): void {
      const key = choiceKey(lang, preferred);
      if (chosen.get(key) === name) return;
      chosen.set(key, name);
      void store?.set(Object.fromEntries(chosen)).catch(() => undefined);
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
