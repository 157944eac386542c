import { browser } from 'wxt/browser';
import { hasHandover, playerLoaded, putHandover, takeHandover, verdict } from '../src/platform/handover';
import { onExtensionGone } from '../src/platform/lifetime';
import { loadState, onSettingsChanged } from '../src/platform/settings-store';
import { prepareVoices } from '../src/platform/speech-engine';
import { showLightControl } from '../src/ui/light-control';
import { messages, uiLanguage } from '../src/ui/i18n';
import { warmSentenceBreaks } from '../src/core/segment/warm-up';

/**
 * The light control on a detected article page (see src/ui/light-control.ts), injected by the background
 * in place of the player. It asks for the player when the user shows intent; the player takes over its
 * place, focus and pending presses (src/platform/handover.ts). It listens for no messages: a tab with only
 * this script has no player, and sendToPlayer injects one.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    if (playerLoaded() || hasHandover()) return;
    void loadState().then((state) => {
      if (playerLoaded() || hasHandover()) return; // the player came first (the toolbar, a shortcut)
      const t = messages(uiLanguage(navigator.language));
      const load = () => {
        void browser.runtime.sendMessage({ type: 'lyssna:load-player' }).catch(() => undefined);
        // After the event that asked: a press right behind it is taken first.
        setTimeout(() => warmSentenceBreaks(document.documentElement.lang), 0);
        prepareVoices();
      };
      const stops: (() => void)[] = [];
      const light = showLightControl(document, t, state, verdict(), load, () => stops.forEach((stop) => stop()));
      const { handover } = light;
      putHandover(handover);
      stops.push(onSettingsChanged((_settings, next) => light.apply(next)));
      /** The page went into the back/forward cache, or the extension went away: no control is left behind. */
      const gone = () => {
        if (takeHandover() === handover) handover.end().host.remove();
      };
      const pagehide = (event: PageTransitionEvent) => event.persisted && gone();
      window.addEventListener('pagehide', pagehide);
      stops.push(() => window.removeEventListener('pagehide', pagehide), onExtensionGone(gone));
    });
  },
});
