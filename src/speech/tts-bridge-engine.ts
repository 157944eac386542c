import type { SpeechEngine, UtteranceEvent, UtteranceRequest, VoiceInfo } from './engine';
import { unpackVoices, type FromHost, type PortLike, type ToHost } from './tts-protocol';

/**
 * A SpeechEngine that speaks through the background's `chrome.tts` (see tts-host.ts). The port is opened
 * lazily and again after the background restarts (an MV3 service worker may be stopped while paused).
 */
export function createTtsBridgeEngine(connect: () => PortLike<FromHost, ToHost>): SpeechEngine {
  let port: PortLike<FromHost, ToHost> | null = null;
  let voices: VoiceInfo[] = [];
  const voiceListeners = new Set<() => void>();
  const pending = new Map<number, (event: UtteranceEvent) => void>();
  let nextId = 1;

  const open = (): PortLike<FromHost, ToHost> => {
    if (port) return port;
    const p = connect();
    port = p;
    p.onMessage.addListener((message) => {
      if (message.type === 'voices') {
        voices = unpackVoices(message.voices);
        for (const listener of voiceListeners) listener();
      } else if (message.type === 'event') {
        const listener = pending.get(message.id);
        if (!listener) return;
        if (message.event.type === 'end' || message.event.type === 'error') pending.delete(message.id);
        listener(message.event);
      }
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // Whatever was being said has stopped with the background.
      for (const [id, listener] of pending) {
        pending.delete(id);
        listener({ type: 'error', error: 'interrupted' });
      }
    });
    p.postMessage({ type: 'voices' });
    return p;
  };

  open();

  return {
    // The background keeps the list: it chooses when the page has none yet (a fresh tab's first press).
    choosesVoice: true,
    getVoices: () => voices.slice(),
    onVoicesChanged(listener) {
      voiceListeners.add(listener);
      return () => voiceListeners.delete(listener);
    },
    speak(request: UtteranceRequest, listener: (event: UtteranceEvent) => void) {
      const id = nextId++;
      pending.set(id, listener);
      open().postMessage({
        type: 'speak',
        id,
        text: request.text,
        lang: request.lang,
        voiceName: request.voice?.name ?? null,
        ...(request.voice ? {} : { choose: { preferred: request.preferredVoice ?? null } }),
        rate: request.rate,
        volume: request.volume,
      });
    },
    cancel() {
      port?.postMessage({ type: 'cancel' });
    },
    // chrome.tts pause/resume are as unreliable as the page's; the Narrator pauses by cancelling.
    pause() {},
    resume() {},
  };
}
