// 50 rapid real clicks on the control (play-pause, next, previous, stop; seeded random, 0–60 ms apart)
// must leave Lyssna in a state that agrees with itself and with what is heard, and the next press must
// work as usual. Real espeak-ng voices, paced to real time so that sentences take real time.
//
// What "agrees" means, per state of the control (host element's data-state):
// - playing: sound is coming out, the status says "Mening N av M" and sentence N is highlighted.
// - paused:  the status says "Pausad vid mening N av M", sentence N is highlighted, and the sound stops.
// - idle:    the status says stopped, done or ready, nothing is highlighted, and the sound stops.
// With `pace`, a cancelled utterance's audio is not cut off: what speech-dispatcher had already
// synthesised still drains through the pacer (seconds in Chromium, little in Firefox), and a new
// utterance starts (and Lyssna shows its number) only after it. So "the sound stops" is: the audio
// settles within DRAIN_MS and then stays silent, and "playing" may show the previous status until the
// drain is over. Without a pacer (a real sound card) cancel cuts the audio at once.
//
// A third run uses the test speech engine in Chromium (no audio, exact bookkeeping): after the clicks,
// exactly one utterance is being said when playing (the sentence the status names), none otherwise.
//
// Seeds: LYSSNA_SEED=<n> overrides the default seed. Run:
//   npx vitest run -c vitest.e2e.config.ts tests/e2e/rapid-clicks.e2e.ts

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { rawAudioSize } from './harness/audio';
import { launchBrowser, type BrowserKind, type LaunchedBrowser, type LaunchOptions } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { press, recording, startRecording, waitForControl } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';
import { TEST_ENGINE_DIR, testEngine, type TestEngine } from './harness/test-engine';

const ACTIONS = ['play-pause', 'next', 'previous', 'stop'] as const;
type Action = (typeof ACTIONS)[number];
const CLICKS = 50;
const SEED = Number(process.env['LYSSNA_SEED'] ?? 20251125);
/** How long a cancelled utterance's audio may still drain through the pacer. */
const DRAIN_MS = 15_000;
/** Silence that counts as "the sound stopped", and how long it must then stay silent. */
const QUIET_MS = 700;
const STAYS_SILENT_MS = 2000;

const STATUS = {
  playing: /^Mening (\d+) av (\d+)/,
  paused: /^Pausad vid mening (\d+) av (\d+)/,
  idle: /^(Uppläsningen är stoppad\.|Klart\.|Tryck på Lyssna)/,
};

const sentences = (() => {
  const html = readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8');
  return inspectHtml(html, 'http://www.umea.se/bygglov.html').sentences;
})();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function rapidClicks(page: Page, seed: number): Promise<Action[]> {
  const next = random(seed);
  const done: Action[] = [];
  for (let i = 0; i < CLICKS; i++) {
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)]!;
    await press(page, action);
    done.push(action);
    await sleep(Math.floor(next() * 61));
  }
  return done;
}

interface ControlView {
  state: string | undefined;
  status: string;
  highlight: string | null;
  disabled: Record<string, boolean>;
}

async function view(page: Page): Promise<ControlView> {
  return page.evaluate(() => {
    const host = document.querySelector('lyssna-control') as HTMLElement | null;
    const root = host?.shadowRoot;
    const disabled: Record<string, boolean> = {};
    for (const b of Array.from(root?.querySelectorAll<HTMLButtonElement>('button[data-action]') ?? [])) {
      disabled[b.dataset.action ?? ''] = b.disabled;
    }
    const registry = (globalThis as { CSS?: { highlights?: Map<string, Iterable<Range>> } }).CSS?.highlights;
    const h = registry?.get('lyssna-sentence');
    return {
      state: host?.dataset.state,
      status: root?.querySelector('[role="status"]')?.textContent ?? '',
      highlight: h ? Array.from(h, (r) => r.toString()).join('') : null,
      disabled,
    };
  });
}

/** Waits until the audio file has not grown for QUIET_MS; false if it keeps growing for `timeoutMs`. */
async function audioSettles(file: string, timeoutMs: number): Promise<{ settled: boolean; ms: number }> {
  const start = Date.now();
  let size = await rawAudioSize(file);
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await sleep(50);
    const now = await rawAudioSize(file);
    if (now !== size) {
      size = now;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return { settled: true, ms: since - start };
  }
  return { settled: false, ms: Date.now() - start };
}

