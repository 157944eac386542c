import { describe, expect, it } from 'vitest';
import { createBrowserEngine } from '../../../src/speech/browser-engine';
import type { UtteranceEvent } from '../../../src/speech/engine';
import { Narrator } from '../../../src/speech/narrator';
import { chooseVoice, speaksLanguage } from '../../../src/speech/voice-choice';

// Minimal stand-ins for speechSynthesis / SpeechSynthesisUtterance: enough to check the wiring.
class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  volume = 1;
  onstart: ((e: unknown) => void) | null = null;
  onend: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onboundary: ((e: { name: string; charIndex: number; charLength?: number }) => void) | null = null;
  constructor(public text: string) {}
}

function nativeVoice(name: string, lang: string, voiceURI = name) {
  return { name, lang, voiceURI, localService: true, default: false };
}

class FakeSynth extends EventTarget {
  voices = [nativeVoice('Alva', 'sv-SE', 'com.apple.alva'), nativeVoice('Daniel', 'en-GB')];
  queue: FakeUtterance[] = [];
  paused = false;
  cancelled = 0;
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.queue.push(u);
  }
  cancel() {
    this.cancelled++;
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}

function make() {
  const synth = new FakeSynth();
  const engine = createBrowserEngine(
    synth as unknown as SpeechSynthesis,
    FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
  );
  return { synth, engine };
}

