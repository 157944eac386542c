// Every control, checked against what the voice was actually asked to say: Chromium with the test-only
// speech engine (tests/e2e/tts-engine/), which logs each utterance with its rate and volume.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { launchBrowser, type LaunchedBrowser } from './harness/browsers';
import { press, snapshot, waitForControl, waitForStatus } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';
import { TEST_ENGINE_DIR, testEngine, type TestEngine } from './harness/test-engine';

const sentences = inspectHtml(
  readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8'),
  'http://www.umea.se/bygglov.html',
).sentences;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the reading controls, as the voice hears them (Chromium, test engine)', () => {
  let server: SampleServer;
  let launched: LaunchedBrowser;
  let engine: TestEngine;
  let page: Page;
  const said = async () => (await engine.log()).map((u) => u.text);
  const last = async () => (await engine.log()).at(-1)!;

  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser('chromium', {
      extensionDir: path.join(REPO_DIR, '.output/chrome-mv3'),
      extraExtensions: [TEST_ENGINE_DIR],
      voices: false,
      hosts: ['www.umea.se'],
      port: server.port,
      extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'],
    });
    engine = await testEngine(launched);
    await engine.configure({ msPerWord: 400, startDelayMs: 0 }); // slow: a sentence lasts seconds
    page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    await engine.reset();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('previous at the first sentence starts it again; next and previous move by one', async () => {
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 1 av/);
    await press(page, 'previous');
    await press(page, 'next');
    await waitForStatus(page, /^Mening 2 av/);
    await press(page, 'previous');
    await waitForStatus(page, /^Mening 1 av/);
    await settle(200);
    expect(await said()).toEqual([
      sentences[0]!.speech,
      sentences[0]!.speech,
      sentences[1]!.speech,
      sentences[0]!.speech,
    ]);
  });

  it('"read the sentence again" repeats the current one', async () => {
    await press(page, 'next');
    await waitForStatus(page, /^Mening 2 av/);
    await engine.reset();
    await press(page, 'more');
    await press(page, 'repeat');
    await settle(300);
    expect(await said()).toEqual([sentences[1]!.speech]);
  });

  it('speed and volume reach the voice from the next sentence, and are remembered', async () => {
    await page.focus('lyssna-control >>> #lyssna-rate');
    await page.keyboard.press('ArrowDown'); // 1× → 1.25×
    await page.focus('lyssna-control >>> #lyssna-volume');
    await page.keyboard.press('ArrowLeft'); // 100 → 90
    await press(page, 'next');
    await waitForStatus(page, /^Mening 3 av/);
    await settle(200);
    expect(await last()).toMatchObject({ text: sentences[2]!.speech, rate: 1.25, volume: 0.9 });

    await page.reload();
    await waitForControl(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 1 av/);
    await settle(200);
    expect(await last()).toMatchObject({ text: sentences[0]!.speech, rate: 1.25, volume: 0.9 });
  });

  it('stop silences the voice at once and rewinds', async () => {
    await press(page, 'stop');
    await settle(300);
    const log = await engine.log();
    expect(log.at(-1)!.outcome).toBe('stopped');
    expect(await snapshot(page)).toEqual({ state: 'idle', status: 'Uppläsningen är stoppad.' });
    const count = log.length;
    await settle(1500);
    expect((await engine.log()).length).toBe(count); // nothing more is said
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 1 av/);
  });
});
