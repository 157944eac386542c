import { DEFAULT_SETTINGS, parseSettings, type ParsedSettings, type Settings, type SettingsChange } from './settings';
import { isLocked, type Lockable, type Policy } from './policy';

/**
 * How a policy shapes the settings a visitor gets:
 * - its values are the defaults: a field the visitor never set follows the policy;
 * - a locked field always has the policy's value (or the built-in default when the policy names none),
 *   whatever is stored, and a visitor's change to it is dropped;
 * - a kiosk starts in high contrast unless the policy chooses a theme.
 */

/** The settings a visitor starts from (and a kiosk returns to when idle). */
export function policyDefaults(policy: Policy): Settings {
  const reader = { ...DEFAULT_SETTINGS.reader };
  if (policy.textSize !== null) reader.textSize = policy.textSize;
  if (policy.font !== null) reader.font = policy.font;
  reader.theme = policy.theme ?? (policy.kioskMode ? 'contrast' : reader.theme);
  return {
    ...DEFAULT_SETTINGS,
    rate: policy.rate ?? DEFAULT_SETTINGS.rate,
    volume: policy.volume ?? DEFAULT_SETTINGS.volume,
    // The voice is for Swedish text: a name, or a language tag such as sv-FI (see chooseVoice).
    voices: policy.voice ? { sv: policy.voice } : {},
    reader,
  };
}

/** The stored settings seen through the policy. */
export function effectiveSettings(stored: unknown, policy: Policy): ParsedSettings {
  const base = policyDefaults(policy);
  const parsed = parseSettings(stored, base);
  return { settings: lockTo(parsed.settings, base, policy), problems: parsed.problems };
}

function lockTo(settings: Settings, base: Settings, policy: Policy): Settings {
  const out: Settings = { ...settings, voices: { ...settings.voices }, reader: { ...settings.reader } };
  for (const key of policy.locked) {
    switch (key) {
      case 'rate':
      case 'volume':
        out[key] = base[key];
        break;
      case 'voice':
        out.voices = { ...base.voices }; // every language: the visitor picks no voice
        break;
      case 'textSize':
      case 'theme':
      case 'font':
        (out.reader as unknown as Record<string, unknown>)[key] = base.reader[key];
        break;
      case 'startView':
        break; // not a stored setting: the reader asks the policy
    }
  }
  return out;
}

/** A visitor's change without the parts the policy locks; null when nothing is left to save. */
export function allowedChange(change: SettingsChange, policy: Policy): SettingsChange | null {
  const out: SettingsChange = { ...change, reader: change.reader && { ...change.reader } };
  const locked = (key: Lockable) => isLocked(policy, key);
  if (locked('rate')) delete out.rate;
  if (locked('volume')) delete out.volume;
  if (locked('voice')) delete out.voices;
  if (out.reader) {
    for (const key of ['textSize', 'theme', 'font'] as const) if (locked(key)) delete out.reader[key];
    if (Object.keys(out.reader).length === 0) delete out.reader;
  } else delete out.reader;
  return Object.keys(out).length > 0 ? out : null;
}