describe('createBrowserEngine', () => {
  it('lists voices as plain VoiceInfo and speaks with the matching real voice', () => {
    const { synth, engine } = make();
    const voices = engine.getVoices();
    expect(voices.map((v) => v.name)).toEqual(['Alva', 'Daniel']);
    const events: UtteranceEvent[] = [];
    engine.speak({ text: 'Hej.', lang: 'sv', voice: voices[0]!, rate: 1.2, volume: 0.8 }, (e) => events.push(e));
    const u = synth.queue[0]!;
    expect(u).toMatchObject({ text: 'Hej.', lang: 'sv', rate: 1.2, volume: 0.8 });
    expect(u.voice).toBe(synth.voices[0]);

    u.onstart?.({});
    u.onboundary?.({ name: 'word', charIndex: 0, charLength: 3 });
    u.onboundary?.({ name: 'word', charIndex: 0, charLength: 0 });
    u.onboundary?.({ name: 'mark', charIndex: 0 });
    u.onend?.({});
    expect(events).toEqual([
      { type: 'start' },
      { type: 'boundary', name: 'word', charIndex: 0, charLength: 3 },
      { type: 'boundary', name: 'word', charIndex: 0 },
      { type: 'end' },
    ]);
  });

  it('passes error codes through', () => {
    const { synth, engine } = make();
    const events: UtteranceEvent[] = [];
    engine.speak({ text: 'x', lang: 'sv', voice: null, rate: 1, volume: 1 }, (e) => events.push(e));
    synth.queue[0]!.onerror?.({ error: 'not-allowed' });
    expect(events).toEqual([{ type: 'error', error: 'not-allowed' }]);
  });

  it('reports voice-unavailable rather than letting the browser pick another voice', async () => {
    const { synth, engine } = make();
    const alva = engine.getVoices()[0]!;
    synth.voices = [nativeVoice('Daniel', 'en-GB')];
    synth.dispatchEvent(new Event('voiceschanged'));
    const events: UtteranceEvent[] = [];
    engine.speak({ text: 'Hej.', lang: 'sv', voice: alva, rate: 1, volume: 1 }, (e) => events.push(e));
    await Promise.resolve();
    expect(synth.queue).toHaveLength(0);
    expect(events).toEqual([{ type: 'error', error: 'voice-unavailable' }]);
  });

  it('tells listeners when voices change, until they unsubscribe', () => {
    const { synth, engine } = make();
    let calls = 0;
    const off = engine.onVoicesChanged(() => calls++);
    synth.voices = [nativeVoice('Klara', 'sv-SE')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(calls).toBe(1);
    expect(engine.getVoices().map((v) => v.name)).toEqual(['Klara']);
    off();
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(calls).toBe(1);
  });

  it('un-pauses a paused speechSynthesis before speaking, and forwards cancel', () => {
    const { synth, engine } = make();
    synth.paused = true;
    engine.speak({ text: 'x', lang: 'sv', voice: null, rate: 1, volume: 1 }, () => {});
    expect(synth.paused).toBe(false);
    engine.cancel();
    expect(synth.cancelled).toBe(1);
  });
});

describe('a browser that lists its voices only when asked (Firefox)', () => {
  /** Firefox's speechSynthesis: no voices until something asks, then a 'voiceschanged' a little later. */
  class LazySynth extends FakeSynth {
    asked = false;
    listed = false;
    override getVoices() {
      if (!this.asked) {
        this.asked = true;
        setTimeout(() => {
          this.listed = true;
          this.dispatchEvent(new Event('voiceschanged'));
        }, 30);
      }
      return this.listed ? this.voices : [];
    }
  }

  it('has its voices by the first sentence when the engine was made ahead of it', async () => {
    const synth = new LazySynth();
    const engine = createBrowserEngine(
      synth as unknown as SpeechSynthesis,
      FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
    await new Promise((r) => setTimeout(r, 50)); // the press comes a moment after the player loaded
    expect(engine.getVoices().map((v) => v.name)).toEqual(['Alva', 'Daniel']);
  });
});

describe('the voice table (13,000 voices through speech-dispatcher)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => nativeVoice(`Röst ${i}`, i % 2 ? 'sv-SE' : 'en-GB'));
  class CountingSynth extends FakeSynth {
    calls = 0;
    override getVoices() {
      this.calls++;
      return this.voices;
    }
  }
  const make = (synth: FakeSynth) =>
    createBrowserEngine(
      synth as unknown as SpeechSynthesis,
      FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
  const idle = () => new Promise((r) => setTimeout(r, 200));

  it('is ready before the first sentence asks: the browser list is not read again then', async () => {
    const synth = new CountingSynth();
    synth.voices = many(3000);
    const engine = make(synth);
    await idle();
    const before = synth.calls;
    expect(engine.getVoices()).toHaveLength(3000);
    expect(synth.calls).toBe(before);
  });

  it('is built in one idle period when the period is long enough, not a slice a period', async () => {
    const g = globalThis as { requestIdleCallback?: unknown };
    let periods = 0;
    // One callback a period, 40 ms each, as a browser runs them: one asked for inside a period waits for the next.
    g.requestIdleCallback = (callback: (deadline: { timeRemaining(): number }) => void) => {
      setTimeout(() => {
        periods++;
        const end = performance.now() + 40;
        callback({ timeRemaining: () => Math.max(0, end - performance.now()) });
      }, 20);
    };
    try {
      const synth = new CountingSynth();
      let reads = 0;
      synth.voices = many(13_000).map((voice) => {
        const { name } = voice;
        return Object.defineProperty(voice, 'name', { get: () => (reads++, name) });
      });
      const engine = make(synth);
      await new Promise((r) => setTimeout(r, 60)); // two periods at most before the player's first sentence
      const before = { calls: synth.calls, reads };
      expect(engine.getVoices()).toHaveLength(13_000);
      // The table was done: at the first sentence no voice of the browser's list is read again.
      expect({ calls: synth.calls, reads }).toEqual(before);
      expect(periods).toBeLessThanOrEqual(2);
    } finally {
      delete g.requestIdleCallback;
    }
  });

  it('is whole when asked for while still being built, and rebuilt when the list changes', async () => {
    const synth = new CountingSynth();
    synth.voices = many(3000);
    const engine = make(synth);
    expect(engine.getVoices().map((v) => v.name)).toEqual(synth.voices.map((v) => v.name));
    synth.voices = many(2);
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(engine.getVoices().map((v) => v.name)).toEqual(['Röst 0', 'Röst 1']);
    await idle();
    expect(engine.getVoices()).toHaveLength(2);
  });
});

describe('a browser with speech turned off (no speechSynthesis, no SpeechSynthesisUtterance)', () => {
  it('starts, lists no voice, and the Narrator says at once that speech is off', () => {
    const engine = createBrowserEngine(undefined, undefined);
    expect(engine.getVoices()).toEqual([]);
    const narrator = new Narrator(engine, { voiceWaitMs: 3000 });
    const errors: string[] = [];
    narrator.subscribe((event) => {
      if (event.type === 'error') errors.push(event.code);
    });
    narrator.load([{ block: 0, text: 'Bygglov.', speech: 'Bygglov.', lang: 'sv', start: 0, end: 8 }]);
    narrator.play();
    // No wait for a voice list that cannot come.
    expect(errors).toEqual(['speech-off']);
    expect(narrator.state).toBe('idle');
  });
});

describe('voices for one language', () => {
  it('are the voices of the list that speak it, in the list’s order, so the choice is the same as from the whole list', () => {
    const langs = ['sv-SE', 'sv', 'en-GB', 'sv-FI', 'en', 'fi-FI', 'SV_se', 'swe', 'nb-NO', 'no'];
    const natives = Array.from({ length: 400 }, (_, i) =>
      nativeVoice(i % 7 === 0 ? `Röst ${i}+variant` : `Röst ${i}`, langs[(i * 7919) % langs.length]!),
    );
    const synth = new FakeSynth();
    synth.voices = natives;
    const engine = createBrowserEngine(
      synth as unknown as SpeechSynthesis,
      FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
    const all = engine.getVoices();
    for (const lang of ['sv', 'sv-SE', 'sv-FI', 'en-US', 'no', 'nb', 'fi', 'de']) {
      expect(engine.voicesFor!(lang)).toEqual(all.filter((v) => speaksLanguage(v, lang)));
      for (const preferred of [null, 'Röst 77', 'sv-FI'])
        expect(chooseVoice(engine.voicesFor!(lang), lang, preferred)).toEqual(chooseVoice(all, lang, preferred));
    }
  });
});
