// Smoke test of the end-to-end harness on this machine, WITHOUT the extension: in Chromium and in
// Firefox, a sample page opens under its real host name, a Swedish voice is listed, a click makes
// the page speak one Swedish sentence, the audio lands in a file, and every process is gone after.
//
// Run: npx vitest run --config vitest.e2e.config.ts tests/e2e/smoke-voices.e2e.ts

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRawAudio, waitForAudioToSettle } from './harness/audio';
import { browserAvailable, launchBrowser, type BrowserKind } from './harness/browsers';
import { pageRequests, startSampleServer, type SampleServer } from './harness/server';
import { findProcessesWithHome } from './harness/speech-home';
import { evaluateWithoutActivation, plainVoice, waitForVoices } from './harness/voices';

const SENTENCE = 'Du behöver oftast bygglov när du ska bygga nytt eller bygga till ett hus.';

interface SmokeState {
  events: string[];
  done: boolean;
}

let server: SampleServer;
let outDir: string;

beforeAll(async () => {
  server = await startSampleServer();
  outDir = await mkdtemp(path.join(tmpdir(), 'lyssna-smoke-'));
});

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Page script: a button whose click handler speaks `text` with the voice called `voiceName`. */
function injectSpeakButton(text: string, voiceName: string): string {
  return `(() => {
    const state = { events: [], done: false };
    window.__lyssnaSmoke = state;
    const button = document.createElement('button');
    button.id = 'lyssna-smoke-speak';
    button.type = 'button';
    button.textContent = 'Läs upp';
    button.style.cssText = 'position:fixed;top:10px;left:10px;z-index:2147483647;padding:1em';
    button.addEventListener('click', () => {
      const utterance = new SpeechSynthesisUtterance(${JSON.stringify(text)});
      utterance.lang = 'sv-SE';
      const voice = speechSynthesis.getVoices().find((v) => v.name === ${JSON.stringify(voiceName)});
      if (voice) utterance.voice = voice;
      utterance.onstart = () => state.events.push('start');
      utterance.onend = () => { state.events.push('end'); state.done = true; };
      utterance.onerror = (e) => { state.events.push('error:' + e.error); state.done = true; };
      speechSynthesis.speak(utterance);
    });
    document.body.append(button);
  })()`;
}

/** Page script: speaks without any user activation; resolves to 'end' or 'error:<code>'. */
const SPEAK_WITHOUT_GESTURE = `new Promise((resolve) => {
  const u = new SpeechSynthesisUtterance('Hej.');
  u.lang = 'sv-SE';
  u.onend = () => resolve('end');
  u.onerror = (e) => resolve('error:' + e.error);
  setTimeout(() => resolve('timeout'), 5000);
  speechSynthesis.speak(u);
})`;

describe.each<BrowserKind>(['chromium', 'firefox'])('%s, no extension', (kind) => {
  it('opens www.umea.se/bygglov.html, finds a Swedish voice and speaks into a file', async () => {
    expect(browserAvailable(kind), `${kind} is not installed: run scripts/setup.sh`).toBe(true);
    const audioFile = path.join(outDir, `${kind}.raw`);
    const launched = await launchBrowser(kind, {
      hosts: Object.keys(server.hosts),
      port: server.port,
      audioFile,
    });
    const home = launched.speechHome.home;
    try {
      server.clearRequests();
      const page = await launched.browser.newPage();
      const response = await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
      expect(response?.status()).toBe(200);

      // Read the page without giving it a user activation (Chromium), so the click below is the gesture.
      const loaded = await evaluateWithoutActivation<{ title: string; h1: string; lang: string; english: string }>(
        page,
        `({ title: document.title, h1: document.querySelector('h1')?.textContent ?? '',
            lang: document.documentElement.lang,
            english: document.querySelector('[lang="en"] h2')?.textContent ?? '' })`,
      );
      expect(loaded).toEqual({
        title: 'Bygglov - Umeå kommun',
        h1: 'Bygglov',
        lang: 'sv',
        english: 'Information in English',
      });
      expect(pageRequests(server).map((r) => `${r.method} ${r.host}${r.path} ${r.status}`)).toEqual([
        'GET www.umea.se/bygglov.html 200',
      ]);

      const { voices, total } = await waitForVoices(page, { lang: 'sv' });
      expect(total).toBeGreaterThan(100);
      const voice = plainVoice(voices);
      expect(voice?.lang).toBe('sv');
      expect(voice?.name).toBe(kind === 'chromium' ? 'Swedish espeak-ng' : 'Swedish');

      if (kind === 'chromium') {
        // Without a gesture Chromium refuses to speak; Firefox needs none.
        expect(await evaluateWithoutActivation<string>(page, SPEAK_WITHOUT_GESTURE)).toBe('error:not-allowed');
      }

      await evaluateWithoutActivation(page, injectSpeakButton(SENTENCE, voice?.name ?? ''));
      await page.click('#lyssna-smoke-speak'); // a trusted click: the user gesture
      await page.waitForFunction(() => (window as unknown as { __lyssnaSmoke: SmokeState }).__lyssnaSmoke.done, {
        timeout: 20_000,
        polling: 50,
      });
      const events = await page.evaluate(
        () => (window as unknown as { __lyssnaSmoke: SmokeState }).__lyssnaSmoke.events,
      );
      expect(events).toEqual(['start', 'end']);

      const bytes = await waitForAudioToSettle(audioFile);
      expect(bytes).toBeGreaterThan(10 * 1024);
      const stats = await measureRawAudio(audioFile);
      expect(stats.seconds).toBeGreaterThan(1); // about 4 s at 22050 Hz
      expect(stats.peak).toBeGreaterThan(0.05); // not silence
    } finally {
      await launched.close();
    }
    expect(await findProcessesWithHome(home)).toEqual([]);
  }, 90_000);
});
