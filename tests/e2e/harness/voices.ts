// Waiting for speech voices in a page, and evaluating without giving the page a user activation.
//
// Every puppeteer evaluate (page.evaluate, waitForFunction, waitForSelector, $eval, ...) runs with
// a user activation in BOTH browsers (CDP userGesture: true, BiDi userActivation: true). After
// one, Chromium's speechSynthesis.speak() works even without a click, in the page and in content
// scripts of the same frame. To test behaviour without a gesture in Chromium, read the page only
// through evaluateWithoutActivation(). (Firefox does not need a gesture for speak() at all.)

import type { Page } from 'puppeteer-core';

export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export interface VoicesResult {
  /** Voices whose lang is the asked language or one of its regions ('sv' matches sv, sv-SE). */
  voices: VoiceInfo[];
  /** All voices in the list (about 13,000 with speech-dispatcher and espeak-ng). */
  total: number;
  /** Time from the call until the list was complete, in ms. */
  ms: number;
}

async function isFirefox(page: Page): Promise<boolean> {
  return (await page.browser().version()).toLowerCase().includes('firefox');
}

/**
 * Evaluates a JavaScript expression (a string; a promise is awaited) in the page's main world
 * and returns its JSON value. Chromium: through CDP with userGesture false, so the page gets no
 * user activation. Firefox: page.evaluate (which does activate the page).
 */
export async function evaluateWithoutActivation<T>(page: Page, expression: string): Promise<T> {
  if (await isFirefox(page)) {
    return (await page.evaluate(expression)) as T;
  }
  const client = await page.createCDPSession();
  try {
    const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: false,
    });
    if (exceptionDetails) {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(`evaluation failed: ${text}`);
    }
    return result.value as T;
  } finally {
    await client.detach().catch(() => undefined);
  }
}

/**
 * Waits until speechSynthesis.getVoices() has a voice for `lang` and the list is complete.
 *
 * Quirks this handles: the list is loaded only when a page first calls getVoices() (speech-
 * dispatcher is spawned then; about 2 s the first time), every new document starts with an empty
 * list, and Firefox fills the list in batches (a first Swedish voice shows up before the list is
 * complete; `voiceschanged` fires once, at the end).
 */
export async function waitForVoices(
  page: Page,
  options: { lang?: string; timeoutMs?: number; settleMs?: number } = {},
): Promise<VoicesResult> {
  const lang = (options.lang ?? 'sv').toLowerCase();
  const timeoutMs = options.timeoutMs ?? 20_000;
  const settleMs = options.settleMs ?? 400;
  const expression = `(async () => {
    const prefix = ${JSON.stringify(lang)};
    const t0 = performance.now();
    let changed = false;
    speechSynthesis.addEventListener('voiceschanged', () => { changed = true; });
    let count = -1;
    let since = t0;
    for (;;) {
      const all = speechSynthesis.getVoices();
      const now = performance.now();
      if (all.length !== count) { count = all.length; since = now; }
      const match = all.filter((v) => {
        const l = v.lang.toLowerCase().replace('_', '-');
        return l === prefix || l.startsWith(prefix + '-');
      });
      if (match.length > 0 && (changed || now - since >= ${settleMs})) {
        return {
          total: all.length,
          ms: Math.round(now - t0),
          voices: match.map((v) => ({ name: v.name, lang: v.lang, voiceURI: v.voiceURI, localService: v.localService, default: v.default })),
        };
      }
      if (now - t0 > ${timeoutMs}) return { total: all.length, ms: Math.round(now - t0), voices: [], timedOut: true };
      await new Promise((r) => setTimeout(r, 50));
    }
  })()`;
  const result = await evaluateWithoutActivation<VoicesResult & { timedOut?: boolean }>(page, expression);
  if (result.timedOut) {
    throw new Error(
      `no "${lang}" voice after ${result.ms} ms (${result.total} voices in all). ` +
        'Chromium needs --enable-speech-dispatcher; both need speech-dispatcher and espeak-ng (scripts/setup.sh).',
    );
  }
  return { voices: result.voices, total: result.total, ms: result.ms };
}

/**
 * The plain voice of a language rather than one of espeak-ng's variants ("Swedish+Adam"):
 * Chromium "Swedish espeak-ng", Firefox "Swedish". Falls back to the first voice.
 */
export function plainVoice(voices: VoiceInfo[]): VoiceInfo | undefined {
  return voices.find((v) => !v.name.includes('+')) ?? voices[0];
}
