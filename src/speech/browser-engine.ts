/**
 * The real SpeechEngine: a thin adapter over `speechSynthesis` and `SpeechSynthesisUtterance`. All policy
 * (queueing, pause, errors, watchdogs) lives in the Narrator, where it can be tested without a browser.
 */
import type { SpeechEngine, UtteranceEvent, UtteranceRequest, VoiceInfo } from './engine';
import { sameLanguage } from './voice-choice';

interface VoiceTable {
  native: SpeechSynthesisVoice[];
  infos: VoiceInfo[];
  /** Where each language tag's voices are in `infos`, in order: a voice is chosen from a few of them. */
  byLang: Map<string, number[]>;
  /** Voices looked up for speaking, by the VoiceInfo's URI and name. */
  found: Map<string, SpeechSynthesisVoice | null>;
}

/**
 * A browser with speech turned off (Firefox's `media.webspeech.synth.enabled`, off in Tor Browser) has
 * neither speechSynthesis nor its utterance class. The player still starts (the reader works), and the
 * Narrator says at a press that speech is off.
 */
const NO_SPEECH: SpeechEngine = {
  speechOff: true,
  getVoices: () => [],
  onVoicesChanged: () => () => undefined,
  speak: (_request, listener) => queueMicrotask(() => listener({ type: 'error', error: 'synthesis-unavailable' })),
  cancel: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
};

export function createBrowserEngine(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance | undefined = globalThis.SpeechSynthesisUtterance,
): SpeechEngine {
  if (!synth || !Utterance) return NO_SPEECH;
  // Chrome garbage-collects an utterance nobody references and then never fires its 'end'. Holding the
  // live ones here keeps them alive until they finish.
  const live = new Set<SpeechSynthesisUtterance>();

  // The table of voices, kept until the list changes ('voiceschanged'). In Firefox, with speech-dispatcher's
  // 13,362 voices, getVoices() takes 9-12 ms and reading five properties of each through its wrappers
  // around page objects 13-16 ms (timed in a content script); the first sentence after a press paid that.
  // Once the list has come, the table is built in idle slices instead (the engine is made only when the
  // user showed intent), and finished at once if it is needed before that.
  let table: VoiceTable | null = null;
  let building: (VoiceTable & { next: number }) | null = null;

  const startTable = (native: SpeechSynthesisVoice[]) => ({
    native,
    infos: [] as VoiceInfo[],
    byLang: new Map<string, number[]>(),
    found: new Map<string, SpeechSynthesisVoice | null>(),
    next: 0,
  });
  function grow(b: VoiceTable & { next: number }, until: number): void {
    for (; b.next < until; b.next++) {
      const v = b.native[b.next]!;
      const info = {
        name: v.name,
        lang: v.lang,
        localService: v.localService,
        default: v.default,
        voiceURI: v.voiceURI,
      };
      b.infos.push(info);
      const at = b.byLang.get(info.lang);
      if (at) at.push(b.next);
      else b.byLang.set(info.lang, [b.next]);
    }
  }
  function voices(): VoiceTable {
    if (table) return table;
    const b = building ?? startTable(synth.getVoices());
    building = null;
    grow(b, b.native.length);
    // An empty list is not kept: some browsers fill it later without telling.
    if (b.native.length > 0) table = b;
    return b;
  }

  /**
   * The browser's voice for a VoiceInfo: the first with its URI, else the first with its name. Looked up
   * when a voice is first spoken with, not indexed for all: maps of 13,362 voices took 11-17 ms.
   */
  function nativeVoice(t: VoiceTable, info: VoiceInfo): SpeechSynthesisVoice | null {
    const key = `${info.voiceURI}\n${info.name}`;
    let voice = t.found.get(key);
    if (voice === undefined) {
      let i = t.infos.findIndex((v) => v.voiceURI === info.voiceURI);
      if (i < 0) i = t.infos.findIndex((v) => v.name === info.name);
      voice = i < 0 ? null : t.native[i]!;
      t.found.set(key, voice);
    }
    return voice;
  }

  const SLICE = 500;
  const later = (step: (deadline?: IdleDeadline) => void) => {
    const g = globalThis as { requestIdleCallback?: (cb: (deadline: IdleDeadline) => void) => number };
    if (g.requestIdleCallback) g.requestIdleCallback(step);
    else setTimeout(step, 0);
  };
  function buildInSlices(): void {
    const step = (deadline?: IdleDeadline) => {
      if (table) return;
      const b = (building ??= startTable(synth.getVoices()));
      if (b.native.length === 0) return void (building = null); // not listed yet: 'voiceschanged' comes
      // Slices while the idle period lasts, at least one: a callback asked for in an idle period runs in
      // the next one, a frame later, and a slice a period (27 of them) had not finished when the player
      // came 60 ms after the list, so the first sentence built the rest.
      do grow(b, Math.min(b.native.length, b.next + SLICE));
      while (b.next < b.native.length && (deadline?.timeRemaining() ?? 0) > 2);
      if (b.next < b.native.length) later(step);
      else {
        building = null;
        table = b;
      }
    };
    later(step);
  }
  synth.addEventListener('voiceschanged', () => {
    table = null;
    building = null;
    buildInSlices();
  });
  if (synth.getVoices().length > 0) buildInSlices(); // Firefox lists none until asked: this asks

  return {
    getVoices: () => voices().infos.slice(),

    voicesFor(lang) {
      const t = voices();
      const at: number[] = [];
      for (const [code, indexes] of t.byLang) if (sameLanguage(code, lang)) for (const i of indexes) at.push(i);
      return at.sort((a, b) => a - b).map((i) => t.infos[i]!);
    },

    onVoicesChanged(listener) {
      const handler = (): void => listener();
      synth.addEventListener('voiceschanged', handler);
      return () => synth.removeEventListener('voiceschanged', handler);
    },

    speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void) {
      let voice: SpeechSynthesisVoice | null = null;
      if (request.voice) {
        const t = voices();
        voice = nativeVoice(t, request.voice);
        if (!voice) {
          // The voice went away since it was chosen. Letting the browser pick one by lang could mean a
          // voice of another language, so report it and let the Narrator choose again.
          queueMicrotask(() => listener({ type: 'error', error: 'voice-unavailable' }));
          return;
        }
      }
      const u = new Utterance(request.text);
      u.lang = request.lang;
      if (voice) u.voice = voice;
      u.rate = request.rate;
      u.volume = request.volume;
      u.onstart = () => listener({ type: 'start' });
      u.onend = () => {
        live.delete(u);
        listener({ type: 'end' });
      };
      u.onerror = (e) => {
        live.delete(u);
        listener({ type: 'error', error: e.error || 'synthesis-failed' });
      };
      u.onboundary = (e) => {
        if (e.name !== 'word' && e.name !== 'sentence') return;
        // Some voices send charLength 0 or none; leave it out so the Narrator measures the word itself.
        const charLength = typeof e.charLength === 'number' && e.charLength > 0 ? e.charLength : undefined;
        listener(
          charLength === undefined
            ? { type: 'boundary', name: e.name, charIndex: e.charIndex }
            : { type: 'boundary', name: e.name, charIndex: e.charIndex, charLength },
        );
      };
      live.add(u);
      // A speechSynthesis left paused (by this page or another script) would hold the new utterance forever.
      if (synth.paused) synth.resume();
      synth.speak(u);
    },

    cancel() {
      // Events for cancelled utterances are stale to the Narrator, so they need not be kept alive.
      live.clear();
      synth.cancel();
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
  };
}
