// The page and Läsläge as one reading, in real Chromium and Firefox with real espeak-ng voices at
// speaking pace: reading goes on at the same sentence when the reader opens and when it closes
// (playing or paused), the highlight moves with it, Lättläst keeps the place, and Escape in the
// control stops reading on the page but closes the reader inside it.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { sentenceNumber, waitForControl } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const SENTENCES = inspectHtml(
  readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8'),
  'http://www.umea.se/bygglov.html',
).sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());

const SHOTS = path.join(REPO_DIR, 'artifacts');
const READER = 'lyssna-reader';
const CONTROL = `(document.querySelector('lyssna-control') || document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control'))`;

interface Seen {
  status: string;
  state: string | undefined;
  docked: boolean;
  highlight: string | null;
  /** Where the highlighted text lives: the reader's shadow root or the page. */
  highlightIn: 'reader' | 'page' | null;
  /** The highlight is on screen (in the reader: below its sticky toolbar and control). */
  highlightInView: boolean;
}

/**
 * Records what the user sees each time the control changes, wherever it is (it moves into the
 * reader and back; its shadow root stays the same). Sent as source text (see harness/control.ts).
 */
async function startWatching(page: Page) {
  await page.evaluate(`(() => {
    const host = ${CONTROL};
    const root = host.shadowRoot;
    window.__seen = [];
    const take = () => {
      const reader = document.querySelector('${READER}');
      const readerRoot = reader && reader.isConnected ? reader.shadowRoot : null;
      const h = CSS.highlights.get('lyssna-sentence');
      const range = h ? Array.from(h)[0] : null;
      let inView = false;
      if (range) {
        const r = range.getBoundingClientRect();
        const top = readerRoot && range.startContainer.getRootNode() === readerRoot
          ? readerRoot.querySelector('.top').getBoundingClientRect().bottom : 0;
        inView = r.height > 0 && r.top >= top - 1 && r.bottom <= innerHeight + 1;
      }
      return {
        status: root.querySelector('[role="status"]').textContent,
        state: host.dataset.state,
        docked: host.getRootNode() !== document,
        highlight: h ? Array.from(h, (r) => r.toString()).join('').replace(/\\s+/g, ' ').trim() : null,
        highlightIn: range ? (range.startContainer.getRootNode() === document ? 'page' : 'reader') : null,
        highlightInView: inView,
      };
    };
    window.__take = take;
    new MutationObserver(() => window.__seen.push(take())).observe(root, { subtree: true, childList: true, characterData: true });
    new MutationObserver(() => window.__seen.push(take())).observe(host, { attributes: true });
  })()`);
}

const seen = (page: Page) => page.evaluate('window.__seen') as Promise<Seen[]>;
const now = (page: Page) => page.evaluate('window.__take()') as Promise<Seen>;

