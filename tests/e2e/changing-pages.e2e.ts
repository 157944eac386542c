// Pages that change under a reading, and articles in frames, in real Chromium and Firefox with the built
// extension and espeak-ng at speaking pace. Samples: umea/nyheter-app.html (a single-page news app that
// moves on with history.pushState and can update the article shown) and umea/nyhet-i-ram.html (the
// article in a same-origin frame, a neighbour's page in a cross-origin one).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawAudioSize, waitForAudioToSettle } from './harness/audio';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { press, snapshot, waitForControl, waitForStatus } from './harness/control';
import { startSampleServer, type SampleServer } from './harness/server';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The text under the sentence highlight in a frame (or the page), white space collapsed. */
function highlightIn(frame: Frame | Page): Promise<string | null> {
  return frame.evaluate(`(() => {
    const h = CSS.highlights && CSS.highlights.get('lyssna-sentence');
    return h ? Array.from(h, (r) => r.toString()).join('').replace(/\\s+/g, ' ').trim() : null;
  })()`) as Promise<string | null>;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('pages that change, and frames, in %s', (kind) => {
  let server: SampleServer;
  let launched: LaunchedBrowser;
  const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');
  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se', 'www.stockholm.se'],
      port: server.port,
      audioFile,
      pace: true,
      ...SWEDISH_UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('a single-page site moving to another article stops speech and offers the new one', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/nyheter-app.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 2 av/);
    // The user clicks the site's own link to another news item: pushState, and the article drawn anew.
    await page.click('a[data-nyhet="simhallen"]');
    expect(await page.evaluate('location.pathname')).toBe('/nyheter-app/simhallen');
    await waitForStatus(page, /^Sidan har bytts\. Tryck på Lyssna för att höra den nya sidan\.$/, 10_000);
    expect((await snapshot(page)).state).toBe('idle');
    expect(await highlightIn(page)).toBeFalsy();
    // Silent: the old article is not read on against the new page.
    const settled = await waitForAudioToSettle(audioFile, 1500, 20_000);
    await settle(1500);
    expect(await rawAudioSize(audioFile)).toBe(settled);
    // Lyssna now reads the new article.
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 1 av/);
    expect(await highlightIn(page)).toMatch(/Simhallen stänger för renovering/);
    await press(page, 'stop');
    await page.close();
  });

  it('an update of the article being read goes on from the same sentence, and says so', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/nyheter-app.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 3 av/);
    const before = await highlightIn(page);
    expect(before).toBeTruthy();
    await page.evaluate('window.uppdateraNyheten()'); // the site's own update: a notice above the text
    const status = await waitForStatus(page, /^Sidan uppdaterades\./, 10_000);
    expect(status).toMatch(/^Sidan uppdaterades\. Läser vidare där du var\. Mening \d+ av \d+/);
    expect((await snapshot(page)).state).toBe('playing');
    expect(await highlightIn(page)).toBe(before);
    await press(page, 'stop');
    await page.close();
  });

  it('reads an article in a same-origin frame, and leaves a cross-origin frame alone', async () => {
    const page = await launched.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(launched.baseUrl('www.umea.se', '/nyhet-i-ram.html'));
    // The detector finds the article in the frame: the control appears by itself.
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 2 av/);
    const article = page.frames().find((f) => f.url().endsWith('/nyhet-ram-innehall.html'));
    const neighbour = page.frames().find((f) => f.url().includes('www.stockholm.se'));
    expect(article).toBeTruthy();
    expect(neighbour).toBeTruthy();
    // The highlight is on the frame's text, which the page around it does not have.
    expect(await highlightIn(article!)).toMatch(/lekplats/i);
    // The reader shows the frame's article too.
    await press(page, 'reader');
    await page.waitForSelector('lyssna-reader >>> .reader');
    const title = await page.$eval('lyssna-reader >>> h1', (h) => h.textContent);
    expect(title).toBe('Ny lekplats i Ersboda öppnar i maj');
    // Nothing from the other site was read or touched, and no error was raised.
    expect(await highlightIn(neighbour!)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
