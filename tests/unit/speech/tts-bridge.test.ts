import { describe, expect, it, vi } from 'vitest';
import type { UtteranceEvent } from '../../../src/speech/engine';
import { createTtsBridgeEngine } from '../../../src/speech/tts-bridge-engine';
import type { FromHost, PortLike, ToHost } from '../../../src/speech/tts-protocol';
import { serveTts, type HostPort, type TtsApi } from '../../../src/platform/tts-host';

/** A connected pair of ports, as runtime.connect gives a content script and the background. */
function portPair(tabId = 1) {
  const toHost: Array<(m: unknown) => void> = [];
  const toPage: Array<(m: FromHost) => void> = [];
  const hostGone: Array<() => void> = [];
  const pageGone: Array<() => void> = [];
  const page: PortLike<FromHost, ToHost> = {
    postMessage: (m) => toHost.forEach((l) => l(m)),
    onMessage: { addListener: (l) => toPage.push(l) },
    onDisconnect: { addListener: (l) => pageGone.push(l) },
    disconnect: () => hostGone.forEach((l) => l()),
  };
  const host: HostPort = {
    name: 'lyssna-tts',
    sender: { id: 'ext', tab: { id: tabId } },
    postMessage: (m) => toPage.forEach((l) => l(m)),
    onMessage: { addListener: (l) => toHost.push(l) },
    onDisconnect: { addListener: (l) => hostGone.push(l) },
  };
  return { page, host, backgroundDied: () => pageGone.forEach((l) => l()) };
}

function fakeTts() {
  const spoken: Array<{
    text: string;
    voiceName?: string;
    onEvent: (e: { type: string; charIndex?: number }) => void;
  }> = [];
  const tts: TtsApi & { stop: ReturnType<typeof vi.fn> } = {
    speak: (text, options) => {
      spoken.at(-1)?.onEvent({ type: 'interrupted' }); // enqueue: false interrupts what was speaking
      spoken.push({ text, voiceName: options.voiceName, onEvent: options.onEvent });
    },
    stop: vi.fn(() => spoken.at(-1)?.onEvent({ type: 'interrupted' })),
    getVoices: async () => [{ voiceName: 'Swedish espeak-ng', lang: 'sv', remote: false }],
  };
  return { tts, spoken };
}

const SWEDISH = {
  name: 'Swedish espeak-ng',
  lang: 'sv',
  localService: true,
  default: false,
  voiceURI: 'Swedish espeak-ng',
};

function setup() {
  const connects: Array<(port: HostPort) => void> = [];
  const runtime = { id: 'ext', onConnect: { addListener: (l: (p: HostPort) => void) => connects.push(l) } };
  const { tts, spoken } = fakeTts();
  serveTts(runtime, tts);
  const connect = (tabId = 1) => {
    const pair = portPair(tabId);
    connects.forEach((l) => l(pair.host));
    return pair;
  };
  return { tts, spoken, connect };
}

