/**
 * Click-to-speech latency: how long after a user's click on the control's "Lyssna" button the first
 * sentence starts being said, as the page sees it, in Chromium with the built extension.
 *
 * - The page: a generated Swedish article of ~2,000 words under a registry host (www.umea.se), served by
 *   a small node:http server on 127.0.0.1, so the control appears by itself.
 * - The voice: the test-only speech engine (tests/e2e/tts-engine/, `voices: false`, so its voices are the
 *   only ones): it says 'start' at once, so the figure is Lyssna's own time, not a synthesizer's start-up.
 *   Optionally also with real espeak-ng through speech-dispatcher (`voice: 'espeak'`).
 * - One run: reload, wait for the control and for the page to go idle (extraction runs then), a trusted
 *   click on "Lyssna" (puppeteer's mouse). A capture-phase 'click' listener in the page's main world
 *   records performance.now(); a MutationObserver on the control records when it first shows that it
 *   plays (its data-state, set in the task that sent the first speak request). Latency = the difference.
 * - The first run is a warm-up and is discarded. Median and p95 (nearest rank) of the rest.
 *
 * Run alone: `tsx scripts/bench-latency.ts [--runs=15] [--no-espeak] [--espeak-runs=8] [--no-build]
 * [--extension=DIR] [--words=2000]`. Exits 1 when the median is over the bar (150 ms).
 * From code: `measureClickToSpeech(options)` (scripts/bench.ts).
 *
 * The extension is built (WXT, Chrome target) into artifacts/bench-latency/ when that build is older
 * than the sources, so `.output/` is left alone for whoever is testing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { newestMtime } from './bench/sizes';
import { inspectHtml } from '../cli/inspect';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/harness/browsers';
import { TEST_ENGINE_DIR, testEngine } from '../tests/e2e/harness/test-engine';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = 'www.umea.se';
const PAGE_PATH = '/lang-artikel.html';
export const LATENCY_BAR_MS = 150;

export interface ClickToSpeechOptions {
  /** Measured runs, after one warm-up run (default 15). */
  runs?: number;
  /** 'test-engine' (default): deterministic voices that start at once. 'espeak': espeak-ng via speech-dispatcher. */
  voice?: 'test-engine' | 'espeak';
  /** A built Chrome MV3 extension folder; default: artifacts/bench-latency/chrome-mv3, built when stale. */
  extensionDir?: string;
  /** false: never build (the folder must exist). Default: build when missing or older than the sources. */
  build?: boolean;
  /** Words in the generated article (default 2000). */
  words?: number;
  /** How long to let the page go idle after the control appears, before the click (default 1500 ms). */
  settleMs?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface ClickToSpeechResult {
  medianMs: number;
  p95Ms: number;
  /** Every measured run, in order (the warm-up left out), in ms. */
  runs: number[];
  /** Everything else worth printing. */
  details: { voice: string; warmUpMs: number; sentences: number; words: number; extensionDir: string };
}

// --- the page ------------------------------------------------------------------------------------------

