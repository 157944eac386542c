import { describe, expect, it } from 'vitest';
import { allowedChange, effectiveSettings, policyDefaults } from '../../../src/core/config/merge';
import { KIOSK_IDLE_MINUTES, LOCKABLE, NO_POLICY, parsePolicy, POLICY_SCHEMA } from '../../../src/core/config/policy';
import { DEFAULT_SETTINGS, parseSettings, storedAfterChange } from '../../../src/core/config/settings';

describe('a managed policy', () => {
  it('is absent when the browser has none: nothing changes, nothing to tell staff', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: NO_POLICY, notes: [], managed: false });
    expect(effectiveSettings(undefined, NO_POLICY).settings).toEqual(parseSettings(undefined).settings);
  });

  it('takes every valid value a library would set', () => {
    const { policy, notes } = parsePolicy({
      kioskMode: true,
      voice: 'sv-FI',
      rate: 0.9,
      volume: 0.8,
      textSize: 150,
      theme: 'dark',
      font: 'atkinson',
      startView: 'lattlast',
      locked: ['rate', 'theme'],
      idleMinutes: 5,
      extraDomains: ['https://Bibliotek.Example.se/start', '*.kulturhuset.se'],
      autoOpenPanel: false,
    });
    expect(notes).toEqual([]);
    expect(policy).toEqual({
      kioskMode: true,
      voice: 'sv-FI',
      rate: 0.9,
      volume: 0.8,
      textSize: 150,
      theme: 'dark',
      font: 'atkinson',
      startView: 'lattlast',
      locked: ['rate', 'theme'],
      idleMinutes: 5,
      extraDomains: ['bibliotek.example.se', 'kulturhuset.se'],
      autoOpenPanel: false,
    });
  });

  it('ignores each invalid value with a note naming it, and keeps the valid ones', () => {
    const { policy, notes } = parsePolicy({
      kioskMode: 'yes',
      rate: 7,
      theme: 'purple',
      textSize: 150,
      locked: ['rate', 'password'],
      extraDomains: ['not a host', 'umea.se'],
      idleMinutes: -1,
      colour: 'red',
    });
    expect(policy.kioskMode).toBe(false);
    expect(policy.rate).toBeNull();
    expect(policy.theme).toBeNull();
    expect(policy.textSize).toBe(150);
    expect(policy.locked).toEqual(['rate']);
    expect(policy.extraDomains).toEqual(['umea.se']);
    expect(policy.idleMinutes).toBe(0);
    expect(notes.join('\n')).toMatch(/kioskMode: "yes" was ignored/);
    expect(notes.join('\n')).toMatch(/rate: 7 was ignored \(expected a number from 0.5 to 3\)/);
    expect(notes.join('\n')).toMatch(/theme: "purple" was ignored/);
    expect(notes.join('\n')).toMatch(/locked: "password" is not a setting/);
    expect(notes.join('\n')).toMatch(/extraDomains: "not a host"/);
    expect(notes.join('\n')).toMatch(/idleMinutes: -1/);
    expect(notes.join('\n')).toMatch(/colour: not a Lyssna setting/);
    expect(notes).toHaveLength(7);
  });

  it('is ignored whole, with a note, when it is not an object', () => {
    const { policy, notes, managed } = parsePolicy(['kioskMode']);
    expect(policy).toEqual(NO_POLICY);
    expect(notes).toHaveLength(1);
    expect(managed).toBe(true);
  });

  it('refuses an idle time too short to tell a listener from nobody (under half a minute), with a note', () => {
    const { policy, notes } = parsePolicy({ kioskMode: true, idleMinutes: 0.1 });
    expect(policy.idleMinutes).toBe(3); // the kiosk's default, not "never"
    expect(notes).toEqual(['idleMinutes: 0.1 was ignored (expected 0 (never) or at least 0.5).']);
    expect(parsePolicy({ kioskMode: true, idleMinutes: 0.5 }).policy.idleMinutes).toBe(0.5);
  });

  it('gives a kiosk an idle reset even when it does not name one, and never one it turned off', () => {
    expect(parsePolicy({ kioskMode: true }).policy.idleMinutes).toBe(KIOSK_IDLE_MINUTES);
    expect(parsePolicy({ kioskMode: true, idleMinutes: 0 }).policy.idleMinutes).toBe(0);
    expect(parsePolicy({ idleMinutes: 2 }).policy.idleMinutes).toBe(2);
  });

  it('has a schema for Chrome that names exactly the settings the parser reads', () => {
    const keys = Object.keys(POLICY_SCHEMA.properties).sort();
    const all = parsePolicy(Object.fromEntries(keys.map((k) => [k, undefined])));
    expect(all.notes).toEqual([]);
    expect(keys).toEqual(
      [
        'autoOpenPanel',
        'extraDomains',
        'font',
        'idleMinutes',
        'kioskMode',
        'locked',
        'rate',
        'startView',
        'textSize',
        'theme',
        'voice',
        'volume',
      ].sort(),
    );
    expect(POLICY_SCHEMA.properties.locked.items.enum).toEqual([...LOCKABLE]);
  });
});

