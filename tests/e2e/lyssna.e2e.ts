// The foundation, as a user meets it, in real Chromium and Firefox with the built extension and the real
// espeak-ng Swedish voice through speech-dispatcher.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { rawAudioSize, waitForAudioToSettle } from './harness/audio';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import {
  hasControl,
  press,
  recording,
  sentenceNumber,
  snapshot,
  startRecording,
  waitForControl,
  waitForStatus,
} from './harness/control';
import { axeViolations } from './harness/axe';
import { openPopup, pressInPopup } from './harness/popup';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const HOSTS = ['www.umea.se', 'www.stockholm.se', 'www.example-butik.se'];

/** What the pipeline says the Umeå sample's sentences are, as the CLI computes them. */
function expectedSentences(): string[] {
  const html = readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8');
  return inspectHtml(html, 'http://www.umea.se/bygglov.html').sentences.map((s) => s.text);
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<BrowserKind>(['chromium', 'firefox'])('Lyssna in %s', (kind) => {
  let server: SampleServer;
  beforeAll(async () => {
    server = await startSampleServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('reading at full speed', () => {
    let launched: LaunchedBrowser;
    let page: Page;
    const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');
    const pageRequests: string[] = [];

    beforeAll(async () => {
      launched = await launchBrowser(kind, {
        extensionDir: EXTENSION[kind],
        hosts: HOSTS,
        port: server.port,
        audioFile,
        ...SWEDISH_UI[kind],
      });
      page = await launched.browser.newPage();
      page.on('request', (request) => pageRequests.push(request.url()));
    });
    afterAll(async () => {
      await launched?.close();
    });

    it('offers the control on a municipal article page', async () => {
      await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
      await waitForControl(page);
      const { status, state } = await snapshot(page);
      expect(state).toBe('idle');
      expect(status).toMatch(/Tryck på Lyssna/);
      const name = await page.evaluate(() =>
        document
          .querySelector('lyssna-control')
          ?.shadowRoot?.querySelector('[role="toolbar"]')
          ?.getAttribute('aria-label'),
      );
      expect(name).toMatch(/Lyssna/);
    });

    it('has a control that axe-core finds no accessibility problem in', async () => {
      await waitForControl(page);
      const violations = await axeViolations(page, 'lyssna-control');
      expect(violations).toEqual([]);
    });

    it('reads the article aloud in order with the Swedish voice, highlighting each sentence', async () => {
      const expected = expectedSentences();
      expect(expected.length).toBeGreaterThan(10);
      await startRecording(page);
      const before = await rawAudioSize(audioFile);
      await press(page, 'play-pause');
      await waitForStatus(page, /Klart/, 90_000);

      const log = await recording(page);
      const numbers = log.map((s) => sentenceNumber(s.status)).filter((n): n is number => n !== null);
      const distinct = numbers.filter((n, i) => n !== numbers[i - 1]);
      expect(distinct).toEqual(expected.map((_, i) => i + 1));
      // Each sentence was highlighted on the page as it was spoken.
      const highlighted = new Set(log.map((s) => s.highlight).filter(Boolean));
      const bodySentences = expected.slice(1, 6);
      for (const sentence of bodySentences) expect(highlighted).toContain(sentence);
      expect(log.at(-1)?.highlight ?? null).toBeNull(); // cleared when done

      const after = await waitForAudioToSettle(audioFile);
      // espeak-ng wrote real sound: well over a second of 16-bit 22 kHz audio for the article.
      expect(after - before).toBeGreaterThan(expected.length * 20_000);
    });

    it('made no network request of its own', async () => {
      // Only the page itself (and the browser's own favicon look-up) reached the server or left the tab.
      const ours = (p: string) => p === '/bygglov.html' || p === '/favicon.ico';
      expect(server.requests.filter((r) => !ours(r.path)).map((r) => `${r.method} ${r.host}${r.url}`)).toEqual([]);
      // data: and blob: URLs (Firefox loads an internal data: font) never leave the machine.
      const network = pageRequests.filter((u) => /^(https?|wss?|ftp):/.test(u));
      expect(network.filter((u) => !ours(new URL(u).pathname))).toEqual([]);
    });

    it('offers nothing on a site outside the registry', async () => {
      await page.goto(launched.baseUrl('www.example-butik.se', '/index.html'));
      await settle(2500);
      expect(await hasControl(page)).toBe(false);
    });

    it('offers nothing on a municipal start page', async () => {
      await page.goto(launched.baseUrl('www.umea.se', '/'));
      await settle(2500);
      expect(await hasControl(page)).toBe(false);
    });
  });

  describe('reading at speaking pace', () => {
    let launched: LaunchedBrowser;
    let page: Page;
    const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');

    beforeAll(async () => {
      launched = await launchBrowser(kind, {
        extensionDir: EXTENSION[kind],
        hosts: HOSTS,
        port: server.port,
        audioFile,
        pace: true,
        ...SWEDISH_UI[kind],
      });
      page = await launched.browser.newPage();
      await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
      await waitForControl(page);
    });
    afterAll(async () => {
      await launched?.close();
    });

    it('pauses, resumes and moves to the next sentence', async () => {
      await press(page, 'play-pause');
      await waitForStatus(page, /^Mening 2 av/);
      await press(page, 'play-pause');
      await waitForStatus(page, /^Pausad vid mening 2 av/);
      expect((await snapshot(page)).state).toBe('paused');
      // Silence while paused: the audio stops growing.
      const paused = await waitForAudioToSettle(audioFile, 400);
      await settle(1200);
      expect(await rawAudioSize(audioFile)).toBe(paused);

      await press(page, 'play-pause');
      await waitForStatus(page, /^Mening 2 av/);
      expect((await snapshot(page)).state).toBe('playing');
      await press(page, 'next');
      await waitForStatus(page, /^Mening 3 av/);
      await settle(500);
      expect(await rawAudioSize(audioFile)).toBeGreaterThan(paused);
    });

    it('stops speaking when the user navigates away', async () => {
      if ((await snapshot(page)).state !== 'playing') await press(page, 'play-pause');
      await waitForStatus(page, /^Mening \d+ av/);
      const speaking = await rawAudioSize(audioFile);
      await settle(700);
      expect(await rawAudioSize(audioFile)).toBeGreaterThan(speaking);
      await page.goto(launched.baseUrl('www.umea.se', '/'));
      // Audio already synthesised drains through the pacing sink after a cancel (up to several seconds,
      // see rapid-clicks.e2e.ts); speech that went on would never fall quiet for 1.5 s.
      const settled = await waitForAudioToSettle(audioFile, 1500, 20_000);
      await settle(2000);
      expect(await rawAudioSize(audioFile)).toBe(settled);
    });

    it('stops speaking when a tab reading Lättläst in the reader closes', async () => {
      const tab = await launched.browser.newPage();
      await tab.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
      await waitForControl(tab);
      await press(tab, 'reader');
      await tab.waitForSelector('lyssna-reader >>> button[data-reader="easy"]');
      await tab.click('lyssna-reader >>> button[data-reader="easy"]');
      await tab.waitForSelector('lyssna-reader >>> .body.easy');
      await tab.click('lyssna-reader >>> lyssna-control >>> button[data-action="play-pause"]');
      await tab.waitForFunction(
        `/Mening \\d+ av/.test(document.querySelector('lyssna-reader').shadowRoot.querySelector('lyssna-control')
          .shadowRoot.querySelector('[role="status"]').textContent)`,
        { timeout: 30_000 },
      );
      const speaking = await rawAudioSize(audioFile);
      await settle(700);
      expect(await rawAudioSize(audioFile)).toBeGreaterThan(speaking);
      await tab.close();
      const settled = await waitForAudioToSettle(audioFile, 1500, 20_000);
      await settle(2000);
      expect(await rawAudioSize(audioFile)).toBe(settled);
    });
  });
});

describe('the popup’s Lyssna on a page outside the registry (Chromium)', () => {
  let server: SampleServer;
  let launched: LaunchedBrowser;
  const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');
  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      hosts: HOSTS,
      port: server.port,
      audioFile,
      ...SWEDISH_UI.chromium,
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('reads the page’s article at once, without a click in the page', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.example-butik.se', '/index.html'));
    await settle(1000);
    expect(await hasControl(page)).toBe(false);
    const popup = await openPopup(launched, page); // what a click on the toolbar icon does
    await pressInPopup(popup, { key: 'Enter' }); // Lyssna has focus when the popup opens
    await waitForControl(page);
    expect(popup.isClosed()).toBe(true);
    await waitForStatus(page, /^Mening 1 av/);
    await waitForStatus(page, /^Klart/, 60_000);
    expect(await waitForAudioToSettle(audioFile)).toBeGreaterThan(100_000);
  });

  it('says plainly when a page has no article', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.example-butik.se', '/galleri.html')); // pictures only
    const popup = await openPopup(launched, page);
    await pressInPopup(popup, { selector: 'button[data-action="listen"]' });
    await waitForControl(page);
    expect(await waitForStatus(page, /ingen artikel/)).toMatch(/Här finns ingen artikel att läsa upp/);
    expect((await snapshot(page)).state).toBe('idle');
  });
});
