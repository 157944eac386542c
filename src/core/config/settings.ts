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
  /** How the reader view (Läsläge) shows text. */
  reader: ReaderSettings;
}

export const READER_FONTS = ['system', 'atkinson', 'opendyslexic'] as const;
export const READER_THEMES = ['light', 'dark', 'cream', 'contrast'] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_FOCUS = [0, 1, 3, 5] as const;

export interface ReaderSettings {
  /** Text size in percent of the reader's normal size, 100–400. */
  textSize: number;
  /** Line height as a multiple of the text size, 1.2–3. */
  lineSpacing: number;
  /** Extra space between letters, in em, 0–0.35. */
  letterSpacing: number;
  /** Extra space between words, in em, 0–1. */
  wordSpacing: number;
  lineWidth: (typeof READER_WIDTHS)[number];
  font: (typeof READER_FONTS)[number];
  theme: (typeof READER_THEMES)[number];
  /** Lines left clear by the line-focus band; 0 is off. */
  lineFocus: (typeof LINE_FOCUS)[number];
}

export const DEFAULT_READER: Readonly<ReaderSettings> = Object.freeze({
  textSize: 100,
  lineSpacing: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  lineWidth: 'medium',
  font: 'system',
  theme: 'light',
  lineFocus: 0,
});

const READER_NUMBERS: Record<'textSize' | 'lineSpacing' | 'letterSpacing' | 'wordSpacing', [number, number]> = {
  textSize: [100, 400],
  lineSpacing: [1.2, 3],
  letterSpacing: [0, 0.35],
  wordSpacing: [0, 1],
};
const READER_CHOICES = {
  lineWidth: READER_WIDTHS,
  font: READER_FONTS,
  theme: READER_THEMES,
  lineFocus: LINE_FOCUS,
} as const;

/** Each reader field on its own: a bad one falls back to its default, the others are kept. */
export function parseReaderSettings(
  stored: unknown,
  problems: string[] = [],
  base: Readonly<ReaderSettings> = DEFAULT_READER,
): ReaderSettings {
  const reader: ReaderSettings = { ...base };
  if (stored === undefined) return reader;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    problems.push('reader: not an object; defaults used');
    return reader;
  }
  const raw = stored as Record<string, unknown>;
  for (const [key, [min, max]] of Object.entries(READER_NUMBERS) as Array<
    [keyof typeof READER_NUMBERS, [number, number]]
  >) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) reader[key] = value;
    else problems.push(`reader.${key}: ${JSON.stringify(value)} is not between ${min} and ${max}; default used`);
  }
  for (const [key, allowed] of Object.entries(READER_CHOICES) as Array<
    [keyof typeof READER_CHOICES, readonly unknown[]]
  >) {
    const value = raw[key];
    if (value === undefined) continue;
    if (allowed.includes(value)) (reader as unknown as Record<string, unknown>)[key] = value;
    else problems.push(`reader.${key}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}; default used`);
  }
  return reader;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  rate: 1,
  volume: 1,
  voices: Object.freeze({}) as Record<string, string>,
  reader: DEFAULT_READER,
});

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the stored value, for logs and the options page; empty when all was well. */
  problems: string[];
}

/**
 * `base` is what a field without a stored value gets: the built-in defaults, or a policy's defaults
 * (see core/config/merge.ts).
 */
export function parseSettings(stored: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): ParsedSettings {
  const problems: string[] = [];
  const settings: Settings = { ...base, voices: { ...base.voices }, reader: { ...base.reader } };
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
  settings.reader = parseReaderSettings(raw['reader'], problems, base.reader);
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

/**
 * A change the user made: any top-level field, and any part of the reader group. A voice given as ''
 * removes the choice for that language (the best voice is picked again).
 */
export type SettingsChange = Partial<Omit<Settings, 'version' | 'reader'>> & { reader?: Partial<ReaderSettings> };

/** Applies a change the user made, keeping the result valid. */
export function updateSettings(current: Settings, change: SettingsChange): Settings {
  const voices = { ...current.voices, ...change.voices };
  for (const [lang, name] of Object.entries(change.voices ?? {})) if (name === '') delete voices[lang];
  const next = parseSettings({
    ...current,
    ...change,
    voices,
    reader: { ...current.reader, ...change.reader },
  }).settings;
  // A bad value in the change leaves the current one in place, not the default.
  for (const key of ['rate', 'volume'] as const) {
    if (change[key] !== undefined && next[key] !== change[key]) next[key] = current[key];
  }
  for (const key of Object.keys(change.reader ?? {}) as Array<keyof ReaderSettings>) {
    if (key in DEFAULT_READER && next.reader[key] !== change.reader?.[key])
      (next.reader as unknown as Record<string, unknown>)[key] = current.reader[key];
  }
  return next;
}

/**
 * What to store after a change: only the fields the user has set, so that a field they never touched
 * follows the defaults (which a policy may set and later change). Each kept value is valid.
 */
export function storedAfterChange(stored: unknown, change: SettingsChange): Record<string, unknown> {
  const next = updateSettings(parseSettings(stored).settings, change);
  const raw =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? migrate({ ...(stored as Record<string, unknown>) }, [])
      : {};
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of ['rate', 'volume'] as const) {
    if (raw[key] !== undefined || (change[key] !== undefined && next[key] === change[key])) out[key] = next[key];
  }
  if (Object.keys(next.voices).length > 0) out['voices'] = next.voices;
  const rawReader = (typeof raw['reader'] === 'object' && raw['reader'] !== null ? raw['reader'] : {}) as Record<
    string,
    unknown
  >;
  const reader: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_READER) as Array<keyof ReaderSettings>) {
    const changed = change.reader?.[key];
    if (rawReader[key] !== undefined || (changed !== undefined && next.reader[key] === changed)) {
      reader[key] = next.reader[key];
    }
  }
  if (Object.keys(reader).length > 0) out['reader'] = reader;
  return out;
}
