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

/** Why Lyssna cannot read aloud on this machine: the browser's speech is off, or it has no Swedish voice. */
export type KioskVoiceProblem = 'speech-off' | 'no-swedish-voice';

/**
 * Kiosk start-up check for staff: what keeps Lyssna from reading aloud here, found at once (speech
 * turned off) or when no Swedish voice arrives within the wait, so that the control says so before a
 * visitor presses it. Null when it can read, or when the player went away meanwhile.
 */
export async function kioskVoiceProblem(
  engine: SpeechEngine,
  signal: AbortSignal,
  waitMs = 8000,
): Promise<KioskVoiceProblem | null> {
  if (engine.speechOff) return signal.aborted ? null : 'speech-off';
  const voices = await voicesWithin(engine, waitMs);
  if (signal.aborted) return null;
  return voices.some((voice) => speaksLanguage(voice, 'sv')) ? null : 'no-swedish-voice';
}