// Our own text, in the manner of a kommun's information pages. Combined deterministically below.
const SUBJECTS = [
  'Kommunen',
  'Miljökontoret',
  'Kontaktcenter',
  'Stadsbiblioteket',
  'Förskolan',
  'Socialtjänsten',
  'Gatukontoret',
  'Fritidsförvaltningen',
];
const SENTENCES = [
  (s: string) => `${s} ansvarar för att informationen på den här sidan är aktuell och lätt att förstå.`,
  (s: string) => `${s} svarar på frågor via telefon och e-post under kontorstid på vardagar.`,
  (s: string) => `Om du vill lämna synpunkter på verksamheten kan du kontakta ${s.toLowerCase()} direkt.`,
  () => 'Du som bor i kommunen kan få hjälp att fylla i ansökan om du behöver det.',
  () => 'Handläggningstiden beror på hur många ansökningar som kommer in under samma period.',
  () => 'Tänk på att skicka med alla handlingar, annars kan beslutet dröja flera veckor.',
  () => 'Beslutet skickas till dig med post eller via den digitala brevlådan som du har valt.',
  () => 'Om du inte är nöjd med beslutet kan du överklaga det inom tre veckor.',
  () => 'Vi behandlar dina personuppgifter enligt dataskyddsförordningen och sparar dem inte längre än nödvändigt.',
  () => 'Under sommaren har många verksamheter kortare öppettider än vanligt.',
  () => 'Information om aktuella störningar publiceras på webbplatsen så snart vi känner till dem.',
  () => 'Det är gratis att låna böcker, tidningar och ljudböcker med ett lånekort.',
  () => 'Barn och unga får delta i aktiviteterna utan avgift under skolloven.',
  () => 'Du kan följa ärendet i e-tjänsten och se när handläggaren har tagit emot det.',
  () => 'Vi vill att alla invånare ska kunna ta del av kommunens service på lika villkor.',
  () => 'Tolk kan bokas vid behov, och det kostar ingenting för dig som besökare.',
  () => 'Sortera matavfallet i de bruna påsarna och lägg dem i det gröna kärlet.',
  () => 'Grovavfall lämnar du på återvinningscentralen, som har öppet alla dagar i veckan.',
  () => 'Snöröjningen börjar med huvudgator, busslinjer och gång- och cykelvägar.',
  () => 'På vintern är det viktigt att hålla brevlådan och soptunnan fria från snö.',
  () => 'Kommunfullmäktige fattar beslut om budget, skattesats och mål för verksamheterna.',
  () => 'Sammanträdena är öppna för allmänheten och sänds även direkt på webben.',
  () => 'Den som vill starta ett företag kan få kostnadsfri rådgivning hos näringslivskontoret.',
  () => 'Föreningar kan söka bidrag för verksamhet som riktar sig till barn och ungdomar.',
];
const HEADINGS = [
  'Så går det till',
  'Vem kan ansöka?',
  'Handläggning och beslut',
  'Avgifter',
  'Öppettider',
  'Kontakt och hjälp',
  'Tillgänglighet',
  'Vanliga frågor',
];

/** A deterministic Sitevision-like kommun article page with about `words` words. */
export function articleHtml(words = 2000): string {
  let count = 0;
  let n = 0;
  const sections: string[] = [];
  for (let section = 0; count < words; section++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 4 && count < words; p++) {
      const sentences: string[] = [];
      for (let i = 0; i < 4 && count < words; i++, n++) {
        const text = SENTENCES[(n * 7) % SENTENCES.length]!(SUBJECTS[(n * 3) % SUBJECTS.length]!);
        count += text.split(/\s+/).length;
        sentences.push(text);
      }
      paragraphs.push(`<p class="normal">${sentences.join(' ')}</p>`);
    }
    const heading = `${HEADINGS[section % HEADINGS.length]}${section >= HEADINGS.length ? ` (${section + 1})` : ''}`;
    sections.push(`<h2 class="subheading">${heading}</h2>\n${paragraphs.join('\n')}`);
  }
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="UTF-8" />
<title>Så fungerar kommunens service - Umeå kommun</title>
<meta name="DC.Publisher" content="Umeå kommun" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
</head>
<body class="sv-responsive">
<div class="sv-skip-link"><a href="#Innehall">Gå till innehåll</a></div>
<div class="sv-layout header" role="banner"><a href="/">Umeå kommun</a>
<nav class="top-menu" aria-label="Huvudmeny"><ul><li><a href="/barn.html">Barn och utbildning</a></li><li><a href="/bo.html">Bygga, bo och miljö</a></li><li><a href="/kommun.html">Kommun och politik</a></li></ul></nav>
</div>
<div class="sv-layout breadcrumbs"><nav aria-label="Brödsmulor"><a href="/">Startsida</a> / <span aria-current="page">Så fungerar kommunens service</span></nav></div>
<div id="Innehall" class="sv-layout pagecontent">
<div class="sv-text-portlet"><div class="sv-text-portlet-content">
<h1 class="heading">Så fungerar kommunens service</h1>
<p class="ingress">Här får du veta hur kommunens service fungerar, vart du vänder dig och vad du kan förvänta dig av oss.</p>
${sections.join('\n')}
<p class="sv-font-liten-text">Publicerad 9 februari 2023</p>
</div></div>
</div>
<div class="sv-layout footer" role="contentinfo"><p><strong>Umeå kommun</strong><br />901 84 Umeå<br />Organisationsnummer: 212000-2627</p></div>
</body>
</html>
`;
}

async function servePage(html: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === PAGE_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

// --- the build -----------------------------------------------------------------------------------------

const SOURCES = ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package.json'].map((p) => path.join(ROOT, p));

/** Builds the Chrome target into `outBase` (→ outBase/chrome-mv3) when missing or stale; returns the folder. */
export function ensureChromeBuild(outBase = path.join(ROOT, 'artifacts/bench-latency'), log?: (s: string) => void) {
  const dir = path.join(outBase, 'chrome-mv3');
  const manifest = path.join(dir, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestMtime(SOURCES)) return dir;
  log?.(`building the Chrome extension into ${path.relative(ROOT, dir)} …`);
  const code = `import { build } from 'wxt'; await build({ browser: 'chrome', outDir: ${JSON.stringify(outBase)} });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0)
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return dir;
}

