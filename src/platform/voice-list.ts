import { browser } from 'wxt/browser';
import { createBrowserEngine } from '../speech/browser-engine';
import type { VoiceInfo } from '../speech/engine';
import { voicesWithin } from '../speech/voices-within';
import { ttsVoices, type TtsApi } from './tts-host';

/**
 * The voices the player will choose from, for the options page. Chromium: chrome.tts (the player speaks
 * through it, see speech-engine.ts). Firefox: speechSynthesis, whose list is empty at first in every
 * document and arrives with one 'voiceschanged'. Empty when the system has none, after `timeoutMs`.
 */
export async function installedVoices(timeoutMs = 8000): Promise<VoiceInfo[]> {
  if (browser.tts) return ttsVoices(browser.tts as unknown as TtsApi);
  if (typeof speechSynthesis === 'undefined') return [];
  return voicesWithin(createBrowserEngine(), timeoutMs);
}
