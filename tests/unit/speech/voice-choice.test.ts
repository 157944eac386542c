import { describe, expect, it } from 'vitest';
import { chooseVoice, parseLang, speaksLanguage } from '../../../src/speech/voice-choice';
import { voice } from './fake-engine';

const name = (v: { name: string } | null) => v?.name ?? null;

describe('chooseVoice', () => {
  it('never reads Swedish with a voice of another language', () => {
    const voices = [voice('Google US English', 'en-US', { default: true }), voice('Microsoft David', 'en-US')];
    expect(chooseVoice(voices, 'sv')).toBeNull();
    expect(chooseVoice(voices, 'sv-SE')).toBeNull();
    expect(chooseVoice([], 'sv')).toBeNull();
  });

  it('does not take Northern Sami ("se") for Sweden ("SE")', () => {
    expect(chooseVoice([voice('Alva', 'sv-SE')], 'se')).toBeNull();
  });

  it('returns null for a missing or unusable language code', () => {
    const voices = [voice('Alva', 'sv-SE')];
    expect(chooseVoice(voices, '')).toBeNull();
    expect(chooseVoice(voices, '*')).toBeNull();
  });

  it('prefers the exact region, then a generic voice, then another region', () => {
    const fi = voice('Swedish (Finland)', 'sv-FI');
    const generic = voice('Swedish generic', 'sv');
    const se = voice('Swedish (Sweden)', 'sv-SE');
    expect(name(chooseVoice([fi, generic, se], 'sv-SE'))).toBe('Swedish (Sweden)');
    expect(name(chooseVoice([fi, generic], 'sv-SE'))).toBe('Swedish generic');
    expect(name(chooseVoice([fi], 'sv-SE'))).toBe('Swedish (Finland)');
    // A page in Finland Swedish gets the Finland voice.
    expect(name(chooseVoice([se, generic, fi], 'sv-FI'))).toBe('Swedish (Finland)');
    // A page that only says "sv" is most likely Sweden's Swedish.
    expect(name(chooseVoice([fi, se], 'sv'))).toBe('Swedish (Sweden)');
  });

  it('prefers local voices where otherwise equal', () => {
    const online = voice('Voice A', 'sv-SE', { localService: false });
    const local = voice('Voice B', 'sv-SE', { localService: true });
    expect(name(chooseVoice([online, local], 'sv-SE'))).toBe('Voice B');
  });

  it('takes the plain voice over its "+variant" (speech-dispatcher names them "Swedish+Hugo")', () => {
    const variant = voice('Swedish+Hugo', 'sv');
    const plain = voice('Swedish', 'sv');
    expect(name(chooseVoice([variant, plain], 'sv'))).toBe('Swedish');
    expect(name(chooseVoice([voice('Swedish espeak-ng+klatt', 'sv'), voice('Swedish espeak-ng', 'sv')], 'sv'))).toBe(
      'Swedish espeak-ng',
    );
  });

  it('prefers known good voices over unknown ones and espeak', () => {
    const espeak = voice('Swedish espeak-ng', 'sv-SE');
    const unknown = voice('Some Voice', 'sv-SE');
    const alva = voice('Alva', 'sv-SE');
    const natural = voice('Microsoft Sofie Online (Natural) - Swedish (Sweden)', 'sv-SE', { localService: false });
    expect(name(chooseVoice([espeak, unknown], 'sv'))).toBe('Some Voice');
    expect(name(chooseVoice([espeak, unknown, alva], 'sv'))).toBe('Alva');
    expect(name(chooseVoice([espeak, alva, natural], 'sv'))).toBe(natural.name);
    expect(name(chooseVoice([voice('Alva (Enhanced)', 'sv-SE'), alva], 'sv'))).toBe('Alva (Enhanced)');
    expect(name(chooseVoice([unknown, voice('Google svenska', 'sv-SE', { localService: false })], 'sv'))).toBe(
      'Google svenska',
    );
  });

  it('takes a language tag as the preference: the region it names, else the best voice', () => {
    const sweden = voice('Alva', 'sv-SE');
    const finland = voice('Finlandssvenska', 'sv-FI');
    expect(name(chooseVoice([sweden, finland], 'sv', 'sv-FI'))).toBe('Finlandssvenska');
    expect(name(chooseVoice([sweden, finland], 'sv', 'sv-SE'))).toBe('Alva');
    // A tag for another language says nothing about Swedish voices.
    expect(name(chooseVoice([sweden, finland], 'sv', 'en-GB'))).toBe('Alva');
  });

  it('honours the preferred voice only when it speaks the language', () => {
    const alva = voice('Alva', 'sv-SE');
    const espeak = voice('Swedish espeak-ng', 'sv');
    const english = voice('Daniel', 'en-GB');
    expect(name(chooseVoice([alva, espeak, english], 'sv', 'Swedish espeak-ng'))).toBe('Swedish espeak-ng');
    expect(name(chooseVoice([alva, espeak, english], 'sv', 'Daniel'))).toBe('Alva');
    expect(name(chooseVoice([alva, espeak], 'sv', 'Gone Voice'))).toBe('Alva');
    expect(name(chooseVoice([alva, espeak], 'sv', null))).toBe('Alva');
    // voiceURI works as well as the name.
    const uri = voice('Klara', 'sv-SE', { voiceURI: 'com.apple.voice.klara' });
    expect(name(chooseVoice([alva, uri], 'sv', 'com.apple.voice.klara'))).toBe('Klara');
  });

  it('understands sv_SE, SV, swe and POSIX locales, on both sides', () => {
    const android = voice('Android svenska', 'sv_SE');
    expect(name(chooseVoice([android], 'sv-SE'))).toBe('Android svenska');
    expect(name(chooseVoice([voice('X', 'sv-SE')], 'sv_SE'))).toBe('X');
    expect(name(chooseVoice([voice('X', 'sv-SE')], 'SV'))).toBe('X');
    expect(name(chooseVoice([voice('X', 'sv-SE')], 'swe'))).toBe('X');
    expect(name(chooseVoice([voice('X', 'SV-se')], 'sv-SE'))).toBe('X');
    expect(name(chooseVoice([voice('X', 'sv_SE.UTF-8')], 'sv'))).toBe('X');
    expect(name(chooseVoice([voice('Norsk', 'nb-NO')], 'no'))).toBe('Norsk');
  });

  it('finds the Swedish espeak-ng voice among 13,000 speech-dispatcher voices, quickly', () => {
    const langs = ['en', 'de', 'fr', 'fi', 'es', 'it', 'nl', 'pl', 'ru', 'ar', 'zh', 'ja', 'pt'];
    const variants = Array.from({ length: 1000 }, (_, i) => `Variant${i}`);
    const voices = [];
    for (const lang of langs) {
      for (const v of variants) voices.push(voice(`${lang}+${v} espeak-ng`, lang, { voiceURI: `${lang}+${v}` }));
    }
    for (const v of variants.slice(0, 50)) voices.push(voice(`Swedish+${v} espeak-ng`, 'sv'));
    voices.push(voice('Swedish espeak-ng', 'sv'));
    expect(voices.length).toBeGreaterThan(13_000);

    const t0 = performance.now();
    for (let i = 0; i < 10; i++) expect(name(chooseVoice(voices, 'sv-SE'))).toBe('Swedish espeak-ng');
    // Generous bound: a linear pass over 13,000 voices takes about a millisecond.
    expect((performance.now() - t0) / 10).toBeLessThan(50);
    expect(chooseVoice(voices, 'sv-SE', 'Swedish+Variant7 espeak-ng')?.name).toBe('Swedish+Variant7 espeak-ng');
  });
});

describe('parseLang / speaksLanguage', () => {
  it('normalises codes', () => {
    expect(parseLang('sv_SE')).toEqual({ language: 'sv', region: 'SE' });
    expect(parseLang('SWE')).toEqual({ language: 'sv', region: null });
    expect(parseLang('zh-Hant-TW')).toEqual({ language: 'zh', region: 'TW' });
    expect(parseLang('fit')).toEqual({ language: 'fit', region: null });
    expect(parseLang('')).toBeNull();
    expect(parseLang(undefined)).toBeNull();
  });
  it('compares languages, not regions', () => {
    expect(speaksLanguage(voice('X', 'sv-FI'), 'sv-SE')).toBe(true);
    expect(speaksLanguage(voice('X', 'en-GB'), 'sv')).toBe(false);
  });
});
