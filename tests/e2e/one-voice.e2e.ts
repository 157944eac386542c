// Never two voices at once: a second tab that starts reading pauses the first, the site's own audio
// player (ReadSpeaker plays an <audio> element) pauses Lyssna, and Lyssna pauses it in turn.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { rawAudioSize, waitForAudioToSettle } from './harness/audio';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { press, snapshot, waitForControl, waitForStatus } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

// Audio may start without a gesture: the test plays the site's own player from a script.
const UI = {
  chromium: { extraArgs: [...SWEDISH_UI.chromium.extraArgs, '--autoplay-policy=no-user-gesture-required'] },
  firefox: { extraPrefs: { ...SWEDISH_UI.firefox.extraPrefs, 'media.autoplay.default': 0 } },
};

/** Ten seconds of silence as a WAV data: URL, looped, standing in for the site's own player. */
function silentWav(): string {
  const rate = 8000;
  const samples = rate * 10;
  const buffer = Buffer.alloc(44 + samples);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples, 40);
  buffer.fill(128, 44);
  return `data:audio/wav;base64,${buffer.toString('base64')}`;
}

async function addSitePlayer(page: Page) {
  await page.evaluate((src: string) => {
    const audio = document.createElement('audio');
    audio.id = 'site-player';
    audio.src = src;
    audio.loop = true;
    document.body.append(audio);
  }, silentWav());
}
const sitePlayerPaused = (page: Page) =>
  page.evaluate(() => (document.getElementById('site-player') as HTMLAudioElement).paused);

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('one voice at a time in %s', (kind) => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se', 'www.stockholm.se'],
      port: server.port,
      pace: true,
      ...UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('pauses the first tab when another tab starts reading', async () => {
    // "Reading" is any sentence: the first is the one-word heading, and in Firefox the first utterance
    // of a fresh speech-dispatcher now and then ends at once (see docs/testing.md), so a poll can miss it.
    const first = await launched.browser.newPage();
    await first.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(first);
    await press(first, 'play-pause');
    await waitForStatus(first, /^Mening \d+ av/);

    const second = await launched.browser.newPage();
    await second.goto(launched.baseUrl('www.umea.se', '/bygglov.html?andra'));
    await waitForControl(second);
    await press(second, 'play-pause');
    await waitForStatus(second, /^Mening \d+ av/);

    expect(await waitForStatus(first, /Pausad eftersom något annat började spela/)).toBeTruthy();
    expect((await snapshot(first)).state).toBe('paused');
    expect((await snapshot(second)).state).toBe('playing');
    await first.close();
    await second.close();
  });

  it('pauses when the site’s own player starts, and pauses the site’s player when Lyssna starts', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await addSitePlayer(page);

    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening \d+ av/);
    await page.evaluate(() => (document.getElementById('site-player') as HTMLAudioElement).play());
    await waitForStatus(page, /Pausad eftersom något annat började spela/);
    expect(await sitePlayerPaused(page)).toBe(false);

    await press(page, 'play-pause'); // resume Lyssna
    await waitForStatus(page, /^Mening \d+ av/);
    expect(await sitePlayerPaused(page)).toBe(true);
    await page.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('removing the extension in %s', (kind) => {
  let launched: LaunchedBrowser;
  const audioFile = path.join(REPO_DIR, 'artifacts', `removed-${kind}-${process.pid}.raw`);
  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      audioFile,
      pace: true,
      ...UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('stops speech (and in Chromium takes the control away) when the extension is updated or removed', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 2 av/);
    await launched.browser.uninstallExtension(launched.extensionId!);
    if (kind === 'chromium') {
      // The orphaned player notices within its 2 s check and removes itself.
      await page.waitForFunction(() => !document.querySelector('lyssna-control'), { timeout: 8000 });
    }
    // Firefox destroys the add-on's content scripts outright: nothing of ours runs on, so no further
    // sentence starts. Audio already synthesised may drain first (see rapid-clicks.e2e.ts).
    const settled = await waitForAudioToSettle(audioFile, 800, 15_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await rawAudioSize(audioFile)).toBe(settled);
  });
});
