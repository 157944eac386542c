// Lyssna with the test-only speech engine (tests/e2e/tts-engine/, Chromium's chrome.ttsEngine): voices
// that are deterministic and, unlike espeak-ng through speech-dispatcher, report word boundaries. With
// them Lyssna must pick the test voice, say every sentence in order, and highlight the word being said
// (CSS Custom Highlight 'lyssna-word') inside the sentence being said ('lyssna-sentence'). With espeak-ng
// (no boundaries) it highlights sentences only.
//
// Run: npx vitest run -c vitest.e2e.config.ts tests/e2e/tts-engine.e2e.ts

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectHtml } from '../../cli/inspect';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import {
  press,
  recording,
  sentenceNumber,
  startRecording,
  waitForControl,
  waitForStatus,
  type ControlSnapshot,
} from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';
import { TEST_ENGINE_DIR, TEST_VOICES, testEngine, type TestEngine } from './harness/test-engine';

const HOSTS = ['www.umea.se'];
const VOICE_FOR: Record<string, string> = TEST_VOICES;
// The test engine's notion of a word (tests/e2e/tts-engine/background.js), which is Lyssna's too.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’:.][\p{L}\p{N}\p{M}]+)*/gu;

const sample = () => {
  const html = readFileSync(path.join(REPO_DIR, 'samples/umea/bygglov.html'), 'utf8');
  return inspectHtml(html, 'http://www.umea.se/bygglov.html').sentences;
};
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordsOf = (s: string) => Array.from(s.matchAll(WORD), (m) => m[0]);

/** The words highlighted while each sentence was highlighted, in order, repeats dropped. */
function wordsBySentence(log: ControlSnapshot[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const s of log) {
    if (!s.highlight || !s.word) continue;
    const list = result.get(s.highlight) ?? [];
    if (list.at(-1) !== s.word) list.push(s.word);
    result.set(s.highlight, list);
  }
  return result;
}

/** True when `part` occurs in `whole` in order (not necessarily next to each other). */
function isSubsequence(part: string[], whole: string[]): boolean {
  let i = 0;
  for (const w of whole) if (i < part.length && part[i] === w) i++;
  return i === part.length;
}

async function readAloud(page: Page, url: string): Promise<ControlSnapshot[]> {
  await page.goto(url);
  await waitForControl(page);
  await startRecording(page, { pollMs: 10 });
  await press(page, 'play-pause');
  await waitForStatus(page, /^Klart/, 60_000);
  return recording(page);
}

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium with the test speech engine (word boundaries)', () => {
  let launched: LaunchedBrowser;
  let engine: TestEngine;
  let log: ControlSnapshot[];
  const sentences = sample();

  beforeAll(async () => {
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      extraExtensions: [TEST_ENGINE_DIR],
      voices: false, // no espeak-ng: the test engine's voices are the only ones
      hosts: HOSTS,
      port: server.port,
      ...SWEDISH_UI.chromium,
    });
    engine = await testEngine(launched);
    await engine.configure({ msPerWord: 40, startDelayMs: 0 });
    await engine.reset();
    const page = await launched.browser.newPage();
    log = await readAloud(page, launched.baseUrl('www.umea.se', '/bygglov.html'));
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('offers only the test voices to pages', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/'));
    const voices = await page.evaluate(async () => {
      for (let i = 0; i < 100 && speechSynthesis.getVoices().length === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      return speechSynthesis.getVoices().map((v) => `${v.name} (${v.lang})`);
    });
    await page.close();
    expect(voices.sort()).toEqual(['Lyssna Test English (en-GB)', 'Lyssna Test Svenska (sv-SE)']);
  });

  it('reads every sentence in order to the end', () => {
    const numbers = log.map((s) => sentenceNumber(s.status)).filter((n): n is number => n !== null);
    const distinct = numbers.filter((n, i) => n !== numbers[i - 1]);
    expect(distinct).toEqual(sentences.map((_, i) => i + 1));
    expect(log.at(-1)?.status).toMatch(/^Klart/);
  });

  it('gave the engine each sentence once, in order, with the test voice for its language', async () => {
    const said = await engine.log();
    expect(said.map((e) => e.text)).toEqual(sentences.map((s) => s.speech));
    expect(said.map((e) => e.voiceName)).toEqual(sentences.map((s) => VOICE_FOR[s.lang] ?? '?'));
    expect(said.every((e) => e.outcome === 'end')).toBe(true);
    // The engine sent a boundary for every word of every sentence.
    expect(said.map((e) => e.words)).toEqual(sentences.map((s) => wordsOf(s.speech).length));
    expect(sentences.some((s) => s.lang === 'en')).toBe(true);
  });

  it('highlights each sentence as it is said', () => {
    const highlighted = new Set(log.map((s) => s.highlight).filter(Boolean));
    for (const s of sentences.slice(1, 6)) expect(highlighted).toContain(collapse(s.text));
    expect(log.at(-1)?.highlight ?? null).toBeNull();
  });

  // Word highlighting (issue 4): the word being said, inside the sentence being said.
  it('highlights the word being said, inside the highlighted sentence', () => {
    const withWord = log.filter((s) => s.word);
    expect(withWord.length).toBeGreaterThan(0);
    for (const s of withWord) {
      expect(s.highlight, `word "${s.word}" without a sentence highlight`).not.toBeNull();
      expect(s.highlight).toContain(s.word);
    }
    expect(log.at(-1)?.word ?? null).toBeNull(); // cleared when done
  });

  it('moves the word highlight through each sentence word by word, in order', () => {
    // Compared without the punctuation around a word: whether "(bygglov)" is marked with its
    // brackets is the product's choice; which word is marked, and in which order, is not.
    const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const seen = wordsBySentence(log);
    let expected = 0;
    let observed = 0;
    // Sentences whose spoken form is their written form: the marked words are exactly their words.
    for (const s of sentences.filter((x) => x.speech === x.text)) {
      const words = collapse(s.text).split(' ').map(bare).filter(Boolean);
      const got = (seen.get(collapse(s.text)) ?? []).map(bare);
      expect(isSubsequence(got, words), `${JSON.stringify(got)} in ${JSON.stringify(words)}`).toBe(true);
      expected += words.length;
      observed += got.length;
    }
    console.info(`[tts-engine] word highlights seen: ${observed} of ${expected} words`);
    // 40 ms a word, looked at every 10 ms: most words are seen even on a busy machine.
    expect(observed / expected).toBeGreaterThan(0.6);
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s with espeak-ng (no word boundaries)', (kind) => {
  let launched: LaunchedBrowser;
  let log: ControlSnapshot[];

  beforeAll(async () => {
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: HOSTS,
      port: server.port,
      ...SWEDISH_UI[kind],
    });
    const page = await launched.browser.newPage();
    log = await readAloud(page, launched.baseUrl('www.umea.se', '/bygglov.html'));
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('highlights sentences only', () => {
    const highlighted = new Set(log.map((s) => s.highlight).filter(Boolean));
    for (const s of sample().slice(1, 6)) expect(highlighted).toContain(collapse(s.text));
    expect(log.filter((s) => s.word).map((s) => s.word)).toEqual([]);
  });
});
