/**
 * What Lyssna costs a page the user only looks at, and how fast a first press speaks, in Chromium with
 * the built extension and the test speech engine (its voices start at once, so the figure is Lyssna's).
 *
 * - Idle: each page is opened in a fresh tab twice, under a registry host (www.umea.se: the detector
 *   runs, the light control appears) and under a host outside the registry (nothing of Lyssna runs),
 *   then left alone for `settleMs`. The difference in the renderer's main-thread task time and script
 *   time (CDP Performance.getMetrics: TaskDuration, ScriptDuration) is Lyssna's idle cost on that page.
 * - Cold press: a fresh tab per run, the pointer away from the control, the page left to settle; then a
 *   trusted click on "Lyssna". Measured from the click to the control showing that it plays, which it
 *   does in the task that sent the first speak request; also the longest task the page saw meanwhile
 *   (PerformanceObserver 'longtask'). Twice: the pointer moving onto the button and pressing at once
 *   (no head start: the player loads on the press itself), and resting on it `leadMs` first, as a
 *   user's pointer does before a click (the light control asks for the player when the pointer comes).
 *
 * Pages: the samples (real templates) and the article pages of tests/fixtures/municipal (generated
 * after real templates; fine for a timing, never for a quality figure).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  launchBrowser,
  launchChromium,
  type BrowserKind,
  type LaunchedBrowser,
} from '../../tests/e2e/harness/browsers';
import { TEST_ENGINE_DIR, testEngine } from '../../tests/e2e/harness/test-engine';
import { openPopup } from '../../tests/e2e/harness/popup';
import { timePress } from '../bench-latency';
import { PRECISE_TIMERS } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const REGISTRY_HOST = 'www.umea.se';
const OTHER_HOST = 'www.example-butik.se';
export const IDLE_BAR_MS = 10;
export const COLD_BAR_MS = 100;
export const TOOLBAR_BAR_MS = 150;

export interface IdleColdOptions {
  extensionDir: string;
  /** How many pages (default all). */
  pages?: number;
  /** Rounds per page and host for idle (default 3), and cold presses (default 15). */
  idleRounds?: number;
  coldRuns?: number;
  /** How long the pointer rests on the button before the press in the second cold series (default 200 ms). */
  leadMs?: number;
  /** How long the popup is open before its "Lyssna" is pressed (default 300 ms). */
  popupOpenMs?: number;
  /** How long a page is left alone before it is measured (default 3000 ms). */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface IdleColdResult {
  idle: { pages: number; taskMs: Stats; scriptMs: Stats; perPage: { id: string; taskMs: number; scriptMs: number }[] };
  cold: ColdResult;
  /** The same with the pointer resting on the button `leadMs` before the press. */
  led: ColdResult & { leadMs: number };
  /** "Lyssna" pressed in the toolbar popup, `openMs` after it opened over a fresh tab. */
  popup: ColdResult & { openMs: number };
}
export interface ColdResult {
  runs: number[];
  ms: Stats;
  longestTaskMs: number;
}
export interface Stats {
  median: number;
  p95: number;
  max: number;
}

function pageFiles(limit: number): { id: string; html: string }[] {
  const samples = ['umea/bygglov.html', 'stockholm/nyhet.html', 'helsingborg/evenemang.html'].map((f) => ({
    id: `samples/${f}`,
    html: readFileSync(path.join(ROOT, 'samples', f), 'utf8'),
  }));
  const dir = path.join(ROOT, 'tests/fixtures/municipal');
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { article?: boolean }).article === true)
    .map((f) => ({
      id: `municipal/${f.slice(0, -5)}`,
      html: readFileSync(path.join(dir, f.replace(/json$/, 'html')), 'utf8'),
    }));
  return [...samples, ...fixtures].slice(0, limit);
}