describe('speech through chrome.tts (Chromium)', () => {
  it('lists the background’s voices in the page once they load', async () => {
    const { connect } = setup();
    const engine = createTtsBridgeEngine(() => connect().page);
    const changed = vi.fn();
    engine.onVoicesChanged(changed);
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(engine.getVoices()).toEqual([
      { name: 'Swedish espeak-ng', lang: 'sv', localService: true, default: false, voiceURI: 'Swedish espeak-ng' },
    ]);
  });

  it('speaks with the chosen voice and passes the events back to that utterance', () => {
    const { connect, spoken } = setup();
    const engine = createTtsBridgeEngine(() => connect().page);
    const events: UtteranceEvent[] = [];
    const voice = { name: 'Swedish espeak-ng', lang: 'sv', localService: true, default: false, voiceURI: 'x' };
    engine.speak({ text: 'Hej.', lang: 'sv', voice, rate: 1, volume: 1 }, (e) => events.push(e));
    expect(spoken[0]).toMatchObject({ text: 'Hej.', voiceName: 'Swedish espeak-ng' });
    spoken[0]!.onEvent({ type: 'start' });
    spoken[0]!.onEvent({ type: 'word', charIndex: 0 });
    spoken[0]!.onEvent({ type: 'end' });
    expect(events).toEqual([{ type: 'start' }, { type: 'boundary', name: 'word', charIndex: 0 }, { type: 'end' }]);
  });

  it('stops speech when the tab that owns it goes away, not when another tab does', () => {
    const { connect, tts } = setup();
    const a = connect(1);
    const b = connect(2);
    const engineA = createTtsBridgeEngine(() => a.page);
    createTtsBridgeEngine(() => b.page);
    engineA.speak({ text: 'Hej.', lang: 'sv', voice: SWEDISH, rate: 1, volume: 1 }, () => {});
    b.page.disconnect();
    expect(tts.stop).not.toHaveBeenCalled();
    a.page.disconnect();
    expect(tts.stop).toHaveBeenCalledTimes(1);
  });

  it('tells a tab its speech was interrupted when another tab starts speaking', () => {
    const { connect } = setup();
    const a = createTtsBridgeEngine(() => connect(1).page);
    const b = createTtsBridgeEngine(() => connect(2).page);
    const eventsA: UtteranceEvent[] = [];
    a.speak({ text: 'Ett.', lang: 'sv', voice: SWEDISH, rate: 1, volume: 1 }, (e) => eventsA.push(e));
    b.speak({ text: 'Två.', lang: 'sv', voice: SWEDISH, rate: 1, volume: 1 }, () => {});
    expect(eventsA).toEqual([{ type: 'error', error: 'interrupted' }]);
  });

  it('reconnects after the background restarts, and reports the lost utterance as interrupted', () => {
    const { connect, spoken } = setup();
    const pairs: ReturnType<typeof portPair>[] = [];
    const engine = createTtsBridgeEngine(() => {
      const pair = connect();
      pairs.push(pair);
      return pair.page;
    });
    const events: UtteranceEvent[] = [];
    engine.speak({ text: 'Ett.', lang: 'sv', voice: SWEDISH, rate: 1, volume: 1 }, (e) => events.push(e));
    pairs[0]!.backgroundDied();
    expect(events).toEqual([{ type: 'error', error: 'interrupted' }]);
    engine.speak({ text: 'Två.', lang: 'sv', voice: SWEDISH, rate: 1, volume: 1 }, () => {});
    expect(pairs).toHaveLength(2);
    expect(spoken.map((s) => s.text)).toEqual(['Ett.', 'Två.']);
  });

  it('refuses ports that are not from this extension’s own tabs', async () => {
    const { tts, spoken } = fakeTts();
    const listeners: Array<(p: HostPort) => void> = [];
    serveTts({ id: 'ext', onConnect: { addListener: (l) => listeners.push(l) } }, tts);
    const stranger = portPair();
    stranger.host.sender = { id: 'other-extension', tab: { id: 1 } };
    const received = vi.fn();
    stranger.page.onMessage.addListener(received);
    listeners.forEach((l) => l(stranger.host));
    stranger.page.postMessage({ type: 'voices' });
    stranger.page.postMessage({ type: 'speak', id: 1, text: 'x', lang: 'sv', voiceName: null, rate: 1, volume: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20)); // the voice list is answered asynchronously
    expect(received).not.toHaveBeenCalled();
    expect(spoken).toEqual([]);
  });
});