async function audioGrowth(file: string, ms: number): Promise<number> {
  const before = await rawAudioSize(file);
  await sleep(ms);
  return (await rawAudioSize(file)) - before;
}

async function expectSilence(file: string, what: string): Promise<number> {
  const drain = await audioSettles(file, DRAIN_MS);
  expect(drain.settled, `${what}: the audio was still growing after ${DRAIN_MS} ms`).toBe(true);
  expect(await audioGrowth(file, STAYS_SILENT_MS), `${what}: sound after it had stopped`).toBe(0);
  return drain.ms;
}

/** The sentence the status names ("Mening N av M" / "Pausad vid mening N av M"), or null. */
function sentenceIn(status: string): number | null {
  const m = STATUS.playing.exec(status) ?? STATUS.paused.exec(status);
  if (!m) return null;
  expect(Number(m[2]), `total in "${status}"`).toBe(sentences.length);
  return Number(m[1]);
}

/** The status and the highlight (read together) name the same sentence. */
function expectHighlightAgrees(v: ControlView) {
  const n = sentenceIn(v.status);
  expect(n, `status "${v.status}"`).not.toBeNull();
  expect(collapse(v.highlight ?? ''), `highlight while "${v.status}"`).toBe(collapse(sentences[n! - 1]!.text));
}

/** Waits (up to `timeoutMs`) for the playing status; returns the view and how long the status lagged. */
async function waitForPlayingStatus(page: Page, timeoutMs: number): Promise<{ v: ControlView; lagMs: number }> {
  const start = Date.now();
  for (;;) {
    const v = await view(page);
    expect(v.state, `left 'playing' while waiting for its status (status "${v.status}")`).toBe('playing');
    if (STATUS.playing.test(v.status)) return { v, lagMs: Date.now() - start };
    if (Date.now() - start > timeoutMs) throw new Error(`playing, but the status stayed "${v.status}"`);
    await sleep(50);
  }
}

function expectButtons(v: ControlView) {
  const active = v.state === 'playing' || v.state === 'paused';
  expect(v.disabled['play-pause']).toBe(false);
  for (const action of ['previous', 'next', 'stop']) expect(v.disabled[action], action).toBe(!active);
}

/** Checks the state the clicks left; returns it with the figures for the log. */
async function expectConsistent(page: Page, audioFile: string): Promise<{ state: string; note: string }> {
  const v = await view(page);
  expect(['idle', 'playing', 'paused'], `state after the clicks (status "${v.status}")`).toContain(v.state);
  expectButtons(v);
  if (v.state === 'playing') {
    expect(await audioGrowth(audioFile, 1000), 'playing, but no sound').toBeGreaterThan(0);
    const { v: shown, lagMs } = await waitForPlayingStatus(page, DRAIN_MS);
    expectHighlightAgrees(shown);
    expect(await audioGrowth(audioFile, 1000), 'playing, but no sound').toBeGreaterThan(0);
    return { state: 'playing', note: `"${shown.status}" ${lagMs} ms after the check began (first "${v.status}")` };
  }
  if (v.state === 'paused') {
    expect(v.status).toMatch(STATUS.paused);
    expectHighlightAgrees(v);
    const drained = await expectSilence(audioFile, 'paused');
    return { state: 'paused', note: `"${v.status}", audio drained in ${drained} ms` };
  }
  expect(v.status, 'idle status').toMatch(STATUS.idle);
  expect(v.highlight).toBeNull();
  const drained = await expectSilence(audioFile, 'idle');
  return { state: 'idle', note: `"${v.status}", audio drained in ${drained} ms` };
}

