import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sentence } from '../../../src/core/model';
import type { VoiceInfo } from '../../../src/speech/engine';
import { Narrator, type NarratorEvent, type NarratorOptions } from '../../../src/speech/narrator';
import { FakeEngine, voice, type FakeEngineOptions } from './fake-engine';

const ALVA = voice('Alva', 'sv-SE');
const DANIEL = voice('Daniel', 'en-GB');
const VOICES = [DANIEL, ALVA];

function sentence(text: string, lang = 'sv', speech = text): Sentence {
  return { block: 0, text, speech, lang, start: 0, end: text.length };
}
const ARTICLE = [sentence('Första meningen.'), sentence('Andra meningen.'), sentence('Tredje meningen.')];
const TEXTS = ARTICLE.map((s) => s.speech);

function setup(options: NarratorOptions = {}, engineOptions: FakeEngineOptions = {}, list = ARTICLE) {
  const engine = new FakeEngine({ voices: VOICES, ...engineOptions });
  const narrator = new Narrator(engine, options);
  const events: NarratorEvent[] = [];
  narrator.subscribe((e) => events.push(e));
  narrator.load(list);
  events.length = 0;
  const of = <T extends NarratorEvent['type']>(type: T) =>
    events.filter((e): e is Extract<NarratorEvent, { type: T }> => e.type === type);
  return {
    engine,
    narrator,
    events,
    states: () => of('state').map((e) => e.state),
    spokenSentences: () => of('sentence').map((e) => e.index),
    errors: () => of('error'),
    finished: () => of('finished').length,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Narrator: reading', () => {
  it('speaks one utterance per sentence, the next only after the previous ends', () => {
    const { engine, narrator, states, spokenSentences, finished } = setup();
    narrator.play();
    expect(narrator.state).toBe('playing');
    expect(engine.spoken).toEqual([TEXTS[0]]);
    expect(spokenSentences()).toEqual([]); // highlighted only once the voice really starts

    engine.start();
    expect(spokenSentences()).toEqual([0]);
    expect(engine.spoken).toHaveLength(1);
    engine.end();
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[1]]);
    expect(narrator.index).toBe(1);
    engine.finish();
    engine.finish();

    expect(engine.spoken).toEqual(TEXTS);
    expect(spokenSentences()).toEqual([0, 1, 2]);
    expect(finished()).toBe(1);
    expect(narrator.state).toBe('idle');
    expect(narrator.index).toBe(0); // rewound: play reads it again
    expect(states()).toEqual(['playing', 'idle']);
    expect(engine.live).toHaveLength(0);
  });

  it('says the normalised speech text in the sentence language with the chosen voice, rate and volume', () => {
    const list = [sentence('Kl. 14 öppnar vi.', 'sv', 'Klockan fjorton öppnar vi.'), sentence('Welcome!', 'en')];
    const { engine, narrator } = setup({ rate: 1.5, volume: 0.5 }, {}, list);
    narrator.play();
    expect(engine.current.request).toEqual({
      text: 'Klockan fjorton öppnar vi.',
      lang: 'sv',
      voice: ALVA,
      rate: 1.5,
      volume: 0.5,
    });
    engine.finish();
    expect(engine.current.request.voice).toEqual(DANIEL);
    expect(engine.current.request.lang).toBe('en');
  });

  it('uses the preferred voice from voiceFor', () => {
    const espeak = voice('Swedish espeak-ng', 'sv');
    const { engine, narrator } = setup({}, { voices: [ALVA, espeak] });
    narrator.play();
    expect(engine.current.request.voice).toEqual(ALVA);

    const prefs: Record<string, string> = { sv: 'Swedish espeak-ng' };
    const n2 = new Narrator(engine, { voiceFor: (lang) => prefs[lang] ?? null });
    narrator.stop();
    n2.load(ARTICLE);
    n2.play();
    expect(engine.current.request.voice).toEqual(espeak);
  });

  it('passes over sentences with nothing to say', () => {
    const list = [sentence('Ett.'), sentence('', 'sv', '  '), sentence('Tre.')];
    const { engine, narrator, finished } = setup({}, {}, list);
    narrator.play();
    engine.finish();
    expect(engine.spoken).toEqual(['Ett.', 'Tre.']);
    expect(narrator.index).toBe(2);
    engine.finish();
    expect(finished()).toBe(1);
  });

  it('play with nothing loaded does nothing; play(i) starts at sentence i', () => {
    const empty = setup({}, {}, []);
    empty.narrator.play();
    expect(empty.narrator.state).toBe('idle');
    expect(empty.engine.spoken).toEqual([]);

    const { engine, narrator } = setup();
    narrator.play(2);
    expect(engine.spoken).toEqual([TEXTS[2]]);
    expect(narrator.index).toBe(2);
    narrator.play(7); // out of range: ignored
    narrator.play(-1);
    expect(engine.spoken).toEqual([TEXTS[2]]);
  });

  it('play while playing does not speak twice', () => {
    const { engine, narrator } = setup();
    narrator.play();
    narrator.play();
    expect(engine.spoken).toHaveLength(1);
    expect(engine.cancelCalls).toBe(0);
  });

  it('load stops the current speech and starts over with the new text', () => {
    const { engine, narrator, states } = setup();
    narrator.play(1);
    engine.start();
    narrator.load([sentence('Ny text.')]);
    expect(engine.live).toHaveLength(0);
    expect(narrator.state).toBe('idle');
    expect(narrator.index).toBe(0);
    expect(narrator.sentences.map((s) => s.text)).toEqual(['Ny text.']);
    expect(states()).toEqual(['playing', 'idle']);
    narrator.play();
    expect(engine.current.request.text).toBe('Ny text.');
  });
});

