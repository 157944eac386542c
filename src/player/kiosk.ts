import { isLocked, type Policy } from '../core/config/policy';
import type { ReaderSettings } from '../core/config/settings';
import type { SpeechEngine } from '../speech/engine';
import { speaksLanguage } from '../speech/voice-choice';
import { voicesWithin } from '../speech/voices-within';

/** What staff policy means for the player's parts: which controls are locked, and the voice check. */

/** The control's view of the policy: kiosk layout, and the settings a visitor may not change there. */
export function controlPolicy(policy: Policy) {
  const locked = (key: Policy['locked'][number]) => isLocked(policy, key);
  return {
    kiosk: policy.kioskMode,
    locked: { rate: locked('rate'), volume: locked('volume'), voice: locked('voice'), textSize: locked('textSize') },
  };
}

/** The reader's look that staff locked. */
export function lockedReaderSettings(policy: Policy): Set<keyof ReaderSettings> {
  const keys = ['textSize', 'theme', 'font'] as const;
  return new Set(keys.filter((key) => isLocked(policy, key)));
}

/**
 * Kiosk start-up check for staff: true when no Swedish voice arrives within the wait, so Lyssna cannot
 * work on this machine and the control should say so at once (not only when a visitor presses it).
 */
export async function lacksSwedishVoice(engine: SpeechEngine, signal: AbortSignal, waitMs = 8000): Promise<boolean> {
  const voices = await voicesWithin(engine, waitMs);
  return !signal.aborted && !voices.some((voice) => speaksLanguage(voice, 'sv'));
}
