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