describe('Narrator: a text that grows (a very long page read in a part at a time)', () => {
  const MORE = [sentence('Fjärde meningen.'), sentence('Femte meningen.')];

  it('at the end of the part read so far, waits silently still playing, then goes on into the next part', () => {
    const { engine, narrator, states, finished } = setup();
    narrator.load(ARTICLE, false);
    narrator.play();
    engine.finish();
    engine.finish();
    engine.finish();
    expect(engine.spoken).toEqual(TEXTS);
    expect(narrator.state).toBe('playing');
    expect(finished()).toBe(0);
    narrator.extend(MORE, false);
    expect(engine.current.request.text).toBe('Fjärde meningen.');
    expect(narrator.index).toBe(3);
    engine.finish();
    engine.finish();
    narrator.extend([], true); // the last part held nothing more to read
    expect(finished()).toBe(1);
    expect(narrator.state).toBe('idle');
    expect(states()).toEqual(['playing', 'idle']);
  });

  it('sentences added while it reads are read in turn; Next at the last one so far does not end the reading', () => {
    const { engine, narrator, finished } = setup();
    narrator.load(ARTICLE, false);
    narrator.play(2);
    narrator.next();
    expect(narrator.state).toBe('playing');
    expect(narrator.index).toBe(2);
    narrator.extend(MORE, true);
    engine.finish();
    expect(engine.current.request.text).toBe('Fjärde meningen.');
    engine.finish();
    engine.finish();
    expect(finished()).toBe(1);
  });
});

