import { browser } from 'wxt/browser';
import { allowedChange, effectiveSettings } from '../core/config/merge';
import type { ParsedPolicy, Policy } from '../core/config/policy';
import { storedAfterChange, type Settings, type SettingsChange } from '../core/config/settings';
import { inTurn } from './in-turn';
import { loadPolicy } from './policy-store';

/**
 * Settings in the extension's own storage (pages cannot read it), seen through the policy staff may
 * have set. Content scripts, the popup and the options page all read and write through here; changes
 * made in one tab, and policy changes, reach the others without a reload.
 */
const KEY = 'settings';

export interface SettingsState {
  settings: Settings;
  policy: Policy;
  /** What was wrong with the stored settings (repaired), for the options page. */
  problems: string[];
  /** Policy values that were ignored, for staff on the options page. */
  policyNotes: string[];
  /** True when any policy is set. */
  managed: boolean;
}

function stateOf(stored: unknown, parsed: ParsedPolicy): SettingsState {
  const { settings, problems } = effectiveSettings(stored, parsed.policy);
  return { settings, policy: parsed.policy, problems, policyNotes: parsed.notes, managed: parsed.managed };
}

async function readStored(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(KEY))[KEY];
  } catch {
    return undefined; // storage unavailable: defaults, nothing lost
  }
}

export async function loadState(): Promise<SettingsState> {
  const [stored, policy] = await Promise.all([readStored(), loadPolicy()]);
  const state = stateOf(stored, policy);
  if (state.problems.length) console.warn('Lyssna: stored settings repaired:', state.problems);
  return state;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadState()).settings;
}

/**
 * Writes in this context happen one after another: each change reads what the one before it wrote, so
 * two quick changes (the speed, then the theme) cannot overwrite each other.
 */
const write = inTurn();

/** Saves what the user changed, except what the policy locks. */
export function changeSettings(change: SettingsChange): Promise<Settings> {
  return write(async () => {
    const [stored, policy] = await Promise.all([readStored(), loadPolicy()]);
    const allowed = allowedChange(change, policy.policy);
    if (!allowed) return stateOf(stored, policy).settings;
    const next = storedAfterChange(stored, allowed);
    await browser.storage.local.set({ [KEY]: next });
    return stateOf(next, policy).settings;
  });
}

/**
 * Forgets everything the user (or a kiosk visitor) chose, voices included ("Återställ standard", idle
 * reset): the policy's defaults, or the built-in ones, apply again.
 */
export function resetSettings(): Promise<Settings> {
  return write(async () => {
    await browser.storage.local.remove(KEY);
    return (await loadState()).settings;
  });
}

/** Stored settings or the policy changed. */
export function onSettingsChanged(listener: (settings: Settings, state: SettingsState) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if ((area === 'local' && changes[KEY]) || area === 'managed') {
      void loadState().then((state) => listener(state.settings, state));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
