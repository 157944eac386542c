import { browser } from 'wxt/browser';
import { PagePlayer } from '../src/player/player';
import { setReaderLoader } from '../src/player/reader-code';
import { kioskActivityReporter } from '../src/platform/activity';
import { markPlayerLoaded, playerLoaded, takeHandover } from '../src/platform/handover';
import { onExtensionGone } from '../src/platform/lifetime';
import { fromOurselves, isLyssnaMessage } from '../src/platform/messages';
import { changeSettings, loadState, onSettingsChanged } from '../src/platform/settings-store';
import { createSpeechEngine } from '../src/platform/speech-engine';

/** Input that shows a kiosk visitor is still there. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The player, injected on demand (never declared for all pages). It stays until the page goes away;
 * leaving the page, or the extension being updated or removed, stops speech at once.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // Injected twice: the first player already listens. The flag is symbol-named (see shared-world.ts): in
    // Chromium a page's <div id="__lyssnaPlayer"> showed through to this world as a global of that name.
    if (playerLoaded()) return;
    markPlayerLoaded();
    // Läsläge and Lättläst come in a script of their own, when first needed (or in idle time).
    setReaderLoader(() => browser.runtime.sendMessage({ type: 'lyssna:load-reader' }).then(() => undefined));
    // The light control was on the page (entrypoints/offer.content.ts): take its place and its presses.
    const handover = takeHandover();
    const adopt = handover?.end();

    let player: PagePlayer | null = null;
    const state = handover ? Promise.resolve(handover.state) : loadState();
    // Kiosk: tell the background someone is here (a few messages a minute at most; nothing else).
    let kiosk = false;
    void state.then((s) => (kiosk = s.policy.kioskMode));
    const activity = kioskActivityReporter(() => kiosk);
    const onInput = (event: Event) => {
      if (event.isTrusted) activity.input();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });

    const ensure = async () => {
      const { settings, policy } = await state;
      return (player ??= new PagePlayer(
        document,
        location.href,
        navigator.language,
        createSpeechEngine(),
        settings,
        {
          speaking: () => void browser.runtime.sendMessage({ type: 'lyssna:speaking' }).catch(() => undefined),
          saveSettings: (change) => void changeSettings(change).catch(() => undefined),
          fontUrl: (file) => browser.runtime.getURL(file as '/'),
          listening: (speaking) => activity.setSpeaking(speaking),
        },
        policy,
        adopt,
      ));
    };
    const stopWatching = onSettingsChanged((settings, next) => {
      kiosk = next.policy.kioskMode;
      player?.applySettings(settings, next.policy);
    });
    /** `unloading`: the page and its DOM are going away, so only what must stop is stopped (see leave()). */
    const end = (unloading: boolean) => {
      stopWatching();
      activity.destroy();
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      if (unloading) player?.leave();
      else player?.destroy();
      player = null;
      window.speechSynthesis?.cancel();
    };

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!fromOurselves(sender, browser.runtime.id) || !isLyssnaMessage(message)) return;
      if (message.type === 'lyssna:offer') void ensure().then((p) => p.offer(message.page));
      if (message.type === 'lyssna:activate') void ensure().then((p) => p.activate());
      if (message.type === 'lyssna:read-selection') void ensure().then((p) => p.readSelection());
      if (message.type === 'lyssna:open-reader') void ensure().then((p) => p.openReader(message.easy));
      if (message.type === 'lyssna:pause-for-other') player?.pauseForOther();
      if (message.type === 'lyssna:reset' && player) {
        const current = player;
        void loadState().then((s) => current.resetForVisitor(s.settings));
      }
    });

    if (handover) void ensure().then((p) => p.takeOver(handover));

    // A page kept for going back (bfcache) must come back without our control on it; one that closes need
    // not be tidied, and Firefox ends a slow pagehide handler partway.
    window.addEventListener('pagehide', (event) => end(!event.persisted));
    onExtensionGone(() => end(false));
  },
});