describe('Narrator: the heading read first, the whole text following it (follow)', () => {
  const HEADING = [sentence('Rubriken')];
  const WHOLE = [sentence('Rubriken'), ...ARTICLE];

  it('the heading being spoken goes on undisturbed, and reading continues after it in the new text', () => {
    const { engine, narrator, events, finished } = setup({}, {}, HEADING);
    narrator.load(HEADING, false);
    narrator.play();
    engine.start();
    narrator.follow(WHOLE, 0, true);
    expect(engine.live).toHaveLength(1); // not cancelled, not spoken again
    expect(engine.current.request.text).toBe('Rubriken');
    engine.end();
    expect(engine.current.request.text).toBe('Första meningen.');
    expect(narrator.index).toBe(1);
    engine.start();
    expect(events.filter((e) => e.type === 'sentence').map((e) => e.index)).toEqual([0, 1]);
    engine.end();
    engine.finish();
    engine.finish();
    expect(finished()).toBe(1);
    expect(engine.spoken).toEqual(['Rubriken', ...TEXTS]);
  });

  it('a heading that ended before the rest came: reading goes on at once with what follows it', () => {
    const { engine, narrator } = setup({}, {}, HEADING);
    narrator.load(HEADING, false);
    narrator.play();
    engine.finish();
    expect(engine.live).toHaveLength(0);
    expect(narrator.state).toBe('playing');
    narrator.follow(WHOLE, 0, true);
    expect(engine.current.request.text).toBe('Första meningen.');
    expect(narrator.index).toBe(1);
  });

  it('the heading where the new text has it at another place: the position moves there', () => {
    const { engine, narrator, events } = setup({}, {}, HEADING);
    narrator.load(HEADING, false);
    narrator.play();
    narrator.follow([...ARTICLE, sentence('Rubriken')], 3, true);
    expect(events.filter((e) => e.type === 'position').map((e) => e.index)).toEqual([3]);
    engine.finish();
    expect(narrator.state).toBe('idle'); // it was the last sentence
  });

  it('paused in the heading, it resumes there in the new text; stopped, the new text waits from its start', () => {
    const paused = setup({ resumeFromWord: true }, {}, HEADING);
    paused.narrator.load([sentence('Nya regler för bygglov')], false);
    paused.narrator.play();
    paused.engine.start();
    paused.engine.boundary(4, 6);
    paused.narrator.pause();
    paused.narrator.follow([sentence('Nya regler för bygglov'), ...ARTICLE], 0, true);
    expect(paused.narrator.state).toBe('paused');
    paused.narrator.resume();
    expect(paused.engine.current.request.text).toBe('regler för bygglov');
    paused.engine.finish();
    expect(paused.engine.current.request.text).toBe('Första meningen.');

    const stopped = setup({}, {}, HEADING);
    stopped.narrator.load(HEADING, false);
    stopped.narrator.play();
    stopped.narrator.stop();
    stopped.narrator.follow(WHOLE, 0, true);
    expect(stopped.engine.live).toHaveLength(0);
    expect(stopped.narrator.sentences).toHaveLength(4);
    stopped.narrator.play();
    expect(stopped.engine.current.request.text).toBe('Rubriken');
  });
});

describe('Narrator: pause, resume, stop', () => {
  it('pause silences the voice (cancel, not engine.pause) and resume says the sentence again', () => {
    const { engine, narrator, states, errors } = setup({}, { asyncCancel: true });
    narrator.play();
    engine.finish();
    engine.start();
    narrator.pause();
    expect(narrator.state).toBe('paused');
    expect(engine.live).toHaveLength(0);
    expect(engine.pauseCalls).toBe(0);

    vi.runAllTimers(); // the late 'interrupted' arrives
    expect(narrator.state).toBe('paused');
    expect(errors()).toEqual([]);

    narrator.resume();
    expect(narrator.state).toBe('playing');
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[1], TEXTS[1]]);
    expect(engine.live).toHaveLength(1);
    expect(states()).toEqual(['playing', 'paused', 'playing']);
  });

  it('play while paused resumes; pause and resume in the wrong state do nothing', () => {
    const { engine, narrator } = setup();
    narrator.resume();
    narrator.pause();
    expect(narrator.state).toBe('idle');
    expect(engine.spoken).toEqual([]);
    narrator.play(1);
    narrator.pause();
    narrator.pause();
    narrator.play();
    expect(narrator.state).toBe('playing');
    expect(engine.spoken).toEqual([TEXTS[1], TEXTS[1]]);
    narrator.resume();
    expect(engine.spoken).toHaveLength(2);
  });

  it('keeps the last word boundary and can resume from it (resumeFromWord)', () => {
    const list = [sentence('Kommunen har öppet idag.')];
    const { engine, narrator, events } = setup({ resumeFromWord: true }, {}, list);
    narrator.play();
    engine.start();
    engine.boundary(13, 6); // "öppet"
    narrator.pause();
    narrator.resume();
    expect(engine.current.request.text).toBe('öppet idag.');
    engine.start();
    engine.boundary(6, 4); // "idag" in the shortened text
    expect(events.filter((e) => e.type === 'word')).toEqual([
      { type: 'word', index: 0, charIndex: 13, charLength: 6 },
      { type: 'word', index: 0, charIndex: 19, charLength: 4 },
    ]);
  });

  it('by default resumes from the sentence start even after word boundaries', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    engine.boundary(8, 8);
    narrator.pause();
    narrator.resume();
    expect(engine.current.request.text).toBe(TEXTS[0]);
  });

  it('stop silences, rewinds, and the late interrupted error changes nothing', () => {
    for (const cancel of ['chrome', 'canceled', 'end', 'silent'] as const) {
      const { engine, narrator, states, errors, spokenSentences } = setup({}, { cancel, asyncCancel: true });
      narrator.play(1);
      engine.start();
      narrator.stop();
      expect(narrator.state).toBe('idle');
      expect(narrator.index).toBe(0);
      vi.runAllTimers();
      expect(narrator.state).toBe('idle');
      expect(narrator.index).toBe(0);
      expect(engine.spoken).toEqual([TEXTS[1]]); // the stale 'end' did not start the next sentence
      expect(errors()).toEqual([]);
      expect(states()).toEqual(['playing', 'idle']);
      expect(spokenSentences()).toEqual([1]);
    }
  });

  it('a late end from a cancelled utterance does not skip a sentence', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    const old = engine.current;
    narrator.next();
    engine.send(old, { type: 'end' });
    engine.send(old, { type: 'start' });
    engine.send(old, { type: 'error', error: 'interrupted' });
    expect(narrator.index).toBe(1);
    expect(narrator.state).toBe('playing');
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[1]]);
  });

  it('someone else cancelling speech (interrupted on the live utterance) pauses at the sentence', () => {
    const { engine, narrator, errors } = setup();
    narrator.play(1);
    engine.start();
    engine.fail('interrupted');
    expect(narrator.state).toBe('paused');
    expect(narrator.index).toBe(1);
    expect(errors()).toEqual([]);
    narrator.resume();
    expect(engine.current.request.text).toBe(TEXTS[1]);
  });
});

