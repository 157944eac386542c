// The reading controls a user relies on, in real Chromium and Firefox with real espeak-ng voices at
// speaking pace: click a sentence to read from there, move by paragraph from the keyboard, the voice
// switching for an English passage, and reading a selection.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { press, sentenceNumber, snapshot, waitForControl, waitForStatus } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const reading = inspectHtml(
  readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8'),
  'http://www.umea.se/bygglov.html',
);
const number = (text: string) => reading.sentences.findIndex((s) => s.text.startsWith(text)) + 1;

/** Clicks the middle of the first words of a sentence on the page, as a reader pointing at it. */
async function clickText(page: Page, text: string) {
  const point = await page.evaluate((t: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(t);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 3);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.click(point.x, point.y);
}

/** The voice the control shows as speaking (the selected one in its voice list). */
const voiceShown = (page: Page) =>
  page.evaluate(() => {
    const select = document
      .querySelector('lyssna-control')
      ?.shadowRoot?.querySelector('#lyssna-voice') as HTMLSelectElement | null;
    return select?.selectedOptions[0]?.textContent ?? '';
  });

/** Waits until the control shows a voice matching `pattern` (it is set when the voice starts speaking). */
async function waitForVoice(page: Page, pattern: RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await voiceShown(page);
    if (pattern.test(shown)) return shown;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the control never showed a voice matching ${pattern}; last was "${shown}"`);
}

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('reading controls in %s', (kind) => {
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
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 1 av/);
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('reads from the sentence the user clicks on', async () => {
    const target = number('Avgiften beror på');
    expect(target).toBeGreaterThan(5);
    await clickText(page, 'Avgiften beror på');
    await waitForStatus(page, new RegExp(`^Mening ${target} av`));
    expect((await snapshot(page)).state).toBe('playing');
  });

  it('moves by paragraph with the arrow keys inside the control', async () => {
    // Paused, so the place cannot run on while the key is pressed.
    await press(page, 'play-pause');
    const at = sentenceNumber(await waitForStatus(page, /^Pausad vid mening \d+ av/))!;
    const block = reading.sentences[at - 1]!.block;
    const nextParagraph = reading.sentences.findIndex((s, i) => i >= at && s.block !== block) + 1;
    expect(nextParagraph).toBeGreaterThan(at);
    await page.focus('lyssna-control >>> button[data-action="play-pause"]');
    // Focus on the button alone must not change anything; the arrow key does.
    await page.keyboard.press('ArrowDown');
    await waitForStatus(page, new RegExp(`^Pausad vid mening ${nextParagraph} av`));
    await page.keyboard.press('ArrowUp');
    await waitForStatus(
      page,
      new RegExp(`^Pausad vid mening ${reading.sentences.findIndex((s) => s.block === block) + 1} av`),
    );
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening \d+ av/);
  });

  it('switches to an English voice for the passage marked lang="en", and back', async () => {
    await press(page, 'more');
    await clickText(page, 'You usually need a building permit');
    const english = number('You usually need a building permit');
    await waitForStatus(page, new RegExp(`^Mening ${english} av`));
    expect(await waitForVoice(page, /English/i)).not.toMatch(/Swedish/i);
    await clickText(page, 'Avgiften beror på');
    await waitForStatus(page, new RegExp(`^Mening ${number('Avgiften beror på')} av`));
    await waitForVoice(page, /Swedish/i);
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('choosing a voice in %s', (kind) => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      pace: true,
      ...SWEDISH_UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('uses the chosen Swedish voice at once and remembers it on the next visit', async () => {
    // "Reading" is any sentence: the first is the one-word heading, and in Firefox the first utterance
    // of a fresh speech-dispatcher now and then ends at once (see docs/testing.md), so a poll can miss it.
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening \d+ av/);
    await press(page, 'more');
    const before = await waitForVoice(page, /Swedish/i);
    // Pick another Swedish voice from the keyboard, as a user would.
    await page.focus('lyssna-control >>> #lyssna-voice');
    await page.keyboard.press('ArrowDown');
    await new Promise((r) => setTimeout(r, 300));
    const chosen = await voiceShown(page);
    expect(chosen).not.toBe(before);
    expect(chosen).toMatch(/Swedish/i);

    await page.reload();
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening \d+ av/);
    expect(await waitForVoice(page, /./)).toBe(chosen);
  });
});

describe('reading a selection (Chromium, the message the context menu sends)', () => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      hosts: ['www.umea.se'],
      port: server.port,
      ...SWEDISH_UI.chromium,
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('reads exactly the selected sentences and nothing else', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((el) => el.textContent!.includes('Avgiften beror på'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const worker = await launched.serviceWorker();
    await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://www.umea.se/*' });
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/player.js'] });
      await chrome.tabs.sendMessage(tab.id, { type: 'lyssna:read-selection' }, { frameId: 0 });
    })()`);
    await waitForControl(page);
    const block = reading.sentences[number('Avgiften beror på') - 1]!.block;
    const inParagraph = reading.sentences.filter((s) => s.block === block).length;
    expect(inParagraph).toBeGreaterThan(1);
    const first = await waitForStatus(page, /^Mening 1 av \d+/);
    expect(first).toMatch(new RegExp(`^Mening 1 av ${inParagraph}\\b`));
    await waitForStatus(page, /^Klart/);
  });
});
