/**
 * Extraction time in the real browsers: the same pages and the same comparison as extraction.ts (our
 * extractArticle against plain Readability, each on a freshly parsed document), run in a Chromium and
 * a Firefox tab. happy-dom's DOM is slow in other places than a browser's (queries, text), so issue
 * 14's bar is checked in both. The page's own scripts never run: documents come from DOMParser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../../cli/charset';
import { browserAvailable, launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import type { BenchPage } from './extraction';
import type { PageTimes } from './extraction-page';
import { pageBundle } from './page-bundle';
import { median, percentile, sum, PRECISE_TIMERS } from './stats';

export interface BrowserExtraction {
  browser: BrowserKind;
  pages: number;
  rounds: number;
  plainMedianMs: number;
  oursMedianMs: number;
  oursP95Ms: number;
  medianOfPageRatios: number;
  ratioOfTotals: number;
  /** The same on pages of at least 20 KB (the corpus holds many tiny test cases). */
  realPages: { pages: number; ratioOfTotals: number };
  slowest: { page: string; ratio: number; oursMs: number; plainMs: number }[];
  errors: string[];
  error?: string;
}

export async function measureExtractionInBrowser(
  kind: BrowserKind,
  pages: readonly BenchPage[],
  rounds = 5,
): Promise<BrowserExtraction> {
  const result: BrowserExtraction = {
    browser: kind,
    pages: 0,
    rounds,
    plainMedianMs: NaN,
    oursMedianMs: NaN,
    oursP95Ms: NaN,
    medianOfPageRatios: NaN,
    ratioOfTotals: NaN,
    realPages: { pages: 0, ratioOfTotals: NaN },
    slowest: [],
    errors: [],
  };
  if (!browserAvailable(kind)) return { ...result, error: `${kind} is not installed` };
  const code = await pageBundle('extraction-page.ts');
  const launched = await launchBrowser(kind, { hosts: [], port: 0, extraPrefs: PRECISE_TIMERS });
  const rows: { page: BenchPage; plain: number; ours: number }[] = [];
  try {
    const tab = await launched.browser.newPage();
    await tab.goto('about:blank');
    await tab.evaluate(code);
    for (const page of pages) {
      const html = decodeHtml(readFileSync(page.file));
      const times = (await tab.evaluate(
        (h: string, u: string, n: number) =>
          (
            globalThis as unknown as { __extractionBench: (h: string, u: string, n: number) => PageTimes }
          ).__extractionBench(h, u, n),
        html,
        page.url,
        rounds,
      )) as PageTimes;
      if (times.error) result.errors.push(`${page.id}: ${times.error}`);
      else if (times.plain.length && times.ours.length)
        rows.push({ page, plain: median(times.plain), ours: median(times.ours) });
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await launched.close();
  }
  const ratios = rows.filter((r) => r.plain > 0).map((r) => r.ours / r.plain);
  const real = rows.filter((r) => r.page.bytes >= 20 * 1024);
  return {
    ...result,
    pages: rows.length,
    plainMedianMs: median(rows.map((r) => r.plain)),
    oursMedianMs: median(rows.map((r) => r.ours)),
    oursP95Ms: percentile(
      rows.map((r) => r.ours),
      95,
    ),
    medianOfPageRatios: median(ratios),
    ratioOfTotals: sum(rows.map((r) => r.ours)) / sum(rows.map((r) => r.plain)),
    realPages: { pages: real.length, ratioOfTotals: sum(real.map((r) => r.ours)) / sum(real.map((r) => r.plain)) },
    slowest: rows
      .filter((r) => r.ours >= 2 && r.plain > 0)
      .map((r) => ({ page: r.page.id, ratio: r.ours / r.plain, oursMs: r.ours, plainMs: r.plain }))
      .sort((a, b) => b.ratio - a.ratio)
      .slice(0, 5),
  };
}

export function describeBrowserExtraction(r: BrowserExtraction): string {
  if (r.error && !r.pages) return `${r.browser}: not measured (${r.error})`;
  const f = (n: number) => n.toFixed(1);
  return (
    `${r.browser}, ${r.pages} pages, median of ${r.rounds} rounds each: ours ${f(r.oursMedianMs)} ms vs plain ` +
    `${f(r.plainMedianMs)} ms (median page), p95 ours ${f(r.oursP95Ms)} ms; ratio of totals ${r.ratioOfTotals.toFixed(2)} ` +
    `(bar 1.25), median of page ratios ${r.medianOfPageRatios.toFixed(2)}; pages of 20 KB or more ` +
    `(${r.realPages.pages}): ${r.realPages.ratioOfTotals.toFixed(2)}` +
    (r.errors.length ? `; ${r.errors.length} pages failed (${r.errors.slice(0, 2).join('; ')})` : '') +
    (r.slowest.length
      ? `\n    slowest relative: ${r.slowest.map((s) => `${s.page} ${s.ratio.toFixed(2)} (${f(s.oursMs)}/${f(s.plainMs)} ms)`).join(', ')}`
      : '')
  );
}

// Run alone: npx tsx scripts/bench/extraction-browser.ts [--rounds=5] [--browser=chromium|firefox]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { findPages } = await import('./extraction');
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const root = path.resolve(import.meta.dirname, '../..');
  const { unpackReadabilityPages } = await import('../eval/readability-pages');
  const fixturesDir = path.join(root, 'artifacts/readability-pages');
  unpackReadabilityPages(fixturesDir);
  const { pages } = findPages(root, fixturesDir);
  const kinds = (arg('browser') ? [arg('browser')] : ['chromium', 'firefox']) as BrowserKind[];
  for (const kind of kinds)
    console.log(describeBrowserExtraction(await measureExtractionInBrowser(kind, pages, Number(arg('rounds') ?? 5))));
}