describe('Narrator: next and previous', () => {
  it('while playing they jump and keep playing', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    narrator.next();
    expect(narrator.state).toBe('playing');
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[1]]);
    narrator.next();
    narrator.previous();
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[1]]);
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[1]]);
  });

  it('while paused they move the place and stay silent', () => {
    const { engine, narrator, events } = setup();
    narrator.play();
    narrator.pause();
    narrator.next();
    narrator.next();
    expect(narrator.state).toBe('paused');
    expect(narrator.index).toBe(2);
    expect(engine.spoken).toEqual([TEXTS[0]]);
    expect(events.filter((e) => e.type === 'position')).toEqual([
      { type: 'position', index: 1 },
      { type: 'position', index: 2 },
    ]);
    narrator.previous();
    narrator.resume();
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[1]]);
  });

  it('previous at the first sentence says it again from the start', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    narrator.previous();
    expect(narrator.index).toBe(0);
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[0]]);
    expect(engine.live).toHaveLength(1);
  });

  it('next at the last sentence finishes', () => {
    const { engine, narrator, finished, states } = setup();
    narrator.play(2);
    engine.start();
    narrator.next();
    expect(finished()).toBe(1);
    expect(narrator.state).toBe('idle');
    expect(engine.live).toHaveLength(0);
    expect(states()).toEqual(['playing', 'idle']);
  });

  it('while idle they only move the place', () => {
    const { engine, narrator } = setup();
    narrator.next();
    expect(narrator.index).toBe(1);
    expect(narrator.state).toBe('idle');
    narrator.play();
    expect(engine.spoken).toEqual([TEXTS[1]]);
  });
});

describe('Narrator: rate and volume', () => {
  it('apply from the next sentence and stay within the Web Speech ranges', () => {
    const { engine, narrator } = setup();
    narrator.play();
    narrator.setRate(2);
    narrator.setVolume(0.3);
    expect(engine.current.request.rate).toBe(1);
    engine.finish();
    expect(engine.current.request).toMatchObject({ rate: 2, volume: 0.3 });
    narrator.setRate(50);
    narrator.setVolume(-1);
    narrator.setRate(Number.NaN);
    expect(narrator.rate).toBe(10);
    expect(narrator.volume).toBe(0);
    narrator.setRate(0);
    expect(narrator.rate).toBe(0.1);
  });
});

