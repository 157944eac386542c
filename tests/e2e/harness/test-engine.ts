// The test-only speech engine in tests/e2e/tts-engine/ (Chromium's chrome.ttsEngine; never shipped):
// deterministic voices "Lyssna Test Svenska" (sv-SE) and "Lyssna Test English" (en-GB) that report
// 'start', a 'word' boundary per word, and 'end', at a steady pace. Load it next to Lyssna with
// `launchChromium({ extraExtensions: [TEST_ENGINE_DIR], voices: false, ... })`, so that its voices are
// the only ones.

import path from 'node:path';
import type { WebWorker } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';
import { REPO_DIR } from './server';

export const TEST_ENGINE_DIR = path.join(REPO_DIR, 'tests/e2e/tts-engine');
export const TEST_VOICES = { sv: 'Lyssna Test Svenska', en: 'Lyssna Test English' } as const;

export interface TestEngineConfig {
  /** Time between word boundaries at rate 1 (default 40). */
  msPerWord: number;
  /** Time from speak to 'start' (default 0). */
  startDelayMs: number;
}

/** One utterance the engine was asked to say. */
export interface TestEngineUtterance {
  id: number;
  text: string;
  lang: string | null;
  voiceName: string | null;
  rate: number;
  volume: number;
  /** Date.now() in the browser when the engine got it, and when it ended (or null). */
  at: number;
  endedAt: number | null;
  /** 'speaking', 'end', 'stopped' (chrome.tts.stop / a newer speak), 'replaced' or 'lost' (worker restart). */
  outcome: string;
  /** Word boundaries sent. */
  words: number;
  /** Events sent, as 'type@charIndex'. */
  events: string[];
}

export interface TestEngine {
  worker: WebWorker;
  configure(config: Partial<TestEngineConfig>): Promise<TestEngineConfig>;
  /** Empties the engine's log. */
  reset(): Promise<void>;
  log(): Promise<TestEngineUtterance[]>;
}

/** The test engine loaded in `launched` (the first of `extraExtensionIds` unless an id is given). */
export async function testEngine(
  launched: LaunchedBrowser,
  extensionId = launched.extraExtensionIds[0],
): Promise<TestEngine> {
  if (!extensionId) throw new Error('the test engine is not loaded (launch with extraExtensions: [TEST_ENGINE_DIR])');
  let worker = await launched.serviceWorker(10_000, extensionId);
  // The worker's target can be found before its script has run (or just as it restarts): "lyssnaTestEngine
  // is not defined" failed a clean-clone run once. Wait for the engine, finding the worker again if needed.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const defined = await worker.evaluate('typeof lyssnaTestEngine !== "undefined"').catch(() => null);
    if (defined === true) break;
    if (Date.now() > deadline) throw new Error('the test engine never started in its service worker');
    if (defined === null) worker = await launched.serviceWorker(10_000, extensionId);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.evaluate('lyssnaTestEngine.ready');
  return {
    worker,
    configure: async (config) =>
      (await worker.evaluate(`lyssnaTestEngine.configure(${JSON.stringify(config)})`)) as TestEngineConfig,
    reset: async () => {
      await worker.evaluate('lyssnaTestEngine.reset()');
    },
    log: async () => (await worker.evaluate('lyssnaTestEngine.log')) as TestEngineUtterance[],
  };
}
