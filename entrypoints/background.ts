import { browser } from 'wxt/browser';
import { NO_POLICY, type Policy } from '../src/core/config/policy';
import { registerExtraSites } from '../src/platform/extra-sites';
import { injectPlayer, injectScript, OFFER_SCRIPT, READER_SCRIPT, sendToPlayer } from '../src/platform/inject';
import { resetForNextVisitor, startKioskHost } from '../src/platform/kiosk-host';
import { fromOurselves, isLyssnaMessage } from '../src/platform/messages';
import { onPolicyChanged } from '../src/platform/policy-store';
import { loadState } from '../src/platform/settings-store';
import { serveTts, type ChoiceStore, type HostRuntime, type TtsApi } from '../src/platform/tts-host';
import { messages, uiLanguage } from '../src/ui/i18n';

/**
 * Wiring only: the detector asks for the player on article pages of the registry; the keyboard commands
 * and the context menu bring the player to any page the user chooses (activeTab). The toolbar button
 * opens the popup (entrypoints/popup), which reaches the player itself.
 */
export default defineBackground(() => {
  // Chromium speaks for the tabs from here (see src/platform/speech-engine.ts); Firefox has no tts API.
  const tts = browser.tts
    ? serveTts(browser.runtime as unknown as HostRuntime, browser.tts as unknown as TtsApi, sessionChoices())
    : null;

  /** The tab whose player spoke last: one tab talks at a time. */
  let speakingTab: number | null = null;

  // Staff policy (kiosk mode, idle reset, whether detected pages get the panel by themselves).
  let policy: Policy = NO_POLICY;
  const kiosk = startKioskHost();
  const usePolicy = (next: Policy) => {
    policy = next;
    kiosk.setPolicy(next);
    void registerExtraSites(next.extraDomains).catch((error) => console.warn('Lyssna: extra sites:', error));
  };
  // Staff granted the extra sites on the options page.
  browser.permissions.onAdded.addListener(() => void registerExtraSites(policy.extraDomains).catch(() => undefined));
  void loadState().then((state) => usePolicy(state.policy));
  // Only the policy matters here, not every speed or text size a visitor picks.
  onPolicyChanged((parsed) => usePolicy(parsed.policy));
  // A kiosk starts every browser session clean: nothing of the last visitor survives a restart.
  browser.runtime.onStartup.addListener(() => {
    void loadState().then((state) => (state.policy.kioskMode ? resetForNextVisitor() : undefined));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!fromOurselves(sender, browser.runtime.id) || !isLyssnaMessage(message)) return;
    // The popup and the options page count as use too; they are not in a tab's frame 0.
    if (message.type === 'lyssna:activity') return kiosk.activity();
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    if (message.type === 'lyssna:article-page' && policy.autoOpenPanel) {
      // A kiosk's page is there to be used: its player at once (it also watches for idle visitors).
      // Elsewhere the light control, which asks for the player when the user shows intent.
      if (policy.kioskMode) void sendToPlayer(tabId, { type: 'lyssna:offer', page: message.page });
      else void injectScript(tabId, OFFER_SCRIPT).catch(() => undefined);
    }
    // Answered once the script has run, so that the player finds the reader then.
    if (message.type === 'lyssna:load-reader') return injectScript(tabId, READER_SCRIPT);
    if (message.type === 'lyssna:load-player') {
      void injectPlayer(tabId).catch(() => undefined);
      tts?.warmVoices(); // the user showed intent: the voices are on their way before the player asks
    }
    if (message.type === 'lyssna:speaking') {
      if (speakingTab !== null && speakingTab !== tabId) {
        browser.tabs
          .sendMessage(speakingTab, { type: 'lyssna:pause-for-other' }, { frameId: 0 })
          .catch(() => undefined);
      }
      speakingTab = tabId;
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'toggle-reading') void sendToPlayer(tab.id, { type: 'lyssna:activate' });
    if (command === 'read-selection') void sendToPlayer(tab.id, { type: 'lyssna:read-selection' });
    if (command === 'open-reader') void sendToPlayer(tab.id, { type: 'lyssna:open-reader' });
  });

  const t = messages(uiLanguage(browser.i18n.getUILanguage()));
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'lyssna-read-selection', title: t.readSelection, contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'lyssna-read-selection' && tab?.id !== undefined) {
      void sendToPlayer(tab.id, { type: 'lyssna:read-selection' });
    }
  });
});

/** The voices the background chose, kept for the browser session (gone when the browser closes). */
function sessionChoices(): ChoiceStore | undefined {
  const session = browser.storage.session;
  if (!session) return undefined;
  const key = 'lyssna:tts-choices';
  return {
    get: () => session.get(key).then((items) => items[key]),
    set: (choices) => session.set({ [key]: choices }),
  };
}
