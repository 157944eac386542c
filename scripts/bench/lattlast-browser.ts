/**
 * Lättläst on a very long page in the real browsers, with the built extension: the reader is opened
 * and left to settle, then its Lättläst button is pressed. Measured in the page's own world (the
 * RECORDER of large-browser.ts): the longest gap between frames from the press until the simplified
 * text is shown, and how long that took. Issue 11's bar: Lättläst must not freeze the tab. Then a hard
 * word's explanation is opened and the reader closed, each with the longest frame gap that followed
 * (issue 14 names both: the glossary, and no freeze anywhere).
 *
 * Buttons in the reader are found by a query in the page, not by puppeteer's `>>>`: that walks every
 * element of every shadow root in script, 1-6 s on this page, which the frame gaps would count as ours.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import { HOST, PAGE, RECORDER, longestGap, withLargePage, type Recorded } from './large-browser';
import { PRECISE_TIMERS } from './stats';

export interface LattlastBrowserResult {
  browser: BrowserKind;
  bytes: number;
  /** Press on Lättläst to the simplified text in the reader. */
  readyMs: number | null;
  /** Longest gap between frames from the press until it was shown. */
  longestFrameGapMs: number;
  /** A hard word's "?" pressed: the longest frame gap until its explanation was open (null: none found). */
  explainGapMs: number | null;
  /** The reader closed: the longest frame gap in the 3 s after. */
  closeGapMs: number | null;
  error?: string;
}

const READER = 'lyssna-reader';

/** A button in the reader's shadow root (the harness opens our closed roots to the page). */
async function readerButton(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(
    `document.querySelector('${READER}')?.shadowRoot?.querySelector(${JSON.stringify(selector)}) ?? null`,
  );
  return handle.asElement() as ElementHandle<Element> | null;
}

export async function measureLattlastInBrowsers(
  extensionDirs: Record<BrowserKind, string>,
  targetBytes: number,
): Promise<LattlastBrowserResult[]> {
  return withLargePage(targetBytes, async (port, bytes) => {
    const results: LattlastBrowserResult[] = [];
    for (const kind of ['chromium', 'firefox'] as const)
      results.push(await measureOne(kind, extensionDirs[kind], port, bytes));
    return results;
  });
}

async function measureOne(kind: BrowserKind, extensionDir: string, port: number, bytes: number) {
  const launched = await launchBrowser(kind, { extensionDir, hosts: [HOST], port, extraPrefs: PRECISE_TIMERS });
  const result: LattlastBrowserResult = {
    browser: kind,
    bytes,
    readyMs: null,
    longestFrameGapMs: 0,
    explainGapMs: null,
    closeGapMs: null,
  };
  try {
    const page = await launched.browser.newPage();
    await page.evaluateOnNewDocument(RECORDER);
    await page.goto(launched.baseUrl(HOST, PAGE), { timeout: 120_000 }).catch(() => undefined);
    await page.waitForFunction('window.__lyssnaBench && window.__lyssnaBench.offered !== null', { timeout: 120_000 });
    await page.click('lyssna-control >>> button[data-action="reader"]');
    await page.waitForFunction(
      `(() => { const r = document.querySelector('${READER}')?.shadowRoot; return !!r?.querySelector('.body h1, .body p, .body h2'); })()`,
      { timeout: 180_000, polling: 500 },
    );
    await new Promise((r) => setTimeout(r, 1500)); // the reader at rest before the press
    const easy = await readerButton(page, 'button[data-reader="easy"]');
    const pressedAt = (await page.evaluate('performance.now()')) as number;
    await easy!.click();
    const readyAt = (await page
      .waitForFunction(
        `(() => { const b = document.querySelector('${READER}')?.shadowRoot?.querySelector('.body.easy');
          return b && !b.querySelector('[role="status"]') && b.querySelector('.note') ? performance.now() : false; })()`,
        { timeout: 300_000, polling: 200 },
      )
      .then((handle) => handle.jsonValue())) as number;
    const recorded = (await page.evaluate('window.__lyssnaBench')) as Recorded;
    result.readyMs = Math.round(readyAt - pressedAt);
    if (process.env.LYSSNA_BENCH_GAPS)
      console.log(
        kind,
        recorded.gaps
          .filter(([t]) => t >= pressedAt && t <= readyAt + 100)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([t, g]) => `${Math.round(g)} ms at ${Math.round(t - pressedAt)}`)
          .join(', '),
      );
    result.longestFrameGapMs = longestGap(recorded, pressedAt, readyAt + 100);

    await new Promise((r) => setTimeout(r, 1000));
    const explain = await readerButton(page, 'button.explain');
    if (explain) {
      const clickedAt = (await page.evaluate('performance.now()')) as number;
      await explain.click();
      const openAt = (await page
        .waitForFunction(
          `(() => document.querySelector('${READER}').shadowRoot.querySelector('.explanation:popover-open') ? performance.now() : false)()`,
          { timeout: 30_000, polling: 50 },
        )
        .then((handle) => handle.jsonValue())) as number;
      await new Promise((r) => setTimeout(r, 500));
      result.explainGapMs = longestGap(
        (await page.evaluate('window.__lyssnaBench')) as Recorded,
        clickedAt,
        openAt + 500,
      );
      await page.keyboard.press('Escape'); // closes the explanation, not the reader
      await new Promise((r) => setTimeout(r, 500));
    }
    const close = await readerButton(page, 'button[data-reader="close"]');
    const closedAt = (await page.evaluate('performance.now()')) as number;
    await close!.click();
    await new Promise((r) => setTimeout(r, 3000));
    result.closeGapMs = longestGap(
      (await page.evaluate('window.__lyssnaBench')) as Recorded,
      closedAt,
      closedAt + 3000,
    );
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await launched.close();
  }
  return result;
}

export function describeLattlastInBrowser(r: LattlastBrowserResult): string {
  if (r.error) return `${r.browser}: ${r.error}`;
  const s = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
  const gap = (ms: number | null) => (ms === null ? 'not measured' : `${ms} ms`);
  return (
    `${r.browser}: Lättläst shown ${s(r.readyMs)} after the press, longest frame gap meanwhile ${r.longestFrameGapMs} ms; ` +
    `a hard word explained: ${gap(r.explainGapMs)}; the reader closed: ${gap(r.closeGapMs)}`
  );
}
