/**
 * The user's settings, as stored. Stored data is never trusted: each field is checked on its own, so a
 * corrupt or out-of-range value falls back to its default without losing the others, and settings
 * written by an older version are carried forward.
 */

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Speaking rate, 0.5–3 (1 is the voice's normal pace). */
  rate: number;
  /** 0–1. */
  volume: number;
  /** The voice the user chose per language ("sv" → "Alva"). */
  voices: Record<string, string>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  rate: 1,
  volume: 1,
  voices: Object.freeze({}) as Record<string, string>,
});

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the stored value, for logs and the options page; empty when all was well. */
  problems: string[];
}

export function parseSettings(stored: unknown): ParsedSettings {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, voices: {} };
  if (stored === undefined || stored === null) return { settings, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, problems: ['stored settings were not an object; defaults used'] };
  }
  const raw = migrate(stored as Record<string, unknown>, problems);

  const number = (key: 'rate' | 'volume', min: number, max: number) => {
    const value = raw[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) settings[key] = value;
    else problems.push(`${key}: ${JSON.stringify(value)} is not between ${min} and ${max}; default used`);
  };
  number('rate', 0.5, 3);
  number('volume', 0, 1);

  if (raw['voices'] !== undefined) {
    if (typeof raw['voices'] === 'object' && raw['voices'] !== null && !Array.isArray(raw['voices'])) {
      for (const [lang, name] of Object.entries(raw['voices'] as Record<string, unknown>)) {
        if (/^[a-z]{2,3}$/.test(lang) && typeof name === 'string' && name.length > 0 && name.length < 200) {
          settings.voices[lang] = name;
        } else problems.push(`voices.${lang}: ignored`);
      }
    } else problems.push('voices: not a map of language to voice name; ignored');
  }
  return { settings, problems };
}

/** Earlier shapes, carried forward. Version 0 (before versions) kept one voice name for Swedish. */
function migrate(raw: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const version = raw['version'];
  if (version === SETTINGS_VERSION) return raw;
  if (version === undefined || version === 0) {
    const { voice, ...rest } = raw;
    return typeof voice === 'string' ? { ...rest, voices: { sv: voice, ...(rest['voices'] as object) } } : rest;
  }
  problems.push(`settings from a newer version (${String(version)}); known fields kept`);
  return raw;
}

/** Applies a change the user made, keeping the result valid. */
export function updateSettings(current: Settings, change: Partial<Omit<Settings, 'version'>>): Settings {
  const next = parseSettings({ ...current, ...change, voices: { ...current.voices, ...change.voices } }).settings;
  // A bad value in the change leaves the current one in place, not the default.
  for (const key of ['rate', 'volume'] as const) {
    if (change[key] !== undefined && next[key] !== change[key]) next[key] = current[key];
  }
  return next;
}
