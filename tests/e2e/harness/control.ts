// Drives and watches the extension's page control the way a user and a screen reader meet it: real
// clicks on its buttons, and its visible status and state, plus the sentence highlight on the page.

import type { Page } from 'puppeteer-core';

export interface ControlSnapshot {
  status: string;
  state: string | undefined;
  /** Text under the sentence highlight (CSS Custom Highlight API), white space collapsed. */
  highlight: string | null;
  t: number;
}

const HOST = 'lyssna-control';

export async function waitForControl(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`${HOST} >>> button[data-action="play-pause"]`, { timeout });
}

export async function hasControl(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST);
}

/** A trusted click (the driver's mouse), as a user's. */
export async function press(page: Page, action: 'play-pause' | 'stop' | 'previous' | 'next' | 'close'): Promise<void> {
  await page.click(`${HOST} >>> button[data-action="${action}"]`);
}

/**
 * Starts recording every change of the control's status/state and the highlight, in the page. Sent as
 * source text: a function from here would carry tsx's `__name` helper, which the page does not have.
 */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const host = document.querySelector('${HOST}');
    const root = host.shadowRoot;
    const status = root.querySelector('[role="status"]');
    window.__lyssnaLog = [];
    const record = () => {
      const h = CSS.highlights ? CSS.highlights.get('lyssna-sentence') : undefined;
      const text = h ? Array.from(h, (r) => r.toString()).join('') : null;
      window.__lyssnaLog.push({
        status: status.textContent || '',
        state: host.dataset.state,
        highlight: text === null ? null : text.replace(/\\s+/g, ' ').trim(),
        t: performance.now(),
      });
    };
    new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
    new MutationObserver(record).observe(host, { attributes: true, attributeFilter: ['data-state'] });
    record();
  })()`);
}

export async function recording(page: Page): Promise<ControlSnapshot[]> {
  return page.evaluate(() => (window as unknown as { __lyssnaLog: ControlSnapshot[] }).__lyssnaLog ?? []);
}

export async function snapshot(page: Page): Promise<{ status: string; state: string | undefined }> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement | null;
    return {
      status: host?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
      state: host?.dataset.state,
    };
  }, HOST);
}

/** Waits until the control's status text matches. */
export async function waitForStatus(page: Page, pattern: RegExp, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await snapshot(page)).status;
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`status never matched ${pattern}; last was "${last}"`);
}

/** The sentence number a status like "Mening 3 av 28" / "Pausad vid mening 3 av 28" shows. */
export function sentenceNumber(status: string): number | null {
  const m = /(?:mening|sentence) (\d+) (?:av|of) \d+/i.exec(status);
  return m ? Number(m[1]) : null;
}
