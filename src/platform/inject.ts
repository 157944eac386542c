import { browser } from 'wxt/browser';

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

/** The toolbar button: `action` in MV3, `browserAction` in MV2. */
export function toolbarButton() {
  return browser.action ?? browser.browserAction;
}
