import { browser } from 'wxt/browser';
import type { LyssnaMessage } from './messages';

/**
 * Puts the player into a tab. Chrome (MV3) and Firefox (MV2) inject scripts through different APIs;
 * this is the one place that knows.
 */
export const PLAYER_SCRIPT = '/content-scripts/player.js';

export async function injectPlayer(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PLAYER_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: PLAYER_SCRIPT, frameId: 0 });
  }
}

/**
 * Delivers a message to the tab's player, injecting it first when the tab has none yet. False when the
 * tab cannot be reached: pages the browser protects (its settings, the add-on store, the PDF viewer).
 */
export async function sendToPlayer(tabId: number, message: LyssnaMessage): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    // No player in the tab yet.
  }
  try {
    await injectPlayer(tabId);
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch (error) {
    console.warn('Lyssna could not reach this tab:', error);
    return false;
  }
}
