/**
 * The detector's first call (issue 14: at most 1 ms). The detector content script is the one script of
 * ours every page of a registry site runs, and its check runs once a page, before the JIT has seen it:
 * its first call is what a page pays. Each page is opened in a fresh tab, and the check is run there in
 * an isolated world as a content script's is (Chromium; Firefox runs it in the page's), from source that
 * differs by a comment each time so no compiled code is reused. Timed in the page; a second call shows
 * the warm cost. The page's URL is an article's (not "/"), so the whole check runs.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { decodeHtml } from '../../cli/charset';
import { browserAvailable, launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import type { BenchPage } from './extraction';
import type { DetectorTimes } from './detector-page';
import { pageBundle } from './page-bundle';
import { median, percentile, PRECISE_TIMERS } from './stats';

export const DETECTOR_FIRST_BAR_MS = 1;

export interface DetectorFirst {
  browser: BrowserKind;
  pages: number;
  firstMs: { median: number; p95: number; max: number };
  warmMedianMs: number;
  /** The slowest first calls. */
  slowest: { page: string; ms: number }[];
  /** Pages that could not be measured, and why. */
  errors: string[];
  error?: string;
}

/**
 * Evaluates source where a content script runs: in Chromium a world of its own beside the page's (made by
 * CDP as the browser makes one for an extension); Firefox runs it in the page's.
 */
async function inContentWorld(kind: BrowserKind, tab: Page, source: string): Promise<unknown> {
  if (kind !== 'chromium') return tab.evaluate(source);
  const cdp = await tab.createCDPSession();
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'lyssna-bench',
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: source,
    contextId: executionContextId,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

export async function measureDetectorFirst(kind: BrowserKind, pages: readonly BenchPage[]): Promise<DetectorFirst> {
  const empty = { median: NaN, p95: NaN, max: NaN };
  const result: DetectorFirst = { browser: kind, pages: 0, firstMs: empty, warmMedianMs: NaN, slowest: [], errors: [] };
  if (!browserAvailable(kind)) return { ...result, error: `${kind} is not installed` };
  const code = await pageBundle('detector-page.ts');
  const server = createServer((req, res) => {
    const page = pages[Number(new URL(req.url ?? '/', 'http://x').pathname.slice(1))];
    if (!page) return void res.writeHead(404).end();
    // Nothing the page links to is fetched (Firefox here would wait on DNS for each), and none of its
    // scripts run: every tab holds the page as served.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(decodeHtml(readFileSync(page.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const launched = await launchBrowser(kind, { hosts: [], port, voices: false, extraPrefs: PRECISE_TIMERS });
  const rows: { page: string; times: DetectorTimes }[] = [];
  try {
    for (let i = 0; i < pages.length; i++) {
      const tab = await launched.browser.newPage();
      try {
        // The detector runs at document_idle: once the document is parsed, not when every image is in.
        await tab.goto(`http://localhost:${port}/${i}`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        const source = `${code}\n//${i}-${Math.random()}\n__detectorBench(${JSON.stringify(pages[i]!.url)})`;
        rows.push({ page: pages[i]!.id, times: (await inContentWorld(kind, tab, source)) as DetectorTimes });
      } catch (error) {
        result.errors.push(`${pages[i]!.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      await tab.close();
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await launched.close();
    server.close();
  }
  const first = rows.map((r) => r.times.firstMs);
  return {
    ...result,
    pages: rows.length,
    firstMs: { median: median(first), p95: percentile(first, 95), max: Math.max(...first) },
    warmMedianMs: median(rows.map((r) => r.times.warmMs)),
    slowest: rows
      .map((r) => ({ page: r.page, ms: r.times.firstMs }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3),
  };
}

export function describeDetectorFirst(r: DetectorFirst): string {
  if (r.error && !r.pages) return `${r.browser}: not measured (${r.error})`;
  const f = (n: number) => n.toFixed(1);
  return (
    `${r.browser}, ${r.pages} pages, each in a fresh tab: first call median ${f(r.firstMs.median)} ms ` +
    `(p95 ${f(r.firstMs.p95)}, max ${f(r.firstMs.max)}; bar ${DETECTOR_FIRST_BAR_MS} ms), warm ${f(r.warmMedianMs)} ms` +
    (r.errors.length ? `; ${r.errors.length} pages not measured (${r.errors.slice(0, 2).join('; ')})` : '') +
    `\n    slowest: ${r.slowest.map((s) => `${s.page} ${f(s.ms)} ms`).join(', ')}`
  );
}

// Run alone: npx tsx scripts/bench/detector-first.ts [--browser=chromium|firefox]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { findPages } = await import('./extraction');
  const { unpackReadabilityPages } = await import('../eval/readability-pages');
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const root = path.resolve(import.meta.dirname, '../..');
  const fixturesDir = path.join(root, 'artifacts/readability-pages');
  unpackReadabilityPages(fixturesDir);
  const { pages } = findPages(root, fixturesDir);
  const kinds = (arg('browser') ? [arg('browser')] : ['chromium', 'firefox']) as BrowserKind[];
  for (const kind of kinds) console.log(describeDetectorFirst(await measureDetectorFirst(kind, pages)));
}