// --- one run -------------------------------------------------------------------------------------------

// Sent as source text (a function from here would carry tsx's `__name` helper into the page).
const PRESS_PROBE = `(() => {
  const host = document.querySelector('lyssna-control');
  const m = { click: null, start: null, tasks: [], origin: performance.timeOrigin };
  window.__lyssnaPress = m;
  window.addEventListener('click', (e) => {
    if (m.click === null && e.isTrusted && e.target === host) m.click = performance.now();
  }, { capture: true });
  // Entries arrive after their task, so they are kept and matched to the press afterwards.
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) m.tasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask' });
  // The control shows "playing" in the task that sent the first speak request (the status line may
  // come a moment later: see ReadingSession.settle).
  new MutationObserver(() => {
    if (m.start === null && host.dataset.state === 'playing') m.start = performance.now();
  }).observe(host, { attributes: true, attributeFilter: ['data-state'] });
})()`;

/**
 * Times one press on the control, as the page sees it: from the trusted click (made by `press`) to the
 * control showing that it plays (set once the first speak request went out), and the longest task in
 * between. A press outside the page (the popup's button) returns when it happened, as an epoch time in ms.
 */
export async function timePress(
  page: Page,
  press: () => Promise<void | number>,
): Promise<{ ms: number; longestTaskMs: number }> {
  await page.evaluate(PRESS_PROBE);
  // A press made elsewhere (in the popup) gives its own time, as an epoch time in ms (timeOrigin + now).
  const pressedAt = await press();
  await page.waitForFunction('window.__lyssnaPress.start !== null', { timeout: 30_000, polling: 10 });
  await new Promise((r) => setTimeout(r, 200)); // for the last long-task entries to arrive
  const m = (await page.evaluate('window.__lyssnaPress')) as {
    click: number | null;
    start: number;
    tasks: [number, number][];
    origin: number;
  };
  const click = typeof pressedAt === 'number' ? pressedAt - m.origin : m.click;
  if (click === null) throw new Error('the click was not seen by the page');
  const during = m.tasks.filter(([at, length]) => at + length >= click && at <= m.start);
  return { ms: m.start - click, longestTaskMs: Math.max(0, ...during.map(([, length]) => length)) };
}

async function oneRun(page: Page, url: string, settleMs: number): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('lyssna-control >>> button[data-action="play-pause"]', { timeout: 15_000 });
  // Let the page go idle: the player extracts the article in an idle callback after the control shows.
  await new Promise((r) => setTimeout(r, settleMs));
  const { ms } = await timePress(page, () => page.click('lyssna-control >>> button[data-action="play-pause"]'));
  return ms;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Time from a trusted click on "Lyssna" to the first speak request, as the page sees it. */