describe('the voice list chrome.tts takes 170 ms to give (13,362 voices)', () => {
  /** chrome.tts whose getVoices answers only when the test says so. */
  function slowTts() {
    let list = [{ voiceName: 'Swedish espeak-ng', lang: 'sv', remote: false }];
    const waiting: Array<() => void> = [];
    const tts: TtsApi = {
      speak: () => undefined,
      stop: () => undefined,
      getVoices: () => new Promise((resolve) => waiting.push(() => resolve(list))),
    };
    const connects: Array<(port: HostPort) => void> = [];
    const served = serveTts({ id: 'ext', onConnect: { addListener: (l) => connects.push(l) } }, tts);
    const tab = () => {
      const pair = portPair();
      connects.forEach((l) => l(pair.host));
      return createTtsBridgeEngine(() => pair.page);
    };
    const answer = async () => {
      waiting.splice(0).forEach((go) => go());
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    return { served, tab, answer, asked: () => waiting.length, setList: (next: typeof list) => (list = next) };
  }

  it('is there at once for a tab opened after the user showed intent, and for every later tab', async () => {
    const { served, tab, answer } = slowTts();
    served.warmVoices(); // Lyssna was pointed at: the background asks chrome.tts now
    await answer();
    const first = tab();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.getVoices().map((v) => v.name)).toEqual(['Swedish espeak-ng']);
    const second = tab();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second.getVoices().map((v) => v.name)).toEqual(['Swedish espeak-ng']);
  });

  it('does not ask chrome.tts again on the next intent while a list is kept (each asking holds the background 170 ms)', async () => {
    const { served, answer, asked } = slowTts();
    served.warmVoices();
    expect(asked()).toBe(1);
    await answer();
    served.warmVoices();
    expect(asked()).toBe(0);
  });

  it('asks chrome.tts again a while after a tab was given a list over a minute old, and sends a changed one', async () => {
    vi.useFakeTimers();
    try {
      const { served, tab, answer, setList } = slowTts();
      served.warmVoices();
      await answer();
      setList([
        { voiceName: 'Swedish espeak-ng', lang: 'sv', remote: false },
        { voiceName: 'English espeak-ng', lang: 'en', remote: false },
      ]);
      const fresh = tab(); // within the minute: the kept list, and chrome.tts is not asked again
      await vi.advanceTimersByTimeAsync(5000);
      await answer();
      expect(fresh.getVoices()).toHaveLength(1);
      vi.setSystemTime(Date.now() + 61_000);
      const engine = tab();
      const changed = vi.fn();
      engine.onVoicesChanged(changed);
      await vi.advanceTimersByTimeAsync(0);
      expect(engine.getVoices()).toHaveLength(1); // the kept list, at once
      expect(changed).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(3000);
      await answer();
      expect(engine.getVoices().map((v) => v.name)).toEqual(['Swedish espeak-ng', 'English espeak-ng']);
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the first sentence of a tab whose voice list has not come: the background chooses', () => {
  const LISTED = [
    { voiceName: 'Swedish+Hugo', lang: 'sv', remote: false },
    { voiceName: 'Swedish', lang: 'sv', remote: false },
    { voiceName: 'English (Great Britain)', lang: 'en-GB', remote: false },
  ];
  /** A background with chrome.tts listing LISTED, and a session store holding `stored`. */
  function background(stored?: unknown, options: { failing?: boolean } = {}) {
    const spoken: Array<{ text: string; voiceName?: string; onEvent: (e: { type: string }) => void }> = [];
    let asked = 0;
    const tts: TtsApi = {
      speak: (text, o) => void spoken.push({ text, voiceName: o.voiceName, onEvent: o.onEvent }),
      stop: () => undefined,
      getVoices: async () => (asked++, LISTED),
    };
    const saved: Array<Record<string, string>> = [];
    const store =
      stored === undefined
        ? undefined
        : {
            get: () => (options.failing ? Promise.reject(new Error('corrupt')) : Promise.resolve(stored)),
            set: async (c: Record<string, string>) => void saved.push(c),
          };
    const connects: Array<(port: HostPort) => void> = [];
    const served = serveTts({ id: 'ext', onConnect: { addListener: (l) => connects.push(l) } }, tts, store);
    const tab = () => {
      const pair = portPair();
      connects.forEach((l) => l(pair.host));
      return createTtsBridgeEngine(() => pair.page);
    };
    const say = (engine: ReturnType<typeof tab>, lang = 'sv', preferredVoice: string | null = null) => {
      const events: UtteranceEvent[] = [];
      engine.speak({ text: 'Bygglov', lang, voice: null, preferredVoice, rate: 1, volume: 1 }, (e) => events.push(e));
      return events;
    };
    return { served, tab, say, spoken, saved, asked: () => asked };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('speaks with the voice the page would choose, names it at the start, and takes the user’s preference', async () => {
    const { served, tab, say, spoken } = background();
    served.warmVoices();
    await settle();
    const engine = tab();
    expect(engine.choosesVoice).toBe(true);
    const events = say(engine);
    expect(spoken.at(-1)).toMatchObject({ text: 'Bygglov', voiceName: 'Swedish' }); // not a "+variant"
    spoken.at(-1)!.onEvent({ type: 'start' });
    expect(events).toEqual([{ type: 'start', voice: 'Swedish' }]);
    say(tab(), 'sv', 'Swedish+Hugo');
    expect(spoken.at(-1)).toMatchObject({ voiceName: 'Swedish+Hugo' });
  });

  it('answers that no voice speaks the language rather than read it with another', async () => {
    const { served, tab, say, spoken } = background();
    served.warmVoices();
    await settle();
    const events = say(tab(), 'fi');
    expect(spoken).toEqual([]);
    expect(events).toEqual([{ type: 'error', error: 'language-unavailable' }]);
  });

  it('asks the page to wait for the list when it has none and chose none before', async () => {
    const { tab, say, spoken, asked } = background({});
    const events = say(tab());
    await settle();
    expect(events).toEqual([{ type: 'error', error: 'voices-loading' }]);
    expect(spoken).toEqual([]);
    expect(asked()).toBe(1);
  });

  it('after the browser restarted the background, speaks at once with the voice chosen before, and asks chrome.tts later', async () => {
    vi.useFakeTimers();
    try {
      const first = background();
      first.served.warmVoices();
      await vi.advanceTimersByTimeAsync(0);
      first.say(first.tab());
      expect(first.saved).toEqual([]); // no store given: nothing to keep

      const withStore = background({});
      withStore.served.warmVoices();
      await vi.advanceTimersByTimeAsync(0);
      withStore.say(withStore.tab());
      expect(withStore.saved.at(-1)).toEqual({ 'sv\n': 'Swedish' });

      const restarted = background(withStore.saved.at(-1));
      restarted.served.warmVoices(); // intent, as the player is asked for
      const engine = restarted.tab(); // the player asks for the list as it starts
      restarted.say(engine);
      await vi.advanceTimersByTimeAsync(0);
      expect(restarted.spoken.map((s) => s.voiceName)).toEqual(['Swedish']);
      expect(restarted.asked()).toBe(0);
      await vi.advanceTimersByTimeAsync(1500);
      expect(restarted.asked()).toBe(1);
      expect(engine.getVoices()).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a restart, a language chosen for before waits for no delay: the list is asked for and sent at once', async () => {
    vi.useFakeTimers();
    try {
      const restarted = background({ 'sv\n': 'Swedish' });
      const engine = restarted.tab(); // asks for the list; with a choice kept it would wait 1.5 s
      const events = restarted.say(engine, 'en-GB');
      await vi.advanceTimersByTimeAsync(0);
      expect(events).toEqual([{ type: 'error', error: 'voices-loading' }]);
      expect(restarted.asked()).toBe(1);
      expect(engine.getVoices()).toHaveLength(3); // at once, not 1.5 s later
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a voice chosen before that is gone now, and asks the page to wait', async () => {
    const { tab, say, spoken, saved } = background({ 'sv\n': 'Swedish (removed)' });
    const events = say(tab());
    await settle();
    expect(spoken.map((s) => s.voiceName)).toEqual(['Swedish (removed)']);
    spoken[0]!.onEvent({ type: 'error' });
    expect(events).toEqual([{ type: 'error', error: 'voices-loading' }]);
    expect(saved.at(-1)).toEqual({});
  });

  it('ignores a store it cannot read, and speaks nothing for a request cancelled while it looked', async () => {
    for (const stored of ['nonsense', { 'sv\n': 42 }, null]) {
      const { tab, say, spoken } = background(stored);
      const events = say(tab());
      await settle();
      expect(spoken).toEqual([]);
      expect(events).toEqual([{ type: 'error', error: 'voices-loading' }]);
    }
    const unreadable = background({ 'sv\n': 'Swedish' }, { failing: true });
    const events = unreadable.say(unreadable.tab());
    await settle();
    expect(events).toEqual([{ type: 'error', error: 'voices-loading' }]);

    const cancelled = background({ 'sv\n': 'Swedish' });
    const engine = cancelled.tab();
    cancelled.say(engine);
    engine.cancel();
    await settle();
    expect(cancelled.spoken).toEqual([]);
  });
});