describe('Narrator: voices', () => {
  it('waits for voices that arrive late, then reads', () => {
    const { engine, narrator, states } = setup({}, { voices: [] });
    narrator.play();
    expect(narrator.state).toBe('waiting-for-voices');
    expect(engine.spoken).toEqual([]);
    engine.setVoices([]); // Chrome may announce an empty list first
    expect(narrator.state).toBe('waiting-for-voices');
    vi.advanceTimersByTime(1500);
    engine.setVoices(VOICES);
    expect(narrator.state).toBe('playing');
    expect(engine.current.request.voice).toEqual(ALVA);
    vi.advanceTimersByTime(5000); // the abandoned wait timer must not fire
    expect(narrator.state).toBe('playing');
    expect(states()).toEqual(['waiting-for-voices', 'playing']);
  });

  it('gives up after voiceWaitMs with a no-voice error', () => {
    const { engine, narrator, errors } = setup({ voiceWaitMs: 3000 }, { voices: [] });
    narrator.play();
    vi.advanceTimersByTime(2999);
    expect(narrator.state).toBe('waiting-for-voices');
    vi.advanceTimersByTime(1);
    expect(narrator.state).toBe('idle');
    expect(errors()).toMatchObject([{ type: 'error', code: 'no-voice', lang: 'sv' }]);
    expect(engine.spoken).toEqual([]);
  });

  it('pause or stop while waiting means nothing is said when the voices arrive', () => {
    const a = setup({}, { voices: [] });
    a.narrator.play();
    a.narrator.pause();
    expect(a.narrator.state).toBe('paused');
    a.engine.setVoices(VOICES);
    vi.runAllTimers();
    expect(a.engine.spoken).toEqual([]);
    a.narrator.resume();
    expect(a.engine.spoken).toEqual([TEXTS[0]]);

    const b = setup({}, { voices: [] });
    b.narrator.play();
    b.narrator.next(); // moves the place while waiting
    b.narrator.stop();
    b.engine.setVoices(VOICES);
    vi.runAllTimers();
    expect(b.narrator.state).toBe('idle');
    expect(b.engine.spoken).toEqual([]);
    expect(b.errors()).toEqual([]);
  });

  it('with no Swedish voice it reports no-voice and says nothing (no English voice for Swedish)', () => {
    const { engine, narrator, errors, states } = setup({}, { voices: [DANIEL] });
    narrator.play();
    expect(engine.spoken).toEqual([]);
    expect(narrator.state).toBe('idle');
    expect(states()).toEqual([]);
    expect(errors()).toMatchObject([{ code: 'no-voice', lang: 'sv' }]);
  });

  it('stops at a sentence in a language that has no voice, keeping the place', () => {
    const list = [sentence('Hej.'), sentence('Päivää.', 'fi'), sentence('Hej då.')];
    const { engine, narrator, errors } = setup({}, {}, list);
    narrator.play();
    engine.finish();
    expect(narrator.state).toBe('idle');
    expect(narrator.index).toBe(1);
    expect(errors()).toMatchObject([{ code: 'no-voice', lang: 'fi' }]);
    expect(engine.spoken).toEqual(['Hej.']);
  });

  it('picks the voice again when the voice list changes', () => {
    const { engine, narrator } = setup({}, { voices: [voice('Swedish espeak-ng', 'sv')] });
    narrator.play();
    expect(engine.current.request.voice?.name).toBe('Swedish espeak-ng');
    engine.setVoices([voice('Swedish espeak-ng', 'sv'), ALVA]);
    engine.finish();
    expect(engine.current.request.voice).toEqual(ALVA);
  });
});

