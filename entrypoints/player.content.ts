import { browser } from 'wxt/browser';
import { PagePlayer } from '../src/page/player';
import { onExtensionGone } from '../src/platform/lifetime';
import { fromOurselves, isLyssnaMessage } from '../src/platform/messages';
import { createSpeechEngine } from '../src/platform/speech-engine';

/**
 * The player, injected on demand (never declared for all pages). It stays until the page goes away;
 * leaving the page, or the extension being updated or removed, stops speech at once.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const g = globalThis as { __lyssnaPlayer?: boolean };
    if (g.__lyssnaPlayer) return; // Injected twice: the first player already listens.
    g.__lyssnaPlayer = true;

    let player: PagePlayer | null = null;
    const ensure = () =>
      (player ??= new PagePlayer(document, createSpeechEngine(), location.href, navigator.language, {
        speaking: () => void browser.runtime.sendMessage({ type: 'lyssna:speaking' }).catch(() => undefined),
      }));
    const end = () => {
      player?.destroy();
      player = null;
      window.speechSynthesis?.cancel();
    };

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!fromOurselves(sender, browser.runtime.id) || !isLyssnaMessage(message)) return;
      if (message.type === 'lyssna:offer') ensure().offer();
      if (message.type === 'lyssna:activate') ensure().activate();
      if (message.type === 'lyssna:read-selection') ensure().readSelection();
      if (message.type === 'lyssna:pause-for-other') player?.pauseForOther();
    });

    window.addEventListener('pagehide', end);
    onExtensionGone(end);
  },
});
