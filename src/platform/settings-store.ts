import { browser } from 'wxt/browser';
import { parseSettings, updateSettings, type Settings, type SettingsChange } from '../core/settings/settings';

/**
 * Settings in the extension's own storage (pages cannot read it). Content scripts, the popup and the
 * options page all read and write through here; changes made in one tab reach the others.
 */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    const { settings, problems } = parseSettings(stored[KEY]);
    if (problems.length) console.warn('Lyssna: stored settings repaired:', problems);
    return settings;
  } catch {
    return parseSettings(undefined).settings; // storage unavailable: defaults, nothing lost
  }
}

export async function changeSettings(change: SettingsChange): Promise<Settings> {
  const next = updateSettings(await loadSettings(), change);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(parseSettings(changes[KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