async function waitFor(page: Page, test: (s: Seen) => boolean, what: string, timeout = 30_000): Promise<Seen> {
  const deadline = Date.now() + timeout;
  let last: Seen | null = null;
  while (Date.now() < deadline) {
    last = await now(page);
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never saw ${what}; last: ${JSON.stringify(last)}`);
}

/** What was seen just before and just after the control moved into (or out of) the reader. */
async function aroundMove(page: Page, intoReader: boolean): Promise<{ before: Seen; after: Seen }> {
  const log = await seen(page);
  const at = log.findIndex((s, i) => i > 0 && s.docked === intoReader && log[i - 1]!.docked !== intoReader);
  expect(at, JSON.stringify(log.slice(-5))).toBeGreaterThan(0);
  return { before: log[at - 1]!, after: log[at]! };
}

/** A trusted click on a button of the control, wherever the control is. */
async function pressInControl(page: Page, action: string) {
  const rect = (await page.evaluate(
    `${CONTROL}.shadowRoot.querySelector('button[data-action="${action}"]').getBoundingClientRect().toJSON()`,
  )) as DOMRect;
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('the page and the reader as one reading in %s', (kind) => {
  let launched: LaunchedBrowser;
  let page: Page;
  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      pace: true,
      ...SWEDISH_UI[kind],
    });
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1024, height: 600 });
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await startWatching(page);
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('opening the reader after two sentences goes on at the same sentence, highlighted in the reader', async () => {
    await pressInControl(page, 'play-pause');
    await waitFor(page, (s) => sentenceNumber(s.status) === 3, 'sentence 3');
    await pressInControl(page, 'reader');
    await page.waitForSelector(`${READER} >>> .reader`);
    const { before, after } = await aroundMove(page, true);
    const n = sentenceNumber(before.status)!;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(after).toMatchObject({ state: 'playing', highlightIn: 'reader', highlight: SENTENCES[n - 1] });
    expect(sentenceNumber(after.status)).toBe(n);
    expect(after.status).toMatch(new RegExp(`^Mening ${n} av ${SENTENCES.length}`));
    // Brought into view in the reader, and read on from there.
    await waitFor(page, (s) => s.highlightIn === 'reader' && s.highlightInView, 'the sentence in view', 3000);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `reader-${kind}-carried-in.png`) as `${string}.png` });
    await waitFor(page, (s) => sentenceNumber(s.status) === n + 1 && s.docked, `sentence ${n + 1} in the reader`);
  });

  it('closing the reader goes on at the sentence the reader was at, on the page and in view', async () => {
    await page.evaluate('window.__seen = [window.__take()]');
    // Escape from inside the docked control closes the reader (a modal dialog); it does not stop.
    await page.focus(`${READER} >>> lyssna-control >>> button[data-action="play-pause"]`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!document.querySelector('${READER}')?.isConnected`);
    const { before, after } = await aroundMove(page, false);
    const n = sentenceNumber(before.status)!;
    expect(after).toMatchObject({ state: 'playing', highlightIn: 'page', highlight: SENTENCES[n - 1] });
    expect(sentenceNumber(after.status)).toBe(n);
    await waitFor(page, (s) => s.highlightIn === 'page' && s.highlightInView, 'the sentence in view on the page', 3000);
    await page.screenshot({ path: path.join(SHOTS, `reader-${kind}-carried-out.png`) as `${string}.png` });
    await waitFor(page, (s) => sentenceNumber(s.status) === n + 1 && !s.docked, `sentence ${n + 1} on the page`);
  });

  it('a paused reading stays paused at its sentence, in the reader and back, and resumes there', async () => {
    await pressInControl(page, 'play-pause');
    const paused = await waitFor(page, (s) => /^Pausad vid mening \d+/.test(s.status), 'paused');
    const n = sentenceNumber(paused.status)!;
    await pressInControl(page, 'reader');
    await page.waitForSelector(`${READER} >>> .reader`);
    let shown = await waitFor(page, (s) => s.docked, 'the control in the reader');
    expect(shown).toMatchObject({ state: 'paused', highlightIn: 'reader', highlight: SENTENCES[n - 1] });
    expect(shown.status).toMatch(new RegExp(`^Pausad vid mening ${n} av`));

    await page.click(`${READER} >>> button[data-reader="close"]`);
    shown = await waitFor(page, (s) => !s.docked, 'the control on the page');
    expect(shown).toMatchObject({ state: 'paused', highlightIn: 'page', highlight: SENTENCES[n - 1] });
    expect(shown.status).toMatch(new RegExp(`^Pausad vid mening ${n} av`));
    await pressInControl(page, 'play-pause');
    shown = await waitFor(page, (s) => s.state === 'playing', 'playing');
    expect(sentenceNumber(shown.status)).toBe(n);
  });

  it('switching Lättläst on while paused keeps the place in the simplified text', async () => {
    // "Du behöver oftast bygglov …" is also a key point above the text; the place must be the text's.
    const target = SENTENCES.findIndex((t) => t.startsWith('Du behöver oftast bygglov')) + 1;
    await pressInControl(page, 'play-pause');
    await waitFor(page, (s) => s.state === 'paused', 'paused');
    await pressInControl(page, 'reader');
    await page.waitForSelector(`${READER} >>> .reader`);
    await page.focus(`${READER} >>> lyssna-control >>> button[data-action="play-pause"]`);
    for (let i = 0; i < 40 && sentenceNumber((await now(page)).status) !== target; i++) {
      await page.keyboard.press('ArrowLeft');
    }
    expect((await now(page)).status).toMatch(new RegExp(`^Pausad vid mening ${target} av ${SENTENCES.length}`));
    await page.click(`${READER} >>> button[data-reader="easy"]`);
    const shown = await waitFor(
      page,
      (s) => /^Pausad vid mening \d+ av/.test(s.status) && s.highlight !== null,
      'paused',
    );
    expect(shown.highlight).toBe(SENTENCES[target - 1]);
    expect(shown.highlightIn).toBe('reader');
    // Below "Det viktigaste": further down than in the article, in a longer text.
    expect(sentenceNumber(shown.status)).toBeGreaterThan(target);
    expect(shown.status).not.toMatch(new RegExp(` av ${SENTENCES.length}$`));
    const inKeyPoints = await page.evaluate(`(() => {
      const range = Array.from(CSS.highlights.get('lyssna-sentence'))[0];
      return !!range.startContainer.parentElement.closest('.key-points');
    })()`);
    expect(inKeyPoints).toBe(false);
    await page.click(`${READER} >>> button[data-reader="close"]`);
  });

  it('Escape in the control on the page still stops reading, as before', async () => {
    await waitFor(page, (s) => !s.docked, 'the control on the page');
    await pressInControl(page, 'play-pause');
    await waitFor(page, (s) => s.state === 'playing', 'playing');
    await page.focus('lyssna-control >>> button[data-action="play-pause"]');
    await page.keyboard.press('Escape');
    const shown = await waitFor(page, (s) => s.state === 'idle', 'stopped');
    expect(shown.status).toBe('Uppläsningen är stoppad.');
  });
});
