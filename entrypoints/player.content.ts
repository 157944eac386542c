import { browser } from 'wxt/browser';
import { PagePlayer } from '../src/page/player';
import { onExtensionGone } from '../src/platform/lifetime';
import { fromOurselves, isLyssnaMessage } from '../src/platform/messages';
import { changeSettings, loadSettings, onSettingsChanged } from '../src/platform/settings-store';
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
    const settings = loadSettings();
    const ensure = async () =>
      (player ??= new PagePlayer(document, location.href, navigator.language, createSpeechEngine(), await settings, {
        speaking: () => void browser.runtime.sendMessage({ type: 'lyssna:speaking' }).catch(() => undefined),
        saveSettings: (change) => void changeSettings(change).catch(() => undefined),
        fontUrl: (file) => browser.runtime.getURL(file as '/'),
      }));
    const stopWatching = onSettingsChanged((s) => player?.applySettings(s));
    const end = () => {
      stopWatching();
      player?.destroy();
      player = null;
      window.speechSynthesis?.cancel();
    };

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!fromOurselves(sender, browser.runtime.id) || !isLyssnaMessage(message)) return;
      if (message.type === 'lyssna:offer') void ensure().then((p) => p.offer());
      if (message.type === 'lyssna:activate') void ensure().then((p) => p.activate());
      if (message.type === 'lyssna:read-selection') void ensure().then((p) => p.readSelection());
      if (message.type === 'lyssna:open-reader') void ensure().then((p) => p.openReader(message.easy));
      if (message.type === 'lyssna:pause-for-other') player?.pauseForOther();
    });

    window.addEventListener('pagehide', end);
    onExtensionGone(end);
  },
});
