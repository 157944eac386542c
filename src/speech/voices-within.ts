import type { SpeechEngine, VoiceInfo } from './engine';

/**
 * The engine's voices once it has listed some, or what it has after `ms` (none, on a bare machine).
 * Voice lists arrive late (Firefox lists none until its first 'voiceschanged').
 */
export function voicesWithin(engine: SpeechEngine, ms: number): Promise<VoiceInfo[]> {
  return new Promise((resolve) => {
    if (engine.getVoices().length > 0) return resolve(engine.getVoices());
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve(engine.getVoices());
    };
    const timer = setTimeout(done, ms);
    const stop = engine.onVoicesChanged(() => {
      if (engine.getVoices().length > 0) done();
    });
  });
}

/**
 * Asks the browser for its voices without waiting for them. Firefox starts listing a tab's voices only
 * when something first asks, and they arrive 25-45 ms later (13,000 of them through speech-dispatcher):
 * asked when the user shows intent, they are there by the press (a press 300 ms after the pointer came
 * spoke after 69 ms instead of 117).
 */
export function askForVoices(synth: Pick<SpeechSynthesis, 'getVoices'> | undefined = globalThis.speechSynthesis): void {
  synth?.getVoices();
}
