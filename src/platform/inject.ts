import { browser } from 'wxt/browser';
import type { LyssnaMessage } from './messages';

/**
 * Puts the player into a tab. Chrome (MV3) and Firefox (MV2) inject scripts through different APIs;
 * this is the one place that knows.
 */
export const PLAYER_SCRIPT = '/content-scripts/player.js' as const;

/** The light control a detected article page gets first (src/ui/light-control.ts). */
export const OFFER_SCRIPT = '/content-scripts/offer.js' as const;

/** Läsläge and Lättläst, brought in by the player when first needed (src/player/reader-code.ts). */
export const READER_SCRIPT = '/content-scripts/reader.js' as const;

export async function injectScript(
  tabId: number,
  file: typeof PLAYER_SCRIPT | typeof OFFER_SCRIPT | typeof READER_SCRIPT,
): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId: 0 });
  }
}

export function injectPlayer(tabId: number): Promise<void> {
  return injectScript(tabId, PLAYER_SCRIPT);
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