describe('Narrator: an engine that chooses the voice (the background in Chromium)', () => {
  const chooser = (voices: VoiceInfo[] = []) => ({ voices, choosesVoice: true });

  it('speaks at once while the page has no list, with the user’s preference, and names the voice it heard', () => {
    const { engine, narrator, events } = setup({ voiceFor: () => 'Alva' }, chooser());
    narrator.play();
    expect(narrator.state).toBe('playing');
    expect(engine.current.request).toMatchObject({ text: TEXTS[0], voice: null, preferredVoice: 'Alva' });
    engine.start('Alva');
    expect(events).toContainEqual({ type: 'sentence', index: 0, voice: 'Alva' });
    engine.setVoices(VOICES); // the list comes while the first sentence is heard
    engine.end();
    expect(engine.current.request).toMatchObject({ text: TEXTS[1], voice: ALVA });
  });

  it('waits for the list when the engine has none either, and gives up after voiceWaitMs', () => {
    const a = setup({}, chooser());
    a.narrator.play();
    a.engine.fail('voices-loading');
    expect(a.narrator.state).toBe('waiting-for-voices');
    a.engine.setVoices(VOICES);
    expect(a.narrator.state).toBe('playing');
    expect(a.engine.current.request).toMatchObject({ text: TEXTS[0], voice: ALVA });
    expect(a.errors()).toEqual([]);

    const b = setup({ voiceWaitMs: 3000 }, chooser());
    b.narrator.play();
    b.engine.fail('voices-loading');
    vi.advanceTimersByTime(3000);
    expect(b.narrator.state).toBe('idle');
    expect(b.errors()).toMatchObject([{ code: 'no-voice', lang: 'sv' }]);
    expect(b.engine.spoken).toEqual([TEXTS[0]]); // asked once, never again
  });

  it('says there is no voice when the engine finds none for the language', () => {
    const { engine, narrator, errors } = setup({}, chooser());
    narrator.play();
    engine.fail('language-unavailable');
    expect(narrator.state).toBe('idle');
    expect(errors()).toMatchObject([{ code: 'no-voice', lang: 'sv' }]);
  });

  it('chooses in the page once the list is there, and when the engine’s own choice failed', () => {
    const { engine, narrator } = setup({}, chooser(VOICES));
    narrator.play();
    expect(engine.current.request.voice).toEqual(ALVA);

    const late = setup({}, chooser());
    late.narrator.play();
    late.engine.setVoices(VOICES);
    late.engine.fail('voice-unavailable');
    expect(late.engine.current.request).toMatchObject({ text: TEXTS[0], voice: ALVA });
  });
});

describe('Narrator: errors', () => {
  const stopping: Array<[string, string]> = [
    ['not-allowed', 'not-allowed'],
    ['synthesis-failed', 'synthesis-failed'],
    ['synthesis-unavailable', 'synthesis-failed'],
    ['audio-busy', 'audio-busy'],
    ['audio-hardware', 'audio-busy'],
    ['network', 'network'],
    ['language-unavailable', 'no-voice'],
    ['something-new', 'other'],
  ];
  it.each(stopping)('%s stops with error %s and keeps the place', (engineError, code) => {
    const { engine, narrator, errors, states } = setup();
    narrator.play(1);
    engine.fail(engineError);
    expect(narrator.state).toBe('idle');
    expect(narrator.index).toBe(1);
    expect(errors()).toMatchObject([{ type: 'error', code, lang: 'sv' }]);
    expect(errors()[0]?.message).toBeTruthy();
    expect(states()).toEqual(['playing', 'idle']);
    expect(engine.live).toHaveLength(0);
    narrator.play(); // e.g. after a real click for not-allowed: tries the same sentence again
    expect(engine.current.request.text).toBe(TEXTS[1]);
  });

  it.each(['text-too-long', 'invalid-argument'])('%s skips that sentence and reads on', (engineError) => {
    const { engine, narrator, errors } = setup();
    narrator.play();
    engine.fail(engineError);
    expect(narrator.state).toBe('playing');
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[1]]);
    expect(errors()).toEqual([]);
    engine.finish();
    expect(engine.spoken).toEqual(TEXTS);
  });

  it('three failing sentences in a row are a real problem: stop with synthesis-failed', () => {
    const list = ['A.', 'B.', 'C.', 'D.'].map((t) => sentence(t));
    const { engine, narrator, errors } = setup({}, {}, list);
    narrator.play();
    engine.fail('text-too-long');
    engine.finish(); // a success resets the count
    engine.fail('text-too-long');
    expect(errors()).toEqual([]);
    expect(narrator.state).toBe('playing');
    expect(narrator.index).toBe(3);

    const again = setup({}, {}, list);
    again.narrator.play();
    again.engine.fail('invalid-argument');
    again.engine.fail('invalid-argument');
    again.engine.fail('invalid-argument');
    expect(again.narrator.state).toBe('idle');
    expect(again.errors()).toMatchObject([{ code: 'synthesis-failed' }]);
    expect(again.engine.live).toHaveLength(0);
  });

  it('voice-unavailable tries the next best voice for the language, then gives up', () => {
    const espeak = voice('Swedish espeak-ng', 'sv');
    const { engine, narrator, errors } = setup({}, { voices: [ALVA, espeak, DANIEL] });
    narrator.play();
    expect(engine.current.request.voice).toEqual(ALVA);
    engine.fail('voice-unavailable');
    expect(engine.current.request).toMatchObject({ text: TEXTS[0], voice: espeak });
    expect(narrator.state).toBe('playing');
    engine.fail('voice-unavailable');
    expect(narrator.state).toBe('idle');
    expect(errors()).toMatchObject([{ code: 'voice-unavailable', lang: 'sv' }]);
    expect(engine.live).toHaveLength(0); // and never Daniel
  });

  it('a voice that never starts counts as a failure after startTimeoutMs', () => {
    const { engine, narrator, errors } = setup();
    narrator.play();
    vi.advanceTimersByTime(9_999);
    expect(narrator.state).toBe('playing');
    vi.advanceTimersByTime(1);
    expect(narrator.state).toBe('idle');
    expect(errors()).toMatchObject([{ code: 'synthesis-failed' }]);
    expect(engine.live).toHaveLength(0);
    expect(engine.cancelCalls).toBe(1);
  });

  it('an utterance that never ends is cancelled and reading goes on', () => {
    const { engine, narrator } = setup({ rate: 1 });
    narrator.play();
    engine.start();
    // "Första meningen." is 16 characters: ~1.3 s expected, so the watchdog allows ~9 s.
    vi.advanceTimersByTime(8_000);
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[0]]);
    vi.advanceTimersByTime(2_000);
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[1]]);
    expect(narrator.state).toBe('playing');
  });

  it('an engine that throws from speak() is a synthesis failure, not a hang', () => {
    const { engine, narrator, errors } = setup();
    engine.speak = () => {
      throw new Error('boom');
    };
    narrator.play();
    expect(narrator.state).toBe('idle');
    expect(errors()).toMatchObject([{ code: 'synthesis-failed' }]);
  });
});