/** The pages on localhost, page i at /p/i.html. */
export async function serve(pages: { id: string; html: string }[]): Promise<{ server: Server; port: number }> {
  const byPath = new Map(pages.map((p, i) => [`/p/${i}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  const mid =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(mid), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

/** Main-thread task and script time of a fresh tab on `url`, after `settleMs` alone. */
async function idleCost(launched: LaunchedBrowser, url: string, control: boolean, settleMs: number) {
  const page = await launched.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (control) await page.waitForSelector('lyssna-control', { timeout: 15_000 });
    await settle(settleMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
  } finally {
    await page.close();
  }
}

/**
 * The toolbar path: the popup opened over a fresh tab (puppeteer's click on the toolbar icon), left
 * `openMs` as a user takes to find its button, then a trusted click on "Lyssna" in it; timed from that
 * click to the first speak request in the page (both clocks as epoch times).
 */
async function popupPress(launched: LaunchedBrowser, url: string, settleMs: number, openMs: number) {
  const page = await launched.browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('lyssna-control >>> button[data-action="play-pause"]', { timeout: 15_000 });
    await settle(settleMs);
    const { ms, longestTaskMs } = await timePress(page, async () => {
      const popup = await openPopup(launched, page);
      // The popup closes itself once the page has its message; kept open here to read when it was pressed.
      await popup.evaluate(`(() => {
        window.close = () => undefined;
        window.addEventListener('click', (e) => { if (e.isTrusted) window.__pressedAt ??= performance.timeOrigin + performance.now(); }, true);
      })()`);
      await settle(openMs);
      await popup.click('button[data-action="listen"]');
      const at = (await popup.evaluate('window.__pressedAt')) as number;
      void popup.close().catch(() => undefined);
      return at;
    });
    return { ms, longest: longestTaskMs };
  } finally {
    await page.close();
  }
}

async function coldPress(
  launched: LaunchedBrowser,
  url: string,
  settleMs: number,
  leadMs: number,
  beforePress?: () => Promise<void>,
) {
  const page = await launched.browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.mouse.move(5, 5); // away from the control: no head start from the pointer resting on it
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('lyssna-control >>> button[data-action="play-pause"]', { timeout: 15_000 });
    await settle(settleMs);
    await beforePress?.();
    const button = (await page.$('lyssna-control >>> button[data-action="play-pause"]'))!;
    const { ms, longestTaskMs } = await timePress(page, async () => {
      if (leadMs > 0) {
        await button.hover();
        await settle(leadMs);
      }
      await button.click();
    });
    return { ms, longest: longestTaskMs };
  } finally {
    await page.close();
  }
}

/** Chromium in Swedish with the extension and the test speech engine, whose voices start at once. */
export async function launchBenchChromium(
  extensionDir: string,
  hosts: string[],
  port: number,
  headless = true,
): Promise<LaunchedBrowser> {
  const launched = await launchChromium({
    extensionDir,
    extraExtensions: [TEST_ENGINE_DIR],
    voices: false,
    headless,
    hosts,
    port,
    extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'],
  });
  await (await testEngine(launched)).configure({ msPerWord: 40, startDelayMs: 0 });
  return launched;
}

export async function measureIdleAndCold(options: IdleColdOptions): Promise<IdleColdResult> {
  const log = options.log ?? (() => undefined);
  const pages = pageFiles(options.pages ?? Infinity);
  const settleMs = options.settleMs ?? 3000;
  const { server, port } = await serve(pages);
  let launched: LaunchedBrowser | undefined;
  try {
    launched = await launchBenchChromium(options.extensionDir, [REGISTRY_HOST, OTHER_HOST], port);
    const perPage: IdleColdResult['idle']['perPage'] = [];
    for (const [i, p] of pages.entries()) {
      const rounds = options.idleRounds ?? 3;
      const task: number[] = [];
      const script: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const base = await idleCost(launched, launched.baseUrl(OTHER_HOST, `/p/${i}.html`), false, settleMs);
        const ours = await idleCost(launched, launched.baseUrl(REGISTRY_HOST, `/p/${i}.html`), true, settleMs);
        task.push(ours.taskMs - base.taskMs);
        script.push(ours.scriptMs - base.scriptMs);
      }
      const row = { id: p.id, taskMs: stats(task).median, scriptMs: stats(script).median };
      perPage.push(row);
      log(`  idle ${p.id}: +${row.taskMs.toFixed(1)} ms tasks, +${row.scriptMs.toFixed(1)} ms script`);
    }
    const url = launched.baseUrl(REGISTRY_HOST, '/p/0.html');
    const series = (label: string, press: () => Promise<{ ms: number; longest: number }>) =>
      pressSeries(label, options.coldRuns ?? 15, press, log);
    const leadMs = options.leadMs ?? 200;
    const openMs = options.popupOpenMs ?? 300;
    return {
      idle: {
        pages: pages.length,
        taskMs: stats(perPage.map((p) => p.taskMs)),
        scriptMs: stats(perPage.map((p) => p.scriptMs)),
        perPage,
      },
      cold: await series('pressed at once', () => coldPress(launched!, url, 1500, 0)),
      led: {
        ...(await series(`pointer on it ${leadMs} ms before`, () => coldPress(launched!, url, 1500, leadMs))),
        leadMs,
      },
      popup: {
        ...(await series(`in the popup, open ${openMs} ms`, () => popupPress(launched!, url, 1500, openMs))),
        openMs,
      },
    };
  } finally {
    await launched?.close();
    await new Promise((r) => server.close(r));
  }
}

/** `runs` presses, each in a fresh tab, with their median and p95 and the longest task any of them saw. */
async function pressSeries(
  label: string,
  runs: number,
  press: () => Promise<{ ms: number; longest: number }>,
  log: (line: string) => void,
): Promise<ColdResult> {
  const times: number[] = [];
  let longest = 0;
  for (let r = 0; r < runs; r++) {
    const { ms, longest: l } = await press();
    times.push(Math.round(ms * 10) / 10);
    longest = Math.max(longest, l);
    log(`  press ${r + 1}, ${label}: ${ms.toFixed(1)} ms`);
  }
  return { runs: times, ms: stats(times), longestTaskMs: Math.round(longest) };
}

export interface EspeakColdResult {
  browser: BrowserKind;
  /** Pressed at once, and with the pointer resting on the button `leadMs` first. */
  cold: ColdResult;
  led: ColdResult & { leadMs: number };
  /**
   * Chromium: pressed at once after the browser stopped the extension's background (as it does after
   * 30 s without events, so this is a press on most pages read a while after the last).
   */
  stopped?: ColdResult;
}

/**
 * The first press with a real voice: espeak-ng through speech-dispatcher, which lists 13,362 voices (the
 * test engine lists a few, so their cost never shows above). The same two series on the same page, in
 * fresh tabs, and in Chromium a third: pressed at once after its background was stopped. Firefox has no speech-engine API, so this is its only first-press figure. One press
 * first, not counted: a fresh browser lists its voices about 2 s after the first page asks, whatever the
 * page. Firefox has no long-task entries.
 */
export async function measureColdEspeak(options: {
  browser: BrowserKind;
  extensionDir: string;
  runs?: number;
  leadMs?: number;
  log?: (line: string) => void;
}): Promise<EspeakColdResult> {
  const log = options.log ?? (() => undefined);
  const pages = pageFiles(1);
  const { server, port } = await serve(pages);
  let launched: LaunchedBrowser | undefined;
  try {
    launched = await launchBrowser(options.browser, {
      extensionDir: options.extensionDir,
      hosts: [REGISTRY_HOST],
      port,
      extraPrefs: PRECISE_TIMERS,
      ...(options.browser === 'chromium' ? { extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'] } : {}),
    });
    const url = launched.baseUrl(REGISTRY_HOST, '/p/0.html');
    await coldPress(launched, url, 1500, 0); // the voices
    const leadMs = options.leadMs ?? 200;
    const runs = options.runs ?? 15;
    const label = `${options.browser}, espeak-ng`;
    const stopBackground = await backgroundStopper(launched);
    return {
      browser: options.browser,
      cold: await pressSeries(`${label}, pressed at once`, runs, () => coldPress(launched!, url, 1500, 0), log),
      ...(stopBackground
        ? {
            stopped: await pressSeries(
              `${label}, background stopped, pressed at once`,
              runs,
              () => coldPress(launched!, url, 1500, 0, stopBackground),
              log,
            ),
          }
        : {}),
      led: {
        ...(await pressSeries(
          `${label}, pointer on it ${leadMs} ms before`,
          runs,
          () => coldPress(launched!, url, 1500, leadMs),
          log,
        )),
        leadMs,
      },
    };
  } finally {
    await launched?.close();
    await new Promise((r) => server.close(r));
  }
}

/**
 * Chromium: a way to stop the extension's service worker as the browser does when it idles (CDP's
 * ServiceWorker domain, from one of the extension's own pages); null in Firefox, whose background page
 * stays.
 */
async function backgroundStopper(launched: LaunchedBrowser): Promise<(() => Promise<void>) | null> {
  if (launched.kind !== 'chromium') return null;
  const page = await launched.openExtensionPage('options.html');
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await settle(300);
  };
}

// Run alone: tsx scripts/bench/idle-cold.ts [--pages=N] [--runs=N] [--popup-open=MS] [--extension=DIR]
//   [--espeak=no] [--firefox-extension=DIR]
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const value = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const result = await measureIdleAndCold({
    extensionDir: path.resolve(value('extension') ?? path.join(ROOT, '.output/chrome-mv3')),
    pages: Number(value('pages') ?? Infinity),
    coldRuns: Number(value('runs') ?? 15),
    popupOpenMs: Number(value('popup-open') ?? 300),
    log: (line) => console.log(line),
  });
  console.log(describeIdleCold(result));
  if (value('espeak') !== 'no') {
    for (const [browser, dir] of [
      ['chromium', value('extension') ?? path.join(ROOT, '.output/chrome-mv3')],
      ['firefox', value('firefox-extension') ?? path.join(ROOT, '.output/firefox-mv2')],
    ] as const) {
      const result = await measureColdEspeak({
        browser,
        extensionDir: path.resolve(dir),
        runs: Number(value('runs') ?? 15),
        log: (line) => console.log(line),
      });
      console.log(describeColdEspeak(result));
    }
  }
}

/** The bench's lines for this part. */
export function describeIdleCold(r: IdleColdResult): string {
  const f = (n: number) => n.toFixed(1);
  return [
    `Idle (${r.idle.pages} article pages, fresh tab, left alone 3 s; Chromium main thread, with Lyssna minus without): ` +
      `tasks +${f(r.idle.taskMs.median)} ms median (p95 ${f(r.idle.taskMs.p95)}), of which script +${f(r.idle.scriptMs.median)} ms ` +
      `(p95 ${f(r.idle.scriptMs.p95)}) — bar ${IDLE_BAR_MS} ms`,
    `First press in a fresh tab, to the first speak request: pressed at once ${f(r.cold.ms.median)} ms median ` +
      `(p95 ${f(r.cold.ms.p95)}, longest task ${r.cold.longestTaskMs} ms); pointer on the button ${r.led.leadMs} ms first ` +
      `${f(r.led.ms.median)} ms (p95 ${f(r.led.ms.p95)}, longest task ${r.led.longestTaskMs} ms) — bar ${COLD_BAR_MS} ms`,
    `Toolbar popup over a fresh tab, "Lyssna" pressed ${r.popup.openMs} ms after it opened, to the first speak request: ` +
      `${f(r.popup.ms.median)} ms median (p95 ${f(r.popup.ms.p95)}, longest task ${r.popup.longestTaskMs} ms) — bar ${TOOLBAR_BAR_MS} ms`,
  ].join('\n');
}

export function describeColdEspeak(r: EspeakColdResult): string {
  const f = (n: number) => n.toFixed(1);
  return (
    `First press in ${r.browser === 'firefox' ? 'Firefox' : 'Chromium'}, fresh tab, espeak-ng, to the first speak request: ` +
    `pressed at once ${f(r.cold.ms.median)} ms median (p95 ${f(r.cold.ms.p95)}); pointer on the button ${r.led.leadMs} ms ` +
    `first ${f(r.led.ms.median)} ms (p95 ${f(r.led.ms.p95)})` +
    (r.stopped
      ? `; the background stopped first, pressed at once ${f(r.stopped.ms.median)} ms (p95 ${f(r.stopped.ms.p95)})`
      : '') +
    ` — bar ${COLD_BAR_MS} ms`
  );
}