describe('settings under a policy', () => {
  const policy = parsePolicy({ rate: 0.8, textSize: 200, voice: 'Alva', locked: ['rate', 'textSize'] }).policy;

  it('start from the policy’s values', () => {
    const { settings } = effectiveSettings(undefined, policy);
    expect(settings.rate).toBe(0.8);
    expect(settings.reader.textSize).toBe(200);
    expect(settings.voices).toEqual({ sv: 'Alva' });
    expect(settings.volume).toBe(DEFAULT_SETTINGS.volume);
  });

  it('keep a visitor’s own choice of what is not locked, and the policy’s value of what is', () => {
    const stored = {
      version: 1,
      rate: 2,
      volume: 0.3,
      voices: { sv: 'Klara' },
      reader: { textSize: 300, theme: 'dark' },
    };
    const { settings } = effectiveSettings(stored, policy);
    expect(settings.rate).toBe(0.8); // locked
    expect(settings.reader.textSize).toBe(200); // locked
    expect(settings.volume).toBe(0.3);
    expect(settings.voices).toEqual({ sv: 'Klara' }); // the voice is a default, not locked
    expect(settings.reader.theme).toBe('dark');
  });

  it('lock a voice for every language when the voice is locked', () => {
    const locked = parsePolicy({ voice: 'Alva', locked: ['voice'] }).policy;
    const { settings } = effectiveSettings({ version: 1, voices: { sv: 'Klara', en: 'Daniel' } }, locked);
    expect(settings.voices).toEqual({ sv: 'Alva' });
  });

  it('follow a changed policy default where the visitor never chose', () => {
    const stored = storedAfterChange(undefined, { volume: 0.5 });
    expect(stored).toEqual({ version: 1, volume: 0.5 });
    const later = parsePolicy({ rate: 1.5 }).policy;
    expect(effectiveSettings(stored, later).settings.rate).toBe(1.5);
    expect(effectiveSettings(stored, later).settings.volume).toBe(0.5);
  });

  it('put a kiosk in high contrast unless the policy chooses a theme', () => {
    expect(policyDefaults(parsePolicy({ kioskMode: true }).policy).reader.theme).toBe('contrast');
    expect(policyDefaults(parsePolicy({ kioskMode: true, theme: 'cream' }).policy).reader.theme).toBe('cream');
    expect(policyDefaults(NO_POLICY).reader.theme).toBe('light');
  });

  it('drop a visitor’s change to a locked setting and keep the rest of it', () => {
    expect(allowedChange({ rate: 2, volume: 0.5 }, policy)).toEqual({ volume: 0.5 });
    expect(allowedChange({ reader: { textSize: 300, font: 'opendyslexic' } }, policy)).toEqual({
      reader: { font: 'opendyslexic' },
    });
    expect(allowedChange({ rate: 2 }, policy)).toBeNull();
    expect(allowedChange({ reader: { textSize: 300 } }, policy)).toBeNull();
  });
});

describe('what is stored after a change', () => {
  it('is only what the user set, each value valid', () => {
    let stored: unknown = undefined;
    stored = storedAfterChange(stored, { rate: 1.5 });
    stored = storedAfterChange(stored, { reader: { theme: 'dark' } });
    stored = storedAfterChange(stored, { reader: { textSize: 9000 } }); // out of range: not kept
    expect(stored).toEqual({ version: 1, rate: 1.5, reader: { theme: 'dark' } });
  });

  it('carries settings of an older version forward', () => {
    expect(storedAfterChange({ voice: 'Alva', rate: 2 }, { volume: 0.5 })).toEqual({
      version: 1,
      rate: 2,
      volume: 0.5,
      voices: { sv: 'Alva' },
    });
  });
});