describe('Narrator: words and events', () => {
  it('forwards word boundaries (measuring the word when the voice does not say)', () => {
    const list = [sentence('Välkommen till Umeå kommun.')];
    const { engine, narrator, events } = setup({}, {}, list);
    narrator.play();
    engine.start();
    engine.boundary(0, 9);
    engine.boundary(15); // no charLength: "Umeå"
    engine.boundary(0, 27, 'sentence'); // sentence boundaries are not words
    expect(events.filter((e) => e.type === 'word')).toEqual([
      { type: 'word', index: 0, charIndex: 0, charLength: 9 },
      { type: 'word', index: 0, charIndex: 15, charLength: 4 },
    ]);
  });

  it('a boundary before start still counts as the sentence starting (lost start event)', () => {
    const { engine, narrator, spokenSentences } = setup();
    narrator.play();
    engine.boundary(0, 6);
    expect(spokenSentences()).toEqual([0]);
    engine.start();
    expect(spokenSentences()).toEqual([0]);
  });

  it('a listener that calls back into the narrator sees a consistent state', () => {
    const { engine, narrator } = setup();
    narrator.subscribe((e) => {
      if (e.type === 'sentence' && e.index === 1) narrator.pause();
    });
    narrator.play();
    engine.finish();
    engine.start();
    expect(narrator.state).toBe('paused');
    expect(engine.live).toHaveLength(0);
  });

  it('a failing listener does not break reading; unsubscribe stops events', () => {
    const { engine, narrator } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    narrator.subscribe(() => {
      throw new Error('ui bug');
    });
    const seen: NarratorEvent[] = [];
    const off = narrator.subscribe((e) => seen.push(e));
    narrator.play();
    engine.finish();
    expect(engine.spoken).toHaveLength(2);
    off();
    engine.finish();
    expect(seen.filter((e) => e.type === 'sentence')).toEqual([{ type: 'sentence', index: 0, voice: 'Alva' }]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('destroy silences the voice and ignores everything afterwards', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    narrator.destroy();
    expect(engine.live).toHaveLength(0);
    narrator.play();
    engine.setVoices(VOICES);
    vi.runAllTimers();
    expect(engine.spoken).toHaveLength(1);
    expect(narrator.state).toBe('idle');
  });
});

describe('Narrator: many rapid clicks', () => {
  function mulberry32(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const cases: Array<[string, FakeEngineOptions]> = [
    ['chrome, async cancel events', { cancel: 'chrome', asyncCancel: true }],
    ['chrome, sync cancel events', { cancel: 'chrome' }],
    ['end on cancel', { cancel: 'end', asyncCancel: true }],
    ['silent cancel', { cancel: 'silent' }],
    ['late voices', { voices: [], asyncCancel: true }],
  ];

  it.each(cases)('50 random clicks end consistent (%s)', (_, engineOptions) => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = mulberry32(seed);
      const { engine, narrator } = setup({}, engineOptions);
      const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
      const engineLive = () => engine.live.length > 0;
      const actions: Array<() => void> = [
        () => narrator.play(),
        () => narrator.play(Math.floor(random() * 4)),
        () => narrator.pause(),
        () => narrator.resume(),
        () => narrator.next(),
        () => narrator.previous(),
        () => narrator.stop(),
        () => engineLive() && engine.start(),
        () => engineLive() && engine.end(),
        () => engineLive() && engine.boundary(2, 3),
        () => engineLive() && engine.fail(pick(['interrupted', 'text-too-long', 'network', 'audio-busy'])),
        () => vi.advanceTimersByTime(pick([0, 10, 500, 3000])),
        () => engine.setVoices(pick([VOICES, VOICES, []])),
      ];
      const check = (step: number) => {
        const live = engine.live.length;
        const expected = narrator.state === 'playing' ? 1 : 0;
        if (live !== expected) {
          throw new Error(`seed ${seed} step ${step}: state ${narrator.state} with ${live} live utterances`);
        }
        expect(narrator.index).toBeGreaterThanOrEqual(0);
        expect(narrator.index).toBeLessThan(ARTICLE.length);
      };
      for (let step = 0; step < 50; step++) {
        pick(actions)();
        check(step);
      }
      vi.runAllTimers(); // late cancel events and watchdogs
      check(50);
      // And the voice still obeys: play reads, pause silences.
      engine.setVoices(VOICES);
      narrator.play();
      expect(narrator.state).toBe('playing');
      expect(engine.live).toHaveLength(1);
      narrator.pause();
      expect(engine.live).toHaveLength(0);
      narrator.destroy();
    }
  });

  it('voices that vanish mid-reading: the live utterance keeps its place', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.setVoices([] as VoiceInfo[]);
    expect(narrator.state).toBe('playing');
    engine.finish();
    // The next sentence has no voice any more: a clear error, nothing said with a wrong voice.
    expect(narrator.state).toBe('idle');
    expect(engine.live).toHaveLength(0);
  });
});

