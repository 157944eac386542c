import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  updateSettings,
  type ParsedSettings,
  type Settings,
  type SettingsChange,
} from '../core/settings/settings';

/**
 * Settings in the extension's own storage (pages cannot read it). Content scripts, the popup and the
 * options page all read and write through here; changes made in one tab reach the others.
 */
const KEY = 'settings';

/** The stored settings and what had to be repaired in them (the options page says so). */
export async function loadStoredSettings(): Promise<ParsedSettings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    const parsed = parseSettings(stored[KEY]);
    if (parsed.problems.length) console.warn('Lyssna: stored settings repaired:', parsed.problems);
    return parsed;
  } catch {
    return parseSettings(undefined); // storage unavailable: defaults, nothing lost
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await loadStoredSettings()).settings;
}

/**
 * Writes in this context happen one after another: each change reads what the one before it wrote, so
 * two quick changes (the speed, then the theme) cannot overwrite each other.
 */
let writing: Promise<unknown> = Promise.resolve();

export function changeSettings(change: SettingsChange): Promise<Settings> {
  const next = writing.then(async () => {
    const settings = updateSettings(await loadSettings(), change);
    await browser.storage.local.set({ [KEY]: settings });
    return settings;
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Back to the defaults, voices included ("Återställ standard"). */
export function resetSettings(): Promise<Settings> {
  const next = writing.then(async () => {
    const settings = parseSettings(DEFAULT_SETTINGS).settings;
    await browser.storage.local.set({ [KEY]: settings });
    return settings;
  });
  writing = next.catch(() => undefined);
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(parseSettings(changes[KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
