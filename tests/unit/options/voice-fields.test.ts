import { describe, expect, it } from 'vitest';
import type { VoiceInfo } from '../../../src/speech/engine';
import { voiceChoices, voiceLanguages } from '../../../src/ui/options/voice-fields';

const voice = (name: string, lang: string, localService = true): VoiceInfo => ({
  name,
  lang,
  localService,
  default: false,
  voiceURI: name,
});
const VOICES = [
  voice('Swedish espeak-ng', 'sv'),
  voice('Swedish+Hugo', 'sv'),
  voice('Alva', 'sv-SE'),
  voice('Daniel', 'en-GB'),
  voice('Afrikaans', 'af'),
];

describe('voice choices on the options page', () => {
  it('list the voices of one language by name, and name the one chosen automatically', () => {
    expect(voiceChoices(VOICES, 'sv', undefined)).toEqual({
      automatic: 'Alva',
      names: ['Alva', 'Swedish espeak-ng', 'Swedish+Hugo'],
    });
  });

  it('keep a chosen voice that is no longer installed, so the choice still shows', () => {
    expect(voiceChoices(VOICES, 'en', 'Serena').names).toEqual(['Daniel', 'Serena']);
  });

  it('have no automatic voice for a language nobody speaks here', () => {
    expect(voiceChoices(VOICES, 'fi', undefined)).toEqual({ automatic: null, names: [] });
  });

  it('offer Swedish and English, and every language chosen before', () => {
    expect(voiceLanguages({})).toEqual(['sv', 'en']);
    expect(voiceLanguages({ fi: 'Satu', sv: 'Alva' })).toEqual(['sv', 'en', 'fi']);
  });
});