export async function measureClickToSpeech(options: ClickToSpeechOptions = {}): Promise<ClickToSpeechResult> {
  const runs = options.runs ?? 15;
  const voice = options.voice ?? 'test-engine';
  const log = options.log ?? (() => undefined);
  const words = options.words ?? 2000;
  const extensionDir =
    options.extensionDir ??
    (options.build === false
      ? path.join(ROOT, 'artifacts/bench-latency/chrome-mv3')
      : ensureChromeBuild(undefined, log));
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);

  const html = articleHtml(words);
  const reading = inspectHtml(html, `http://${HOST}${PAGE_PATH}`);
  if (!reading.detection.articlePage || reading.sentences.length < 50) {
    throw new Error(`the generated page is not read as an article (${reading.detection.signals.join('; ')})`);
  }
  const { server, port } = await servePage(html);
  let launched: LaunchedBrowser | undefined;
  try {
    launched = await launchChromium({
      extensionDir,
      ...(voice === 'test-engine' ? { extraExtensions: [TEST_ENGINE_DIR], voices: false } : {}),
      hosts: [HOST],
      port,
      extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'],
    });
    if (voice === 'test-engine') await (await testEngine(launched)).configure({ msPerWord: 40, startDelayMs: 0 });
    const page = await launched.browser.newPage();
    const url = launched.baseUrl(HOST, PAGE_PATH);
    const all: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const ms = await oneRun(page, url, options.settleMs ?? 1500);
      all.push(ms);
      log(`  ${voice} run ${i === 0 ? 'warm-up' : i}: ${ms.toFixed(1)} ms`);
    }
    const measured = all.slice(1);
    const sorted = [...measured].sort((a, b) => a - b);
    const median =
      sorted.length % 2 === 1
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    return {
      medianMs: round(median),
      p95Ms: round(percentile(sorted, 95)),
      runs: measured.map(round),
      details: {
        voice,
        warmUpMs: round(all[0]!),
        sentences: reading.sentences.length,
        words: html
          .replace(/<[^>]+>/g, ' ')
          .split(/\s+/)
          .filter(Boolean).length,
        extensionDir,
      },
    };
  } finally {
    await launched?.close();
    await new Promise((r) => server.close(r));
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

// --- command line --------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Number(value('runs') ?? 15);
  const words = Number(value('words') ?? 2000);
  const extension = value('extension');
  const common: ClickToSpeechOptions = {
    runs,
    words,
    log: (line) => console.log(line),
    ...(extension ? { extensionDir: path.resolve(extension) } : {}),
    ...(argv.includes('--no-build') ? { build: false } : {}),
  };
  console.log(`Click-to-speech latency, Chromium, ${words}-word article, ${runs} runs after a warm-up`);
  const engine = await measureClickToSpeech(common);
  const lines = [
    `test engine: median ${engine.medianMs} ms, p95 ${engine.p95Ms} ms (warm-up ${engine.details.warmUpMs} ms; ${engine.details.sentences} sentences)`,
  ];
  let espeak: ClickToSpeechResult | null = null;
  if (!argv.includes('--no-espeak')) {
    espeak = await measureClickToSpeech({
      ...common,
      ...(common.extensionDir ? {} : { extensionDir: engine.details.extensionDir }),
      runs: Number(value('espeak-runs') ?? 8),
      voice: 'espeak',
    });
    lines.push(
      `espeak-ng:   median ${espeak.medianMs} ms, p95 ${espeak.p95Ms} ms (warm-up ${espeak.details.warmUpMs} ms)`,
    );
  }
  const pass = engine.medianMs < LATENCY_BAR_MS;
  mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  const out = path.join(ROOT, 'artifacts/bench-latency.json');
  writeFileSync(out, `${JSON.stringify({ barMs: LATENCY_BAR_MS, pass, testEngine: engine, espeak }, null, 2)}\n`);
  lines.push(
    `bar: median < ${LATENCY_BAR_MS} ms (test engine): ${pass ? 'PASS' : 'FAIL'}; written to ${path.relative(ROOT, out)}`,
  );
  console.log(lines.join('\n'));
  return pass ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
