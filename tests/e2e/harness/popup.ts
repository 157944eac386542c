// The toolbar button's popup, as a user opens it (Chromium): a click on the extension's toolbar icon over
// `page` (puppeteer's triggerExtensionAction), then the popup's own page. Firefox has no such trigger
// here: open popup.html as a tab with `launched.openExtensionPage('popup.html')` instead.

import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';

export async function openPopup(launched: LaunchedBrowser, page: Page, timeout = 10_000): Promise<Page> {
  if (launched.kind !== 'chromium' || !launched.extensionId) throw new Error('openPopup: Chromium with Lyssna only');
  const extension = (await launched.browser.extensions()).get(launched.extensionId);
  if (!extension) throw new Error(`extension ${launched.extensionId} not installed`);
  const url = `${launched.extensionOrigin}popup.html`;
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await launched.browser.waitForTarget((t) => t.url() === url, { timeout });
  const popup = await target.asPage();
  await popup.waitForSelector('button[data-action="listen"]', { timeout });
  return popup;
}

/** The popup closing itself: after a press that did what it asked, the driver may hear back too late. */
const CLOSED = /Target closed|Session closed|detached/i;

/**
 * Presses a button in the popup (a trusted click), or a key when `key` is given (the focused button).
 * The popup closes itself as soon as the page has what it asked for, at times before the driver has
 * heard back about the mouse-up or key-up: that is the press working, not an error.
 */
export async function pressInPopup(popup: Page, what: { selector: string } | { key: 'Enter' }): Promise<void> {
  const press = 'key' in what ? popup.keyboard.press(what.key) : popup.click(what.selector);
  await press.catch((error: unknown) => {
    if (!CLOSED.test(String(error))) throw error;
  });
}
