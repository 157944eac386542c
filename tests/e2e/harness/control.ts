// Drives and watches the extension's page control the way a user and a screen reader meet it: real
// clicks on its buttons, and its visible status and state, plus the sentence highlight on the page.

import type { Page } from 'puppeteer-core';
import type { ControlAction } from '../../../src/ui/control';

export interface ControlSnapshot {
  status: string;
  state: string | undefined;
  /** Text under the sentence highlight (CSS Custom Highlight API), white space collapsed. */
  highlight: string | null;
  /** Text under the word highlight ('lyssna-word'), white space collapsed; null when there is none. */
  word?: string | null;
  t: number;
}

export interface RecordingOptions {
  /**
   * Also look every `pollMs` ms and record when a highlight changed. Highlights change without any
   * DOM mutation, so without polling they are only seen when the status or state changes; word
   * highlights need it (e.g. 10).
   */
  pollMs?: number;
}

const HOST = 'lyssna-control';

export async function waitForControl(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`${HOST} >>> button[data-action="play-pause"]`, { timeout });
}

export async function hasControl(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST);
}

/** A trusted click (the driver's mouse), as a user's. */
export async function press(page: Page, action: ControlAction): Promise<void> {
  await page.click(`${HOST} >>> button[data-action="${action}"]`);
}

/**
 * Starts recording every change of the control's status/state and the sentence and word highlights,
 * in the page. Sent as source text: a function from here would carry tsx's `__name` helper, which the
 * page does not have.
 */
export async function startRecording(page: Page, options: RecordingOptions = {}): Promise<void> {
  const pollMs = Math.max(0, Math.floor(options.pollMs ?? 0));
  await page.evaluate(`(() => {
    const host = document.querySelector('${HOST}');
    const root = host.shadowRoot;
    const status = root.querySelector('[role="status"]');
    if (window.__lyssnaPoll) clearInterval(window.__lyssnaPoll);
    window.__lyssnaLog = [];
    const textOf = (name) => {
      const h = CSS.highlights ? CSS.highlights.get(name) : undefined;
      const text = h ? Array.from(h, (r) => r.toString()).join('') : null;
      return text === null ? null : text.replace(/\\s+/g, ' ').trim();
    };
    const take = () => ({
      status: status.textContent || '',
      state: host.dataset.state,
      highlight: textOf('lyssna-sentence'),
      word: textOf('lyssna-word'),
      t: performance.now(),
    });
    const record = () => window.__lyssnaLog.push(take());
    new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
    new MutationObserver(record).observe(host, { attributes: true, attributeFilter: ['data-state'] });
    record();
    if (${pollMs} > 0) {
      window.__lyssnaPoll = setInterval(() => {
        const now = take();
        const last = window.__lyssnaLog[window.__lyssnaLog.length - 1];
        if (!last || last.highlight !== now.highlight || last.word !== now.word) window.__lyssnaLog.push(now);
      }, ${pollMs});
    }
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
