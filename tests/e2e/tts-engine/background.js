/* global chrome, self, setTimeout, clearTimeout */
// TEST ONLY: never part of the product build. A speech engine for Chromium (chrome.ttsEngine) whose
// voices ("Lyssna Test Svenska" sv-SE, "Lyssna Test English" en-GB) say nothing but report, at a
// steady and deterministic pace, what a real voice reports: 'start', a 'word' boundary at the start of
// every word of the utterance (charIndex into the utterance text, length of the word), then 'end'.
// Chromium lists these voices in chrome.tts.getVoices() and in every page's speechSynthesis.
//
// It records what it was asked to say, so a test can check the order of utterances. From a test,
// through the service worker (puppeteer: browser.waitForTarget(...service_worker...).worker()):
//   await worker.evaluate('lyssnaTestEngine.log')            // [{ id, text, lang, voiceName, rate, outcome, words, ... }]
//   await worker.evaluate('lyssnaTestEngine.configure({ msPerWord: 80 })')
//   await worker.evaluate('lyssnaTestEngine.reset()')        // empties the log
// The log and the configuration are mirrored in chrome.storage.session, so they survive the service
// worker being stopped and started again.
//
// Timing (at rate 1): 'start' after startDelayMs, word i after startDelayMs + i * msPerWord, 'end'
// after startDelayMs + max(1, words) * msPerWord. Rate r divides the word times by r.

const DEFAULTS = Object.freeze({ msPerWord: 40, startDelayMs: 0 });
// The same notion of a word as Lyssna's narrator (src/speech/narrator.ts, wordLength).
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’:.][\p{L}\p{N}\p{M}]+)*/gu;

let config = { ...DEFAULTS };
let log = [];
let nextId = 1;
/** The utterance being "spoken": { entry, sendTtsEvent, steps, step, timer, paused }. */
let current = null;

const restored = chrome.storage.session
  .get(['config', 'log', 'nextId'])
  .then((saved) => {
    if (saved.config) config = { ...DEFAULTS, ...saved.config };
    // Utterances that were in progress when the worker stopped did not finish.
    if (Array.isArray(saved.log))
      log = saved.log.map((e) => (e.outcome === 'speaking' ? { ...e, outcome: 'lost' } : e)).concat(log);
    if (typeof saved.nextId === 'number') nextId = Math.max(nextId, saved.nextId);
  })
  .catch(() => undefined);

function persist() {
  chrome.storage.session.set({ config, log, nextId }).catch(() => undefined);
}

function words(text) {
  return Array.from(text.matchAll(WORD), (m) => ({ charIndex: m.index, length: m[0].length }));
}

/** The events of one utterance with their times (ms after onSpeak). */
function schedule(text, rate) {
  const perWord = config.msPerWord / (rate > 0 ? rate : 1);
  const start = config.startDelayMs;
  const list = words(text);
  const steps = [{ at: start, event: { type: 'start', charIndex: 0 } }];
  list.forEach((w, i) => {
    steps.push({ at: start + i * perWord, event: { type: 'word', charIndex: w.charIndex, length: w.length } });
  });
  steps.push({ at: start + Math.max(1, list.length) * perWord, event: { type: 'end', charIndex: text.length } });
  return steps;
}

function finish(outcome) {
  if (!current) return;
  if (current.timer !== null) clearTimeout(current.timer);
  current.entry.outcome = outcome;
  current.entry.endedAt = Date.now();
  current = null;
  persist();
}

function run(utterance) {
  if (current !== utterance || utterance.paused) return;
  utterance.timer = null;
  // Send every step that is due, in order, then wait for the next one.
  const elapsed = Date.now() - utterance.t0;
  while (utterance.step < utterance.steps.length && utterance.steps[utterance.step].at <= elapsed) {
    const { event } = utterance.steps[utterance.step++];
    utterance.entry.events.push(`${event.type}@${event.charIndex}`);
    utterance.sendTtsEvent(event);
    if (event.type === 'word') utterance.entry.words++;
    if (event.type === 'end') {
      finish('end');
      return;
    }
  }
  const next = utterance.steps[utterance.step];
  utterance.timer = setTimeout(() => run(utterance), Math.max(0, next.at - (Date.now() - utterance.t0)));
}

chrome.ttsEngine.onSpeak.addListener((text, options, sendTtsEvent) => {
  // Chromium stops the previous utterance (onStop) before a new one; be safe if it did not.
  finish('replaced');
  const entry = {
    id: nextId++,
    text,
    lang: options.lang ?? null,
    voiceName: options.voiceName ?? null,
    rate: options.rate ?? 1,
    volume: options.volume ?? 1,
    at: Date.now(),
    endedAt: null,
    outcome: 'speaking',
    words: 0,
    events: [],
  };
  log.push(entry);
  const utterance = {
    entry,
    sendTtsEvent,
    steps: schedule(text, entry.rate),
    step: 0,
    t0: Date.now(),
    timer: null,
    paused: false,
  };
  current = utterance;
  persist();
  // The configuration may still be loading after a restart of the worker: schedule once it is in.
  restored.then(() => {
    if (current !== utterance) return;
    utterance.steps = schedule(text, entry.rate);
    run(utterance);
  });
});

chrome.ttsEngine.onStop.addListener(() => finish('stopped'));

chrome.ttsEngine.onPause.addListener(() => {
  if (!current || current.paused) return;
  current.paused = true;
  current.pausedAt = Date.now();
  if (current.timer !== null) clearTimeout(current.timer);
  current.timer = null;
});

chrome.ttsEngine.onResume.addListener(() => {
  if (!current || !current.paused) return;
  current.t0 += Date.now() - current.pausedAt;
  current.paused = false;
  run(current);
});

self.lyssnaTestEngine = {
  get log() {
    return log.map((e) => ({ ...e, events: [...e.events] }));
  },
  get config() {
    return { ...config };
  },
  /** Merges { msPerWord?, startDelayMs? } into the configuration (applies from the next utterance). */
  async configure(partial) {
    await restored;
    config = { ...config, ...partial };
    persist();
    return { ...config };
  },
  async reset() {
    await restored;
    log = [];
    persist();
  },
  /** Resolves once the saved configuration and log have been read (after a worker restart). */
  ready: restored,
};
