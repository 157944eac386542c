/**
 * The large page in the real browsers, with the built extension: how long the page is held up while it
 * loads (the detector), how soon the control is offered, and what a press on Lyssna costs: the message
 * that the page is long, the stretch the tab is busy reading it in, and the first sentence.
 *
 * "Busy" is measured from the page's own world: a requestAnimationFrame loop notes the longest gap
 * between frames, and a MutationObserver notes when the status changes, with their times.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import { startSampleServer } from '../../tests/e2e/harness/server';
import { municipalPage } from './large-page';
import { PRECISE_TIMERS } from './stats';

export interface LargeBrowserResult {
  browser: BrowserKind;
  bytes: number;
  /** Navigation to the load event. */
  loadMs: number;
  /** Start of navigation to the control on the page. */
  offeredMs: number;
  /** Longest gap between frames from the first frame until just after the control is there. */
  longestFrameGapOnLoadMs: number;
  /** How long the browser took to list its voices, asked before the press (a fresh browser loads them once). */
  voicesMs: number | null;
  /** Press on Lyssna to the "very long page" message. */
  messageMs: number | null;
  /** Longest gap between frames after the press (the page being read in). */
  longestFrameGapAfterPressMs: number;
  /** Longest main-thread task after the press (Long Tasks API: Chromium only; null elsewhere). */
  longestTaskAfterPressMs: number | null;
  /** Tasks over 100 ms after the press: [ms after the press, length] (Chromium only). */
  longTasks: Array<[number, number]>;
  /** Press to the status "Mening 1" (the first sentence started). */
  firstSentenceMs: number | null;
  /** Sentences read in when the first one started. */
  firstSentences: number | null;
  /** Press to the first sentence that started with the whole page read in (an upper bound of reading it in). */
  wholeMs: number | null;
  /** Sentences of the whole page. */
  sentences: number | null;
  error?: string;
}

export const HOST = 'www.umea.se';
export const PAGE = '/kommun-och-politik/protokoll.html';

/** Frame gaps and status changes, recorded in the page (main world) from the start of navigation. */
export const RECORDER = `(() => {
  const log = (window.__lyssnaBench = { gaps: [], status: [], offered: null, tasks: null });
  // A frame gap can hold two tasks run back to back; the Long Tasks API sees each task (Chromium).
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    log.tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }
  let last = performance.now();
  const tick = () => { const now = performance.now(); log.gaps.push([now, now - last]); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const watch = () => {
    const status = document.querySelector('lyssna-control')?.shadowRoot?.querySelector('[role="status"]');
    if (!status) return setTimeout(watch, 20);
    log.offered = performance.now();
    new MutationObserver(() => log.status.push([performance.now(), status.textContent])).observe(status, { childList: true, characterData: true, subtree: true });
  };
  watch();
})()`;

/** Asks the page's speechSynthesis for its voices; resolves with the milliseconds they took (null: none in 20 s). */
const VOICES_LISTED = `new Promise((resolve) => {
  const started = performance.now();
  const done = () => speechSynthesis.getVoices().length > 0 && resolve(Math.round(performance.now() - started));
  speechSynthesis.addEventListener('voiceschanged', done);
  done();
  setTimeout(() => resolve(null), 20000);
})`;

/** A sentence's status once the whole page is read in (no "the rest is being read in"). */
const WHOLE = /^(Mening|Sentence) \d+ (av|of) [\d\s\u00a0]+ · (?!resten|the rest)/;

export interface Recorded {
  gaps: Array<[number, number]>;
  status: Array<[number, string]>;
  offered: number | null;
  tasks: Array<[number, number]> | null;
}

/** The longest gap between frames that ended between `from` and `to` (page times), rounded; 0 if none. */
export function longestGap(recorded: Recorded, from: number, to = Infinity): number {
  return Math.round(Math.max(0, ...recorded.gaps.filter(([t]) => t >= from && t <= to).map(([, gap]) => gap)));
}

export async function measureLargePageInBrowsers(
  extensionDirs: Record<BrowserKind, string>,
  targetBytes: number,
): Promise<LargeBrowserResult[]> {
  return withLargePage(targetBytes, async (port, bytes) => {
    const results: LargeBrowserResult[] = [];
    for (const kind of ['chromium', 'firefox'] as const)
      results.push(await measureOne(kind, extensionDirs[kind], port, bytes));
    return results;
  });
}

