import { browser } from 'wxt/browser';
import { createBrowserEngine } from '../speech/browser-engine';
import { askForVoices } from '../speech/voices-within';
import type { SpeechEngine } from '../speech/engine';
import { createTtsBridgeEngine } from '../speech/tts-bridge-engine';
import { TTS_PORT, type FromHost, type PortLike, type ToHost } from '../speech/tts-protocol';

/**
 * Which speech the player uses. Chromium: `chrome.tts` in the background, because the page's
 * speechSynthesis refuses to start without a click in the page, and the toolbar button and shortcut are
 * not clicks in the page. Firefox: the page's speechSynthesis, which has no such rule (and no tts API).
 */
export function createSpeechEngine(): SpeechEngine {
  if (import.meta.env.FIREFOX) return createBrowserEngine();
  return createTtsBridgeEngine(
    () => browser.runtime.connect({ name: TTS_PORT }) as unknown as PortLike<FromHost, ToHost>,
  );
}

/**
 * Ahead of a press (the user showed intent): Firefox speaks with the page's speechSynthesis, whose voices
 * come only when asked for; Chromium's come from the background's chrome.tts.
 */
export function prepareVoices(): void {
  if (import.meta.env.FIREFOX) askForVoices();
}
