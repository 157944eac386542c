// What a user must be able to trust: a page cannot make the extension speak, and a machine without a
// Swedish voice gets a plain message instead of silence or the wrong voice.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawAudioSize } from './harness/audio';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { press, snapshot, waitForControl, waitForStatus } from './harness/control';
import { startSampleServer, type SampleServer } from './harness/server';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('a page cannot drive Lyssna in %s', (kind) => {
  let launched: LaunchedBrowser;
  const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');
  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      audioFile,
      ...SWEDISH_UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('ignores clicks and keys that the page’s own script makes', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    // The page's script presses our button and keys, as it could if it ever reached them (here through
    // the root the tests expose, see harness/shadow.ts).
    await page.evaluate(`(() => {
      const root = document.querySelector('lyssna-control').shadowRoot;
      root.querySelector('button[data-action="play-pause"]').click();
      root.querySelector('[role="toolbar"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    })()`);
    await settle(2000);
    expect((await snapshot(page)).state).toBe('idle');
    expect(await rawAudioSize(audioFile)).toBe(0);
    // A real press still works.
    await press(page, 'play-pause');
    await waitForStatus(page, /^(Mening \d+ av|Klart)/);
    await page.close();
  });

  it('shows a page’s script nothing of the control or the reader: their shadow roots are closed', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening \d+ av/);
    await press(page, 'reader');
    await page.waitForSelector('lyssna-reader >>> button[data-reader="easy"]');
    await page.click('lyssna-reader >>> button[data-reader="easy"]');
    await page.waitForSelector('lyssna-reader >>> .body.easy h2');
    const easyHeading = await page.$eval('lyssna-reader >>> .body.easy h2', (h) => h.textContent ?? '');
    expect(easyHeading).toBe('Det viktigaste'); // Lättläst is open, with text that is nowhere on the page
    // What the page's own script gets: the browser's shadowRoot getter (the tests' exposed one bypassed),
    // the page's text and its serialised HTML.
    const seen = await page.evaluate(`(() => {
      const shadowRoot = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
      const html = document.body.getHTML ? document.body.getHTML({ serializableShadowRoots: true }) : document.body.innerHTML;
      // While the reader is open, the control sits in it; the page finds only the reader's host.
      return {
        hosts: Array.from(document.querySelectorAll('*'), (el) => el.localName).filter((n) => n.startsWith('lyssna-')),
        reader: shadowRoot.call(document.querySelector('lyssna-reader')),
        text: document.body.innerText + document.documentElement.textContent + html,
      };
    })()`);
    expect(seen).toMatchObject({ hosts: ['lyssna-reader'], reader: null });
    const { text } = seen as { text: string };
    for (const ours of ['Det viktigaste', 'LIX', 'Mening ', 'Läsläge']) expect(text).not.toContain(ours);
    await page.close();
  });
});

describe('no Swedish voice (Chromium without speech-dispatcher)', () => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      hosts: ['www.umea.se'],
      port: server.port,
      voices: false,
      ...SWEDISH_UI.chromium,
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('tells the user plainly, with how to add one', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    const status = await waitForStatus(page, /ingen röst/, 15_000);
    expect(status).toMatch(/Det finns ingen röst för svenska/);
    // This machine is Linux: the help names it (and not the others).
    expect(status).toMatch(/Linux: installera speech-dispatcher/);
    expect((await snapshot(page)).state).toBe('idle');
  });
});

describe('speech turned off in Firefox (media.webspeech.synth.enabled false)', () => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser('firefox', {
      extensionDir: EXTENSION.firefox,
      hosts: ['www.umea.se'],
      port: server.port,
      extraPrefs: { ...SWEDISH_UI.firefox.extraPrefs, 'media.webspeech.synth.enabled': false },
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('says at a press that speech is off, after the pointer came, instead of doing nothing', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    // The pointer on the control first: the light control makes the speech engine then.
    await (await page.$('lyssna-control >>> button[data-action="play-pause"]'))!.hover();
    await settle(300);
    await press(page, 'play-pause');
    const status = await waitForStatus(page, /avstängd/, 5_000);
    expect(status).toMatch(/Talsyntesen är avstängd i den här webbläsaren/);
    expect((await snapshot(page)).state).toBe('idle');
    // The reader does not need speech: it opens.
    await press(page, 'reader');
    await page.waitForSelector('lyssna-reader >>> .reader', { timeout: 10_000 });
  });
});