/** Serves the synthetic large page at HOST/PAGE on a local port for `run`, then removes it. */
export async function withLargePage<T>(
  targetBytes: number,
  run: (port: number, bytes: number) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lyssna-large-'));
  const { html } = municipalPage(targetBytes);
  mkdirSync(path.join(dir, HOST, path.dirname(PAGE)), { recursive: true });
  writeFileSync(path.join(dir, HOST, PAGE), html);
  writeFileSync(path.join(dir, 'hosts.json'), JSON.stringify({ [HOST]: HOST }));
  const server = await startSampleServer({ samplesDir: dir });
  try {
    return await run(server.port, Buffer.byteLength(html));
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureOne(kind: BrowserKind, extensionDir: string, port: number, bytes: number) {
  const launched = await launchBrowser(kind, { extensionDir, hosts: [HOST], port, extraPrefs: PRECISE_TIMERS });
  const result: LargeBrowserResult = {
    browser: kind,
    bytes,
    loadMs: 0,
    offeredMs: 0,
    longestFrameGapOnLoadMs: 0,
    voicesMs: null,
    messageMs: null,
    longestFrameGapAfterPressMs: 0,
    longestTaskAfterPressMs: null,
    longTasks: [],
    firstSentenceMs: null,
    firstSentences: null,
    wholeMs: null,
    sentences: null,
  };
  try {
    const page = await launched.browser.newPage();
    await page.evaluateOnNewDocument(RECORDER);
    let started = Date.now();
    // Firefox's driver may report the first navigation of a new tab as failed although it loads.
    await page.goto(launched.baseUrl(HOST, PAGE), { timeout: 120_000 }).catch(() => undefined);
    result.loadMs = Date.now() - started;
    await page.waitForFunction('window.__lyssnaBench && window.__lyssnaBench.offered !== null', { timeout: 120_000 });
    const onLoad = (await page.evaluate('window.__lyssnaBench')) as Recorded;
    result.offeredMs = Math.round(onLoad.offered!);
    result.longestFrameGapOnLoadMs = longestGap(onLoad, -Infinity, onLoad.offered! + 500);

    // The voice list first, as in a browser that has spoken before: a fresh one takes seconds to list
    // its voices (speech-dispatcher), whatever the page, and that is not the page's reading.
    result.voicesMs = (await page.evaluate(VOICES_LISTED)) as number | null;
    await new Promise((r) => setTimeout(r, 1000)); // the page at rest before the press
    const pressedAt = (await page.evaluate('performance.now()')) as number;
    started = Date.now();
    await page.click('lyssna-control >>> button[data-action="play-pause"]');
    let recorded: Recorded = { gaps: [], status: [], offered: null, tasks: null };
    // Until the status shows a sentence with the whole page read in: the status says "the rest of the
    // page is being read in" until then (it changes as each sentence starts, so this is the first
    // sentence start after the last part was read in).
    while (Date.now() - started < 180_000) {
      recorded = (await page.evaluate('window.__lyssnaBench')) as Recorded;
      if (recorded.status.some(([t, text]) => t >= pressedAt && WHOLE.test(text))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const after = (t: number) => Math.round(t - pressedAt);
    const message = recorded.status.find(([t, text]) => t >= pressedAt && /mycket lång|very long/.test(text));
    const first = recorded.status.find(([t, text]) => t >= pressedAt && /^(Mening|Sentence) 1 /.test(text));
    const whole = recorded.status.find(([t, text]) => t >= pressedAt && WHOLE.test(text));
    const total = (text: string) => Number(/ (?:av|of) ([\d\s\u00a0]+)/.exec(text)?.[1]?.replace(/\D/g, ''));
    result.messageMs = message ? after(message[0]) : null;
    result.firstSentenceMs = first ? after(first[0]) : null;
    result.firstSentences = first ? total(first[1]) : null;
    result.wholeMs = whole ? after(whole[0]) : null;
    result.sentences = whole ? total(whole[1]) : null;
    result.longestFrameGapAfterPressMs = longestGap(recorded, pressedAt);
    if (recorded.tasks) {
      const tasks = recorded.tasks.filter(([t]) => t >= pressedAt);
      result.longestTaskAfterPressMs = Math.round(Math.max(0, ...tasks.map(([, length]) => length)));
      result.longTasks = tasks
        .filter(([, length]) => length > 100)
        .map(([t, length]) => [after(t), Math.round(length)]);
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await launched.close();
  }
  return result;
}

export function describeLargeInBrowser(r: LargeBrowserResult): string {
  if (r.error) return `${r.browser}: ${r.error}`;
  const s = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
  return (
    `${r.browser}: page loaded ${s(r.loadMs)}, control offered at ${s(r.offeredMs)} (longest frame gap until then ${s(r.longestFrameGapOnLoadMs)}); ` +
    `voices listed in ${r.voicesMs === null ? 'never' : `${r.voicesMs} ms`} before the press; ` +
    `Lyssna → "very long page" message ${r.messageMs === null ? 'never' : `${r.messageMs} ms`}, ` +
    `first sentence ${s(r.firstSentenceMs)}` +
    (r.firstSentences ? ` (${r.firstSentences.toLocaleString('en')} sentences read in by then)` : '') +
    `, the whole page read in by ${s(r.wholeMs)}` +
    (r.sentences ? ` (${r.sentences.toLocaleString('en')} sentences)` : '') +
    `; longest frame gap from the press until then ${r.longestFrameGapAfterPressMs} ms` +
    (r.longestTaskAfterPressMs === null
      ? ''
      : `, longest task ${r.longestTaskAfterPressMs} ms (${r.longTasks.length} over 100 ms)`)
  );
}