describe('Narrator: seek (paragraphs, repeat)', () => {
  it('while playing it jumps there and keeps reading; seeking the current sentence repeats it', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    narrator.seek(2);
    expect(engine.live.map((u) => u.request.text)).toEqual([TEXTS[2]]);
    narrator.seek(narrator.index);
    expect(engine.spoken).toEqual([TEXTS[0], TEXTS[2], TEXTS[2]]);
    expect(narrator.state).toBe('playing');
  });

  it('while paused it only moves the place, and clamps to the text', () => {
    const { engine, narrator } = setup();
    narrator.play();
    narrator.pause();
    narrator.seek(99);
    expect(narrator.index).toBe(2);
    narrator.seek(-5);
    expect(narrator.index).toBe(0);
    expect(narrator.state).toBe('paused');
    expect(engine.live).toEqual([]);
  });
});

describe('Narrator: cue (a paused reading carried into another view)', () => {
  it('waits paused at the sentence without speaking, and resume reads from there', () => {
    const { engine, narrator, states, events } = setup();
    narrator.cue(1);
    expect(narrator.state).toBe('paused');
    expect(narrator.index).toBe(1);
    expect(engine.spoken).toEqual([]);
    expect(events).toContainEqual({ type: 'position', index: 1 });
    narrator.resume();
    expect(engine.spoken).toEqual([TEXTS[1]]);
    expect(states()).toEqual(['paused', 'playing']);
  });

  it('silences what was being said, and ignores a sentence that is not there', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.start();
    narrator.cue(2);
    expect(engine.live).toEqual([]);
    expect(narrator.state).toBe('paused');
    narrator.cue(7);
    narrator.cue(-1);
    expect(narrator.index).toBe(2);
  });
});
