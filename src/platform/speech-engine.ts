import { browser } from 'wxt/browser';
import { createBrowserEngine } from '../speech/browser-engine';
import type { SpeechEngine } from '../speech/engine';
import { createTtsBridgeEngine } from '../speech/tts-bridge-engine';
import { TTS_PORT, type FromHost, type PortLike, type ToHost } from '../speech/tts-protocol';
import { prepareEngine, takePreparedEngine } from './prepared-engine';

/**
 * Which speech the player uses. Chromium: `chrome.tts` in the background, because the page's
 * speechSynthesis refuses to start without a click in the page, and the toolbar button and shortcut are
 * not clicks in the page. Firefox: the page's speechSynthesis, which has no such rule (and no tts API).
 */
export function createSpeechEngine(): SpeechEngine {
  if (import.meta.env.FIREFOX) return takePreparedEngine() ?? createBrowserEngine();
  return createTtsBridgeEngine(
    () => browser.runtime.connect({ name: TTS_PORT }) as unknown as PortLike<FromHost, ToHost>,
  );
}

/**
 * Ahead of a press (the user showed intent): Firefox speaks with the page's speechSynthesis, whose voices
 * come only when asked for. The engine made here asks for them and builds its table of them in idle time;
 * the player takes it (prepared-engine.ts). Chromium's voices come from the background's chrome.tts.
 */
export function prepareVoices(): void {
  if (import.meta.env.FIREFOX) prepareEngine(() => createBrowserEngine());
}
