import type { SpeechEngine } from '../speech/engine';
import { sharedWorld } from './shared-world';

/**
 * A speech engine made when the user showed intent, before the player is there (Firefox, see
 * speech-engine.ts), kept in the world our scripts share on the page for the player to take. Firefox lists
 * a tab's voices only once something asks, 25-45 ms later; and the engine's table of them (13,362 with
 * speech-dispatcher) costs 25 ms. Made on intent, both happen in idle time while the player is being
 * injected (50-90 ms), instead of at the first sentence.
 */
const PREPARED = Symbol.for('lyssna.prepared-engine');

/** Makes the engine once per page, however often intent is shown. */
export function prepareEngine(make: () => SpeechEngine): void {
  sharedWorld()[PREPARED] ??= make();
}

/** The prepared engine, once: whoever takes it owns it. */
export function takePreparedEngine(): SpeechEngine | undefined {
  const engine = sharedWorld()[PREPARED] as SpeechEngine | undefined;
  delete sharedWorld()[PREPARED];
  return engine;
}