/** One more press after the storm: it must do what it always does. */
async function expectNextPressWorks(page: Page, audioFile: string, state: string): Promise<void> {
  const before = await view(page);
  await startRecording(page);
  await press(page, 'play-pause');
  if (state === 'playing') {
    await expect.poll(async () => (await view(page)).state, { timeout: 2000 }).toBe('paused');
    expect((await view(page)).status).toMatch(STATUS.paused);
    await expectSilence(audioFile, 'paused by the last press');
    return;
  }
  // From idle reading starts at sentence 1; from paused it resumes at the paused sentence. (The first
  // sentence may be over before anyone looks: with the pacer 'end' comes early. Hence the recording.)
  const expected = state === 'paused' ? sentenceIn(before.status) : 1;
  await expect.poll(async () => (await view(page)).state, { timeout: 2000 }).toBe('playing');
  await waitForPlayingStatus(page, 5000);
  const first = (await recording(page)).map((r) => r.status).find((status) => STATUS.playing.test(status));
  expect(sentenceIn(first ?? '')).toBe(expected);
  expect(await audioGrowth(audioFile, 1000), 'no sound after the last press').toBeGreaterThan(0);
}

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('rapid clicks in %s (espeak-ng, real time)', (kind) => {
  let launched: LaunchedBrowser;
  let page: Page;
  const audioFile = path.join(mkdtempSync(path.join(tmpdir(), 'lyssna-audio-')), 'speech.raw');

  beforeAll(async () => {
    const options: LaunchOptions = {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      audioFile,
      pace: true,
      ...SWEDISH_UI[kind],
    };
    launched = await launchBrowser(kind, options);
    page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
  });
  afterAll(async () => {
    await launched?.close();
  });

  it(`leaves a consistent state after ${CLICKS} random clicks, and the next press works`, async () => {
    const clicks = await rapidClicks(page, SEED);
    await sleep(1500);
    const { state, note } = await expectConsistent(page, audioFile);
    console.info(`[rapid-clicks ${kind}] seed ${SEED}: ${state}; ${note}; last clicks: ${clicks.slice(-5).join(' ')}`);
    await expectNextPressWorks(page, audioFile, state);
  });
});

describe('rapid clicks in Chromium with the test speech engine (exact bookkeeping)', () => {
  let launched: LaunchedBrowser;
  let engine: TestEngine;
  let page: Page;

  beforeAll(async () => {
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      extraExtensions: [TEST_ENGINE_DIR],
      voices: false,
      hosts: ['www.umea.se'],
      port: server.port,
      ...SWEDISH_UI.chromium,
    });
    engine = await testEngine(launched);
    await engine.configure({ msPerWord: 150, startDelayMs: 0 }); // sentences of ~1–3 s
    page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
  });
  afterAll(async () => {
    await launched?.close();
  });

  /** null when what the control shows and what the engine is saying agree, else what disagrees. */
  async function disagreement(): Promise<string | null> {
    const v = await view(page);
    const speaking = (await engine.log()).filter((u) => u.outcome === 'speaking').map((u) => u.text);
    const after = await view(page);
    if (after.status !== v.status || after.state !== v.state) return 'changed while looking';
    if (v.state === 'playing') {
      const sentence = sentences[Number(STATUS.playing.exec(v.status)?.[1]) - 1];
      if (!sentence) return `playing with status "${v.status}"`;
      if (speaking.length !== 1 || speaking[0] !== sentence.speech)
        return `shows "${v.status}" but the engine says ${JSON.stringify(speaking)}`;
      if (collapse(v.highlight ?? '') !== collapse(sentence.text))
        return `highlight "${v.highlight}" for "${v.status}"`;
      return null;
    }
    if (v.state !== 'idle' && v.state !== 'paused') return `state ${v.state}`;
    if (!(v.state === 'idle' ? STATUS.idle : STATUS.paused).test(v.status)) return `${v.state} with "${v.status}"`;
    return speaking.length === 0 ? null : `${v.state}, but the engine says ${JSON.stringify(speaking)}`;
  }

  it.each([SEED, SEED + 1, SEED + 2])('says exactly what the control shows (seed %i)', async (seed) => {
    await rapidClicks(page, seed);
    // Between two sentences (engine 'end', next speak on its way) the two may briefly differ.
    await expect.poll(disagreement, { timeout: 3000, interval: 50 }).toBeNull();
    const v = await view(page);
    expectButtons(v);
    if (v.state !== 'playing') {
      const count = (await engine.log()).length;
      await sleep(1000);
      expect((await engine.log()).length, 'an utterance began while not playing').toBe(count);
    }
    // Back to a known state for the next seed: stopped.
    if (v.state !== 'idle') await press(page, 'stop');
    await expect.poll(async () => (await view(page)).state).toBe('idle');
  });
});
