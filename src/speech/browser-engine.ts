/**
 * The real SpeechEngine: a thin adapter over `speechSynthesis` and `SpeechSynthesisUtterance`. All policy
 * (queueing, pause, errors, watchdogs) lives in the Narrator, where it can be tested without a browser.
 */
import type { SpeechEngine, UtteranceEvent, UtteranceRequest, VoiceInfo } from './engine';
import { askForVoices } from './voices-within';

interface VoiceTable {
  native: SpeechSynthesisVoice[];
  infos: VoiceInfo[];
  byUri: Map<string, SpeechSynthesisVoice>;
  byName: Map<string, SpeechSynthesisVoice>;
}

export function createBrowserEngine(
  synth: SpeechSynthesis = window.speechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance = SpeechSynthesisUtterance,
): SpeechEngine {
  // Chrome garbage-collects an utterance nobody references and then never fires its 'end'. Holding the
  // live ones here keeps them alive until they finish.
  const live = new Set<SpeechSynthesisUtterance>();

  // Copying ~13,000 speech-dispatcher voices on every call is wasteful; rebuild only when the list changes.
  let table: VoiceTable | null = null;
  const invalidate = (): void => {
    table = null;
  };
  synth.addEventListener('voiceschanged', invalidate);
  askForVoices(synth); // by the first sentence they are there

  function voices(): VoiceTable {
    const native = synth.getVoices();
    const n = native.length;
    if (table && table.native.length === n && table.native[0] === native[0] && table.native[n - 1] === native[n - 1]) {
      return table;
    }
    const byUri = new Map<string, SpeechSynthesisVoice>();
    const byName = new Map<string, SpeechSynthesisVoice>();
    const infos = native.map((v): VoiceInfo => {
      if (!byUri.has(v.voiceURI)) byUri.set(v.voiceURI, v);
      if (!byName.has(v.name)) byName.set(v.name, v);
      return { name: v.name, lang: v.lang, localService: v.localService, default: v.default, voiceURI: v.voiceURI };
    });
    table = { native: [...native], infos, byUri, byName };
    return table;
  }

  return {
    getVoices: () => voices().infos.slice(),

    onVoicesChanged(listener) {
      const handler = (): void => listener();
      synth.addEventListener('voiceschanged', handler);
      return () => synth.removeEventListener('voiceschanged', handler);
    },

    speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void) {
      let voice: SpeechSynthesisVoice | null = null;
      if (request.voice) {
        const t = voices();
        voice = t.byUri.get(request.voice.voiceURI) ?? t.byName.get(request.voice.name) ?? null;
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
