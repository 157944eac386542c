/**
 * `npm run bench`: how big the extension is and how fast its pipeline reads pages.
 *
 * 1. Size: builds both targets (WXT's own build, into artifacts/bench-build/ so `.output/` is left alone
 *    for whoever is testing) and measures the always-injected detector (budget 15 KB raw), the on-demand
 *    player, the background script and the whole package, raw, gzip and zipped.
 * 2. Extraction: every readability test page and every sample, in happy-dom, our extractArticle and the
 *    whole readPage against plain Readability, each on a freshly parsed document. The test pages are
 *    the repository's gzip-compressed copy (tests/fixtures/readability/), unpacked into
 *    artifacts/readability-pages/ first; with that copy missing the bench says so and exits 2. Then the
 *    same comparison in real Chromium and Firefox tabs (bench/extraction-browser.ts; not with --no-latency).
 *    And the detector's first call on each of those pages, in a fresh tab of each browser (bench/detector-first.ts).
 * 3. A synthetic ~10 MB kommun page through readPage once, in a child process with a time limit; then
 *    the same page in Chromium and Firefox with the built extension (skipped with --no-latency).
 *    Lättläst: a 2,000-word article of real text in Node, and a ~5 MB page's Lättläst in both browsers
 *    (--lattlast-mb=N), with the longest frame gap from the press until it is shown.
 *
 * 4. Click to speech on a warm tab (bench-latency.ts); then what a page the user only looks at costs
 *    (idle main-thread time, with Lyssna minus without) and the first press in a fresh tab, at once and
 *    with the pointer resting on the button first, and Lyssna pressed in the toolbar popup
 *    (bench/idle-cold.ts); the keyboard shortcut typed on a virtual display (bench/shortcut.ts); in Chromium.
 *
 * Prints tables and a summary, writes artifacts/bench.json. Exits 1 when the detector is over budget, 2 when
 * the test pages are missing or the bench itself fails.
 *
 * Options: --quick (fewer rounds, 2 MB large page), --iterations=N (measured rounds per page, default 5),
 * --output (measure the existing .output/ instead of building), --no-build (reuse artifacts/bench-build/),
 * --no-latency (skip click-to-speech in Chromium), --no-large, --large-mb=N (default 10), --large-timeout=S (default 150), --filter=TEXT (pages whose id
 * contains TEXT), --no-pages (no per-page table).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LATENCY_BAR_MS, measureClickToSpeech, type ClickToSpeechResult } from './bench-latency';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  benchPages,
  findPages,
  summarise,
  VARIANT_LABELS,
  VARIANTS,
  warmUp,
  type PageResult,
  type RoundPolicy,
} from './bench/extraction';
import {
  describeBrowserExtraction,
  measureExtractionInBrowser,
  type BrowserExtraction,
} from './bench/extraction-browser';
import { runLargePage, type LargePageResult } from './bench/large';
import { describeDetectorFirst, measureDetectorFirst, type DetectorFirst } from './bench/detector-first';
import { describeLargeInBrowser, measureLargePageInBrowsers, type LargeBrowserResult } from './bench/large-browser';
import {
  buildExtension,
  DETECTOR_BUDGET_BYTES,
  KEY_FILES,
  measureTarget,
  newestMtime,
  TARGETS,
  type TargetSizes,
} from './bench/sizes';
import { kb, ms, ratio, table } from './bench/stats';
import { benchPlanning, PLANNING_BAR_MS } from './bench/planning';
import { benchSimplify, SIMPLIFY_BAR_MS } from './bench/simplify';
import {
  describeColdEspeak,
  describeIdleCold,
  measureColdEspeak,
  measureIdleAndCold,
  type EspeakColdResult,
  type IdleColdResult,
} from './bench/idle-cold';
import { describeShortcut, measureShortcut, type ShortcutResult } from './bench/shortcut';
import { READABILITY_DIR, unpackReadabilityPages } from './eval/readability-pages';
import {
  describeLattlastInBrowser,
  measureLattlastInBrowsers,
  type LattlastBrowserResult,
} from './bench/lattlast-browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'artifacts');
const fixturesDir = path.join(artifacts, 'readability-pages');

interface Options {
  quick: boolean;
  iterations: number;
  source: 'build' | 'reuse' | 'output';
  large: boolean;
  latency: boolean;
  largeBytes: number;
  largeTimeoutMs: number;
  lattlastBytes: number;
  filter: string | null;
  pageTable: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const has = (name: string) => argv.includes(`--${name}`);
  const known = [
    'quick',
    'iterations',
    'output',
    'no-build',
    'no-large',
    'no-latency',
    'large-mb',
    'large-timeout',
    'filter',
    'lattlast-mb',
  ];
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').split('=')[0]!;
    if (!arg.startsWith('--') || ![...known, 'no-pages'].includes(name)) throw new Error(`unknown option ${arg}`);
  }
  const quick = has('quick');
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
    return n;
  };
  return {
    quick,
    iterations: Math.round(number('iterations', quick ? 3 : 5)),
    source: has('output') ? 'output' : has('no-build') ? 'reuse' : 'build',
    large: !has('no-large'),
    latency: !has('no-latency'),
    largeBytes: Math.round(number('large-mb', quick ? 2 : 10) * 1024 * 1024),
    largeTimeoutMs: number('large-timeout', 150) * 1000,
    lattlastBytes: Math.round(number('lattlast-mb', quick ? 2 : 5) * 1024 * 1024),
    filter: value('filter') ?? null,
    pageTable: !has('no-pages'),
  };
}

const log = (line = '') => process.stdout.write(line + '\n');
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const benchStarted = performance.now();
  mkdirSync(artifacts, { recursive: true });
  if (unpackReadabilityPages(fixturesDir) === 0) {
    process.stderr.write(
      `bench: no pages in ${path.relative(root, READABILITY_DIR)} (the corpus of Readability's test pages is missing)\n`,
    );
    return 2;
  }
  log(`Lyssna benchmark — node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`.trim());
  const loadStart = os.loadavg();
  log(
    `(KB = 1024 bytes; gzip = node:zlib level 9; times are wall-clock ms unless marked s; CPU = this process's CPU time, GC threads included)`,
  );
  if (loadStart[0]! > os.cpus().length * 0.75) {
    log(`warning: the machine is busy (load average ${loadStart[0]!.toFixed(1)}); timings will be inflated`);
  }

  // 1. Size -----------------------------------------------------------------------------------------
  const sources = ['entrypoints', 'src', 'public', 'wxt.config.ts', 'package.json'].map((p) => path.join(root, p));
  const outBase = options.source === 'output' ? path.join(root, '.output') : path.join(artifacts, 'bench-build');
  let buildMs: number | null = null;
  if (options.source === 'build') {
    progress('building chrome-mv3 and firefox-mv2…');
    buildMs = buildExtension(root, outBase);
    progress('');
  }
  const stale: string[] = [];
  for (const { name } of TARGETS) {
    const dir = path.join(outBase, name);
    if (!existsSync(dir)) throw new Error(`${dir} does not exist; run without --output/--no-build to build it`);
    if (newestMtime([dir]) < newestMtime(sources)) stale.push(name);
  }
  const sizes = TARGETS.map(({ name }) =>
    measureTarget(name, path.join(outBase, name), path.join(artifacts, `bench-${name}.zip`)),
  );
  printSizes(sizes, outBase, buildMs, stale);

  // 2. Extraction -----------------------------------------------------------------------------------
  const found = findPages(root, fixturesDir);
  found.warnings.forEach((w) => log(`warning: ${w}`));
  const pages = options.filter ? found.pages.filter((p) => p.id.includes(options.filter!)) : found.pages;
  const policy: RoundPolicy = {
    maxRounds: options.iterations,
    minRounds: Math.min(options.quick ? 1 : 3, options.iterations),
    pageBudgetMs: options.quick ? 200 : 600,
    heavyRoundMs: 300,
    heavyMinRounds: options.quick ? 1 : 2,
    phaseDeadlineMs: options.quick ? 40_000 : 90_000,
  };
  log();
  log(
    `Extraction: ${pages.length} pages in happy-dom ${happyDomVersion()}, each run on a freshly parsed document ` +
      `(parsing not timed); per page 1 warm-up round, then ${policy.minRounds}–${policy.maxRounds} measured rounds ` +
      `(median); pages slower than ${policy.heavyRoundMs} ms per round count the warm-up and stop at ` +
      `${policy.heavyMinRounds} round${policy.heavyMinRounds === 1 ? '' : 's'} ("runs" column).`,
  );
  progress('warming up…');
  await warmUp(
    pages.filter((p) => p.source === 'sample'),
    options.quick ? 1 : 3,
  );
  const { results, phaseMs } = await benchPages(pages, policy, (done, page) =>
    progress(`[${done}/${pages.length}] ${page.id}`),
  );
  progress('');
  const summary = summarise(results, phaseMs);
  if (options.pageTable) printPages(results);
  printExtraction(summary, policy);

  // 2b. The same comparison in real Chromium and Firefox tabs --------------------------------------------
  let extractionInBrowsers: BrowserExtraction[] | null = null;
  if (options.latency) {
    extractionInBrowsers = [];
    log('Extraction in the browsers (the same pages, each on a DOMParser document, parsing not timed):');
    for (const kind of ['chromium', 'firefox'] as const) {
      progress(`extraction in ${kind}…`);
      const measured = await measureExtractionInBrowser(kind, pages, options.quick ? 1 : 5);
      progress('');
      extractionInBrowsers.push(measured);
      log(`  ${describeBrowserExtraction(measured)}`);
    }
  }

  // 2c. The detector's first call, in a fresh tab of each browser, on the same pages -----------------------
  const detectorFirst: DetectorFirst[] = [];
  if (options.latency) {
    log(`The detector's first call (each page in a fresh tab, the check run once cold and once warm):`);
    for (const kind of ['chromium', 'firefox'] as const) {
      progress(`the detector's first call in ${kind}…`);
      const measured = await measureDetectorFirst(kind, options.quick ? pages.slice(0, 20) : pages);
      progress('');
      detectorFirst.push(measured);
      log(`  ${describeDetectorFirst(measured)}`);
    }
  }

  // 3. The large page -------------------------------------------------------------------------------
  let large: LargePageResult | null = null;
  if (options.large) {
    progress(`large page: ${kb(options.largeBytes)} through readPage…`);
    large = await runLargePage(root, options.largeBytes, options.largeTimeoutMs);
    progress('');
    log();
    log('Large page (synthetic Sitevision-like kommun page, one readPage in a separate process):');
    log(`  ${describeLarge(large)}`);
  }
  let largeInBrowsers: LargeBrowserResult[] | null = null;
  if (options.large && options.latency) {
    progress(`large page: ${kb(options.largeBytes)} in Chromium and Firefox with the extension…`);
    largeInBrowsers = await measureLargePageInBrowsers(
      { chromium: path.join(outBase, 'chrome-mv3'), firefox: path.join(outBase, 'firefox-mv2') },
      options.largeBytes,
    );
    progress('');
    log('Large page in the browsers (built extension; frame gaps measured in the page):');
    for (const r of largeInBrowsers) log(`  ${describeLargeInBrowser(r)}`);
  }

  // 3a. Speech planning: 50,000 words of real text cut into sentences and given their spoken form -----
  progress('speech planning: 50,000 words…');
  const planning = benchPlanning(options.quick ? 5 : 9);
  progress('');
  if (planning) {
    log(
      `Speech planning (Node, ${planning.words} words of real text, ${planning.sentences} sentences): ` +
        `first run ${ms(planning.coldMs)} ms, warm median ${ms(planning.medianMs)} ms ` +
        `(segment ${ms(planning.segmentMs)}, spoken form ${ms(planning.speechMs)}), p95 ${ms(planning.p95Ms)} ms; ` +
        `half the words ${ms(planning.halfMs)} ms — bar ${PLANNING_BAR_MS} ms`,
    );
  }

  // 3b. Lättläst: 2,000 words in Node, and a very long page's Lättläst in the browsers ----------------
  progress('Lättläst: 2,000 words…');
  const simplifyResult = benchSimplify(options.quick ? 8 : 25);
  progress('');
  log();
  if (simplifyResult) {
    log(
      `Lättläst (Node, ${simplifyResult.words}-word article of real text): first call ${ms(simplifyResult.coldMs)} ms ` +
        `(${ms(simplifyResult.afterWarmUpMs)} ms after the reader's idle warm-up), ` +
        `warm median ${ms(simplifyResult.medianMs)} ms, p95 ${ms(simplifyResult.p95Ms)} ms — bar ${SIMPLIFY_BAR_MS} ms`,
    );
  } else log('Lättläst: the real-text corpus is missing (tests/fixtures/lattlast)');
  let lattlastInBrowsers: LattlastBrowserResult[] | null = null;
  if (options.large && options.latency) {
    progress(`Lättläst on a ${kb(options.lattlastBytes)} page in Chromium and Firefox…`);
    lattlastInBrowsers = await measureLattlastInBrowsers(
      { chromium: path.join(outBase, 'chrome-mv3'), firefox: path.join(outBase, 'firefox-mv2') },
      options.lattlastBytes,
    );
    progress('');
    log(`Lättläst on a ${mb(options.lattlastBytes)} page in the browsers (reader open, then the Lättläst button):`);
    for (const r of lattlastInBrowsers) log(`  ${describeLattlastInBrowser(r)}`);
  }

  // 4. Click to speech in real Chromium (a 2,000-word article) ------------------------------------
  let latency: { testEngine: ClickToSpeechResult; espeak: ClickToSpeechResult | null } | null = null;
  if (options.latency) {
    progress('click to first utterance in Chromium…');
    const testEngine = await measureClickToSpeech({ runs: 15 });
    const espeak = await measureClickToSpeech({ runs: 8, voice: 'espeak', build: false }).catch(() => null);
    latency = { testEngine, espeak };
    progress('');
  }

  // 4b. What a page the user only looks at pays, and the first press in a fresh tab (Chromium) ----------
  let idleCold: IdleColdResult | null = null;
  const espeakCold: EspeakColdResult[] = [];
  if (options.latency) {
    progress('idle cost and the first press in a fresh tab (Chromium)…');
    idleCold = await measureIdleAndCold({
      extensionDir: path.join(outBase, 'chrome-mv3'),
      ...(options.quick ? { pages: 3, idleRounds: 1, coldRuns: 5 } : {}),
    });
    progress('');
    log();
    log(describeIdleCold(idleCold));
    for (const browser of ['chromium', 'firefox'] as const) {
      progress(`the first press in a fresh tab (${browser}, espeak-ng)…`);
      const result = await measureColdEspeak({
        browser,
        extensionDir: path.join(outBase, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'),
        ...(options.quick ? { runs: 5 } : {}),
      });
      espeakCold.push(result);
      progress('');
      log(describeColdEspeak(result));
    }
  }

  // 4c. The keyboard shortcut, typed on a virtual display ---------------------------------------------
  let shortcut: ShortcutResult | null = null;
  if (options.latency) {
    progress('the keyboard shortcut on a fresh tab (Chromium on Xvfb)…');
    shortcut = await measureShortcut({
      extensionDir: path.join(outBase, 'chrome-mv3'),
      runs: options.quick ? 3 : 12,
    });
    progress('');
    log(describeShortcut(shortcut));
  }

  // Summary -----------------------------------------------------------------------------------------
  const chrome = sizes.find((s) => s.target === 'chrome-mv3')!;
  const firefox = sizes.find((s) => s.target === 'firefox-mv2')!;
  const file = (s: TargetSizes, name: string) => s.files.find((f) => f.file === name);
  const budgetPass = sizes.every((s) => s.detector?.pass);
  const line = (s: TargetSizes, name: string) => {
    const f = file(s, name);
    return f ? `${kb(f.raw)} raw, ${kb(f.gzip)} gzip` : 'missing';
  };
  const { plain, ours, readPage } = summary.variants;
  log();
  log('Summary');
  log(
    `  detector.js (always injected): ${line(chrome, 'content-scripts/detector.js')} — budget ${kb(DETECTOR_BUDGET_BYTES)}: ` +
      `${chrome.detector?.pass ? 'PASS' : 'FAIL'}  (firefox: ${line(firefox, 'content-scripts/detector.js')}: ` +
      `${firefox.detector?.pass ? 'PASS' : 'FAIL'})`,
  );
  log(
    `  player.js (on demand): ${line(chrome, 'content-scripts/player.js')}  (firefox: ${line(firefox, 'content-scripts/player.js')})`,
  );
  log(
    `  offer.js (the light control on a detected article page): ${line(chrome, 'content-scripts/offer.js')}  (firefox: ${line(firefox, 'content-scripts/offer.js')})`,
  );
  log(`  background.js: ${line(chrome, 'background.js')}  (firefox: ${line(firefox, 'background.js')})`);
  log(
    `  whole package: chrome-mv3 ${kb(chrome.total.raw)} in ${chrome.total.files} files, zip ${kb(chrome.zip)}; ` +
      `firefox-mv2 ${kb(firefox.total.raw)} in ${firefox.total.files} files, zip ${kb(firefox.zip)}`,
  );
  log(
    `  extraction (ours vs plain Readability, ${summary.comparedPages} pages): median ${ms(ours.medianMs)} ms vs ` +
      `${ms(plain.medianMs)} ms, ratio ${ratio(summary.ratio.medianOfPageRatios)} (median of per-page ratios; ` +
      `ratio of totals ${ratio(summary.ratio.ratioOfTotals)}); p95 ${ms(ours.p95Ms)} ms vs ${ms(plain.p95Ms)} ms`,
  );
  log(
    `  readPage (detect+extract+segment+speech, ${readPage.pages} pages): median ${ms(readPage.medianMs)} ms, ` +
      `p95 ${ms(readPage.p95Ms)} ms, ratio to plain ${ratio(summary.readPageRatio.medianOfPageRatios)} ` +
      `(ratio of totals ${ratio(summary.readPageRatio.ratioOfTotals)})`,
  );
  if (summary.errors.length) log(`  throws: ${summary.errors.map((e) => `${e.page} (${e.variant})`).join(', ')}`);
  if (large) log(`  ${mb(large.targetBytes)} page: ${describeLarge(large, true)}`);
  for (const r of largeInBrowsers ?? [])
    log(`  ${mb(large?.targetBytes ?? r.bytes)} page in ${describeLargeInBrowser(r)}`);
  if (planning)
    log(
      `  Speech planning of ${planning.words} words: median ${ms(planning.medianMs)} ms (first run ${ms(planning.coldMs)} ms) — ` +
        `bar ${PLANNING_BAR_MS} ms: ${planning.medianMs <= PLANNING_BAR_MS ? 'PASS' : 'FAIL'}`,
    );
  if (simplifyResult)
    log(
      `  Lättläst of ${simplifyResult.words} words: median ${ms(simplifyResult.medianMs)} ms (cold ${ms(simplifyResult.coldMs)} ms) — bar ${SIMPLIFY_BAR_MS} ms: ` +
        `${simplifyResult.medianMs <= SIMPLIFY_BAR_MS ? 'PASS' : 'FAIL'}`,
    );
  for (const r of lattlastInBrowsers ?? []) log(`  ${mb(r.bytes)} page's Lättläst in ${describeLattlastInBrowser(r)}`);
  if (latency) {
    const { testEngine, espeak } = latency;
    log(
      `  click to first utterance (Chromium, ${testEngine.details.words}-word article): median ${ms(testEngine.medianMs)} ms, ` +
        `p95 ${ms(testEngine.p95Ms)} ms with the test engine — bar ${LATENCY_BAR_MS} ms: ` +
        `${testEngine.medianMs < LATENCY_BAR_MS ? 'PASS' : 'FAIL'}` +
        (espeak ? `; espeak-ng median ${ms(espeak.medianMs)} ms, p95 ${ms(espeak.p95Ms)} ms` : ''),
    );
  }
  for (const r of detectorFirst) log(`  the detector's first call in ${describeDetectorFirst(r).split('\n')[0]}`);
  if (idleCold) for (const line of describeIdleCold(idleCold).split('\n')) log(`  ${line}`);
  for (const result of espeakCold) log(`  ${describeColdEspeak(result)}`);
  const totalMs = performance.now() - benchStarted;
  const loadEnd = os.loadavg();
  log(
    `  (bench took ${(totalMs / 1000).toFixed(0)} s; load average ${loadStart[0]!.toFixed(1)} at start, ` +
      `${loadEnd[0]!.toFixed(1)} at end on ${os.cpus().length} CPUs; details in artifacts/bench.json)`,
  );

  const report = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      happyDom: happyDomVersion(),
      loadAverageAtStart: loadStart,
      loadAverageAtEnd: loadEnd,
    },
    options,
    size: {
      source: options.source,
      outDir: path.relative(root, outBase),
      buildMs,
      staleTargets: stale,
      detectorBudgetBytes: DETECTOR_BUDGET_BYTES,
      detectorBudgetPass: budgetPass,
      targets: sizes.map((s) => ({ ...s, dir: path.relative(root, s.dir), zipFile: path.relative(root, s.zipFile) })),
    },
    extraction: {
      fixturesDir: path.relative(root, fixturesDir),
      policy,
      summary,
      pages: results.map((r) => ({ ...r, file: path.relative(root, r.file) })),
      inBrowsers: extractionInBrowsers,
    },
    largePage: large,
    largePageInBrowsers: largeInBrowsers,
    planning,
    lattlast: simplifyResult,
    lattlastInBrowsers,
    clickToSpeech: latency,
    detectorFirstCall: detectorFirst,
    idleAndFirstPress: idleCold,
    firstPressEspeak: espeakCold,
    shortcut,
    totalMs,
  };
  writeFileSync(path.join(artifacts, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  return budgetPass ? 0 : 1;
}

const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(0)} KB`;

function happyDomVersion(): string {
  try {
    const pkg = path.join(root, 'node_modules', 'happy-dom', 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

function printSizes(sizes: readonly TargetSizes[], outBase: string, buildMs: number | null, stale: string[]) {
  log();
  const how = buildMs === null ? 'as found' : `built just now in ${(buildMs / 1000).toFixed(1)} s`;
  log(`Size of ${path.relative(root, outBase)}/ (${how})`);
  if (stale.length) {
    log(
      buildMs === null
        ? `warning: ${stale.join(', ')} older than the sources; run without --output/--no-build`
        : `warning: sources changed while or after ${stale.join(', ')} was built`,
    );
  }
  const head = ['file', ...sizes.flatMap((s) => [`${s.target} raw`, 'gzip'])];
  const rows: string[][] = [head];
  const cells = (s: TargetSizes, name: string) => {
    const f = s.files.find((x) => x.file === name);
    return f ? [kb(f.raw), kb(f.gzip)] : ['—', '—'];
  };
  for (const { file, label } of KEY_FILES) rows.push([label, ...sizes.flatMap((s) => cells(s, file))]);
  const other = (s: TargetSizes) => s.files.filter((f) => !KEY_FILES.some((k) => k.file === f.file));
  rows.push([
    'other files (icons, locales)',
    ...sizes.flatMap((s) => [
      kb(other(s).reduce((a, f) => a + f.raw, 0)),
      kb(other(s).reduce((a, f) => a + f.gzip, 0)),
    ]),
  ]);
  rows.push([
    `whole package (${sizes.map((s) => s.total.files).join('/')} files)`,
    ...sizes.flatMap((s) => [kb(s.total.raw), kb(s.total.gzip)]),
  ]);
  rows.push(['zip of the package (deflate -9)', ...sizes.flatMap((s) => [kb(s.zip), ''])]);
  log(table(rows));
  for (const s of sizes) {
    if (!s.detector) {
      log(`${s.target}: detector.js missing — budget FAIL`);
      continue;
    }
    log(
      `${s.target} detector.js: ${s.detector.raw} bytes raw (${kb(s.detector.raw)}), budget ${DETECTOR_BUDGET_BYTES} bytes ` +
        `(${kb(DETECTOR_BUDGET_BYTES)}): ${s.detector.pass ? 'PASS' : 'FAIL'}`,
    );
  }
}

function printPages(results: readonly PageResult[]) {
  const rows: string[][] = [
    ['page', 'KB', 'elements', 'plain', 'ours', 'readPage', 'ours/plain', 'full/plain', 'runs', 'notes'],
  ];
  for (const r of results) {
    const notes: string[] = [];
    for (const v of VARIANTS) if (r.errors[v]) notes.push(`${v} throws: ${r.errors[v]!.slice(0, 80)}`);
    if (r.found.plain && r.found.ours === false) notes.push('ours: no article (plain found one)');
    if (r.found.plain === false && r.found.ours) notes.push('plain: no article (ours found one)');
    if (r.found.plain === false && r.found.ours === false) notes.push('no article');
    if (r.source === 'sample') notes.push(`sample, articlePage=${r.articlePage}, ${r.sentences} sentences`);
    rows.push([
      r.id,
      (r.bytes / 1024).toFixed(0),
      String(r.elements),
      ms(r.medianMs.plain),
      ms(r.medianMs.ours),
      ms(r.medianMs.readPage),
      ratio(r.ratio),
      ratio(r.readPageRatio),
      String(Math.min(...VARIANTS.map((v) => r.rounds[v]))),
      notes.join('; '),
    ]);
  }
  log();
  log(table(rows).replace(/ +$/gm, ''));
}

function printExtraction(summary: ReturnType<typeof summarise>, policy: RoundPolicy) {
  log();
  log(`Overall (per-page medians; ${summary.pages} pages, ${(summary.phaseMs / 1000).toFixed(0)} s)`);
  const rows: string[][] = [['', 'pages', 'median', 'p95', 'mean', 'total', 'CPU median', 'CPU p95']];
  for (const v of VARIANTS) {
    const s = summary.variants[v];
    rows.push([
      VARIANT_LABELS[v],
      String(s.pages),
      ms(s.medianMs),
      ms(s.p95Ms),
      ms(s.meanMs),
      ms(s.totalMs),
      ms(s.cpuMedianMs),
      ms(s.cpuP95Ms),
    ]);
  }
  log(table(rows));
  log(
    `ours/plain: median of per-page ratios ${ratio(summary.ratio.medianOfPageRatios)}, p95 ${ratio(summary.ratio.p95OfPageRatios)}, ` +
      `ratio of totals ${ratio(summary.ratio.ratioOfTotals)} (${summary.comparedPages} pages)`,
  );
  log(
    `readPage/plain: median of per-page ratios ${ratio(summary.readPageRatio.medianOfPageRatios)}, ` +
      `p95 ${ratio(summary.readPageRatio.p95OfPageRatios)}, ratio of totals ${ratio(summary.readPageRatio.ratioOfTotals)}`,
  );
  const real = summary.realPages;
  log(
    `pages of ${kb(real.minBytes)} or more (${real.pages}): median plain ${ms(real.plainMedianMs)}, ours ` +
      `${ms(real.oursMedianMs)}, readPage ${ms(real.readPageMedianMs)}; ours/plain median of ratios ` +
      `${ratio(real.medianOfPageRatios)}, ratio of totals ${ratio(real.ratioOfTotals)}`,
  );
  if (summary.slowestRelative.length) {
    log(
      `most slower than plain (ours ≥ 5 ms): ` +
        summary.slowestRelative
          .map((s) => `${s.page} ${ratio(s.ratio)}× (${ms(s.oursMs)} vs ${ms(s.plainMs)} ms)`)
          .join(', '),
    );
  }
  if (summary.pagesPastDeadline.length) {
    log(
      `warning: the phase ran past its deadline (${(policy.phaseDeadlineMs / 1000).toFixed(0)} s); ` +
        `${summary.pagesPastDeadline.length} pages were measured with fewer rounds (at least 1) ` +
        `(${summary.pagesPastDeadline.join(', ')})`,
    );
  }
  if (summary.errors.length) {
    log('throws:');
    for (const e of summary.errors) log(`  ${e.page} (${e.variant}): ${e.error}`);
  } else log('throws: none');
  log(
    `ours found no article where plain did: ${summary.oursNoArticleWherePlainFound.join(', ') || 'none'}; ` +
      `plain found none where ours did: ${summary.plainNoArticleWhereOursFound.join(', ') || 'none'}`,
  );
}

function describeLarge(large: LargePageResult, short = false): string {
  if (!large.finished) {
    return `did not finish: ${large.error ?? 'unknown'} (wall ${(large.wallMs / 1000).toFixed(1)} s)${
      large.stderr && !short ? `\n${large.stderr}` : ''
    }`;
  }
  const seconds = (x = 0) => `${(x / 1000).toFixed(1)} s`;
  const main = `readPage ${seconds(large.readPageMs)} (finished), report ${seconds(large.reportMs)} (${large.reportLines} lines)`;
  if (short) return `${main}; ${large.blocks} blocks, ${large.sentences} sentences, peak RSS ${large.maxRssMB} MB`;
  return (
    `${kb(large.bytes ?? 0)}, ${large.sections} sections, ${large.paragraphs} paragraphs, ${large.elements} elements: ` +
    `${main}; parse ${seconds(large.parseMs)}; articlePage=${large.articlePage}, ${large.blocks} blocks, ` +
    `${large.sentences} sentences; peak RSS ${large.maxRssMB} MB; wall ${seconds(large.wallMs)}`
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
