// `npm run bench` is not a timed test; this only checks that its browser part runs end to end on a small
// input (one page, one round, one press each way, the toolbar popup's included) and gives figures that are figures.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPages } from '../../scripts/bench/extraction';
import { measureExtractionInBrowser } from '../../scripts/bench/extraction-browser';
import { measureDetectorFirst } from '../../scripts/bench/detector-first';
import { measureShortcut } from '../../scripts/bench/shortcut';
import { measureColdEspeak, measureIdleAndCold } from '../../scripts/bench/idle-cold';
import { measureLargePageInBrowsers } from '../../scripts/bench/large-browser';
import { EXTENSION } from './harness/extension';

describe('the bench’s idle and first-press part (Chromium)', () => {
  it('runs on one page and reports finite times', async () => {
    const result = await measureIdleAndCold({
      extensionDir: EXTENSION.chromium,
      pages: 1,
      idleRounds: 1,
      coldRuns: 1,
      settleMs: 500,
    });
    expect(result.idle.pages).toBe(1);
    for (const value of [result.idle.taskMs.median, result.idle.scriptMs.median])
      expect(Number.isFinite(value)).toBe(true);
    // A press always takes some time to reach the voice: zero or less would mean the clock was not read.
    for (const run of [...result.cold.runs, ...result.led.runs, ...result.popup.runs]) expect(run).toBeGreaterThan(0);
    expect([result.cold.runs.length, result.led.runs.length, result.popup.runs.length]).toEqual([1, 1, 1]);
  }, 120_000);
});

describe('the bench’s first-press part with espeak-ng', () => {
  it.each(['chromium', 'firefox'] as const)(
    'presses once each way in fresh %s tabs and reports times',
    async (browser) => {
      const result = await measureColdEspeak({ browser, extensionDir: EXTENSION[browser], runs: 1 });
      for (const run of [...result.cold.runs, ...result.led.runs]) expect(run).toBeGreaterThan(0);
      expect([result.cold.runs.length, result.led.runs.length]).toEqual([1, 1]);
    },
    120_000,
  );
});

describe('the bench’s extraction part in the browsers', () => {
  it.each(['chromium', 'firefox'] as const)(
    'compares ours with plain Readability on two pages in %s',
    async (kind) => {
      const root = path.resolve(import.meta.dirname, '../..');
      const pages = findPages(root, path.join(root, 'no-readability-pages-here')).pages.slice(0, 2);
      const result = await measureExtractionInBrowser(kind, pages, 1);
      expect(result.errors).toEqual([]);
      expect(result.pages).toBe(2);
      // Both variants ran and took time: a ratio that is a ratio.
      expect(result.ratioOfTotals).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratioOfTotals)).toBe(true);
    },
    120_000,
  );
});

describe('the bench’s detector part in the browsers', () => {
  it.each(['chromium', 'firefox'] as const)(
    'times the detector’s first call on two pages in fresh %s tabs',
    async (kind) => {
      const root = path.resolve(import.meta.dirname, '../..');
      const pages = findPages(root, path.join(root, 'no-readability-pages-here')).pages.slice(0, 2);
      const result = await measureDetectorFirst(kind, pages);
      expect(result.errors).toEqual([]);
      expect(result.pages).toBe(2);
      // Times read from the page's clock: finite, never negative (a coarse clock may say 0 for a warm call).
      for (const value of [result.firstMs.median, result.firstMs.max, result.warmMedianMs]) {
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
      }
    },
    120_000,
  );
});

describe('the bench’s keyboard-shortcut part (Chromium on a virtual display)', () => {
  it('Alt+Shift+L typed on a real keyboard device reads a fresh tab aloud, both ways of typing it', async () => {
    const result = await measureShortcut({ extensionDir: EXTENSION.chromium, runs: 1 });
    expect(result.error).toBeUndefined();
    for (const run of [...result.held.runs, ...result.together.runs]) expect(run).toBeGreaterThan(0);
    expect([result.held.runs.length, result.together.runs.length]).toEqual([1, 1]);
  }, 120_000);
});

describe('the bench’s very long page part (Chromium and Firefox, espeak-ng)', () => {
  it('reads a 1 MB page aloud from its first part, and reads the rest in while it speaks', async () => {
    const results = await measureLargePageInBrowsers(EXTENSION, 1024 * 1024);
    for (const r of results) {
      expect(r.error, r.browser).toBeUndefined();
      expect(r.messageMs, `${r.browser}: the "very long page" message`).not.toBeNull();
      expect(r.firstSentenceMs, `${r.browser}: the first sentence`).not.toBeNull();
      expect(r.wholeMs, `${r.browser}: a sentence after all of it was read in`).not.toBeNull();
      // Speech started before the whole page was read in: it had fewer sentences then than in the end.
      expect(r.firstSentences!, r.browser).toBeLessThan(r.sentences!);
    }
  }, 300_000);
});
