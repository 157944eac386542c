import { browser } from 'wxt/browser';
import { injectPlayer, toolbarButton } from '../src/platform/inject';
import { fromOurselves, isLyssnaMessage, type LyssnaMessage } from '../src/platform/messages';
import { serveTts, type HostRuntime, type TtsApi } from '../src/platform/tts-host';

/**
 * Wiring only: the detector asks for the player on article pages of the registry; the toolbar button
 * and the keyboard command bring the player to any page the user chooses (activeTab).
 */
export default defineBackground(() => {
  // Chromium speaks for the tabs from here (see src/platform/speech-engine.ts); Firefox has no tts API.
  if (browser.tts) serveTts(browser.runtime as unknown as HostRuntime, browser.tts as unknown as TtsApi);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!fromOurselves(sender, browser.runtime.id) || !isLyssnaMessage(message)) return;
    const tabId = sender.tab?.id;
    if (message.type === 'lyssna:article-page' && tabId !== undefined && sender.frameId === 0) {
      void sendToPlayer(tabId, { type: 'lyssna:offer' });
    }
  });

  toolbarButton().onClicked.addListener((tab) => {
    if (tab.id !== undefined) void sendToPlayer(tab.id, { type: 'lyssna:activate' });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reading' && tab?.id !== undefined) void sendToPlayer(tab.id, { type: 'lyssna:activate' });
  });
});

/** Delivers to the tab's player, injecting it first when the tab has none yet. */
async function sendToPlayer(tabId: number, message: LyssnaMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return;
  } catch {
    // No player in the tab yet.
  }
  try {
    await injectPlayer(tabId);
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch (error) {
    // Pages the browser protects (the store, settings, PDF viewer) cannot be read; nothing to do there.
    console.warn('Lyssna could not reach this tab:', error);
  }
}
