import { READER_FONTS, READER_THEMES } from './settings';
import { normaliseDomain } from '../detect/domain';

/**
 * Settings a library or an IT department sets through the browser's policies (Chrome's
 * `3rdparty.extensions.<id>`, Firefox's `3rdparty.Extensions.<id>` or a managed-storage manifest).
 * Chrome checks values against `managed_schema.json` (built from POLICY_SCHEMA below); Firefox checks
 * nothing, so every value is checked here too. An invalid value is ignored with a note for staff;
 * the rest of the policy still applies.
 */

/** The visitor-facing settings a policy can set a default for and lock. */
export const LOCKABLE = ['voice', 'rate', 'volume', 'textSize', 'theme', 'font', 'startView'] as const;
export type Lockable = (typeof LOCKABLE)[number];

export const START_VIEWS = ['original', 'lattlast'] as const;
export type StartView = (typeof START_VIEWS)[number];

export interface Policy {
  /** Public computer: large simplified controls, high contrast, idle reset, no options. */
  kioskMode: boolean;
  /** A voice name ("Alva") or a language tag ("sv-FI") for Swedish text. */
  voice: string | null;
  rate: number | null;
  volume: number | null;
  textSize: number | null;
  theme: (typeof READER_THEMES)[number] | null;
  font: (typeof READER_FONTS)[number] | null;
  /** What the reader shows first: the article as written, or Lättläst. */
  startView: StartView | null;
  /** Settings a visitor may not change. */
  locked: Lockable[];
  /** Minutes without use before a kiosk returns to its starting state; 0 never. */
  idleMinutes: number;
  /** Host names treated as public sector besides the built-in registry ("bibliotek.example.se"). */
  extraDomains: string[];
  /** Open the reading panel by itself on detected article pages (it never starts speaking by itself). */
  autoOpenPanel: boolean;
}

/** The shortest idle time a policy may set (a value between 0 and this is ignored). */
export const MIN_IDLE_MINUTES = 0.5;

/** Minutes a kiosk waits when the policy does not say. */
export const KIOSK_IDLE_MINUTES = 3;

export const NO_POLICY: Readonly<Policy> = Object.freeze({
  kioskMode: false,
  voice: null,
  rate: null,
  volume: null,
  textSize: null,
  theme: null,
  font: null,
  startView: null,
  locked: [],
  idleMinutes: 0,
  extraDomains: [],
  autoOpenPanel: true,
});

/**
 * The schema Chrome reads (`storage.managed_schema`): a subset of JSON Schema, so enums and ranges are
 * checked again below. Written once, here; the build writes it to managed_schema.json.
 */
export const POLICY_SCHEMA = {
  type: 'object',
  properties: {
    kioskMode: { title: 'Kiosk mode', description: 'Large simplified controls, idle reset.', type: 'boolean' },
    voice: { title: 'Voice', description: 'Voice name, or language tag such as sv-SE.', type: 'string' },
    rate: { title: 'Speed', description: '0.5 to 3; 1 is the voice’s normal pace.', type: 'number' },
    volume: { title: 'Volume', description: '0 to 1.', type: 'number' },
    textSize: { title: 'Text size', description: 'Percent, 100 to 400.', type: 'integer' },
    theme: { title: 'Theme', type: 'string', enum: [...READER_THEMES] },
    font: { title: 'Font', type: 'string', enum: [...READER_FONTS] },
    startView: { title: 'Starting view', type: 'string', enum: [...START_VIEWS] },
    locked: {
      title: 'Locked settings',
      description: 'Settings a visitor may not change.',
      type: 'array',
      items: { type: 'string', enum: [...LOCKABLE] },
    },
    idleMinutes: { title: 'Idle reset', description: 'Minutes without use; 0 never.', type: 'number' },
    extraDomains: {
      title: 'Extra public-sector domains',
      description: 'Host names such as bibliotek.example.se.',
      type: 'array',
      items: { type: 'string' },
    },
    autoOpenPanel: { title: 'Open the panel on article pages', type: 'boolean' },
  },
} as const;

export type PolicyKey = keyof typeof POLICY_SCHEMA.properties;

export interface ParsedPolicy {
  policy: Policy;
  /** One line per ignored value, for staff on the options page. */
  notes: string[];
  /** True when any policy value was given at all (the extension is managed). */
  managed: boolean;
}

const RANGES: Partial<Record<PolicyKey, [number, number]>> = {
  rate: [0.5, 3],
  volume: [0, 1],
  textSize: [100, 400],
  // 0 (never), or half a minute to a day: see MIN_IDLE_MINUTES.
  idleMinutes: [0, 1440],
};
const CHOICES: Partial<Record<PolicyKey, readonly string[]>> = {
  theme: READER_THEMES,
  font: READER_FONTS,
  startView: START_VIEWS,
};

/** A voice name (any text) or a BCP 47-like language tag; control characters are never a name. */
const VOICE = /^[^\p{Cc}]{1,200}$/u;

export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy: Policy = { ...NO_POLICY, locked: [], extraDomains: [] };
  const notes: string[] = [];
  if (raw === undefined || raw === null) return { policy, notes, managed: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, notes: ['The policy is not an object of settings; it was ignored.'], managed: true };
  }
  const values = raw as Record<string, unknown>;
  const ignore = (key: string, why: string) =>
    notes.push(`${key}: ${JSON.stringify(values[key])} was ignored (${why}).`);

  for (const key of Object.keys(values)) {
    if (!(key in POLICY_SCHEMA.properties)) notes.push(`${key}: not a Lyssna setting; ignored.`);
  }
  for (const key of ['kioskMode', 'autoOpenPanel'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') policy[key] = value;
    else ignore(key, 'expected true or false');
  }
  for (const [key, [min, max]] of Object.entries(RANGES) as Array<[PolicyKey, [number, number]]>) {
    const value = values[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      (policy as unknown as Record<string, unknown>)[key] = value;
    } else ignore(key, `expected a number from ${min} to ${max}`);
  }
  for (const [key, allowed] of Object.entries(CHOICES) as Array<[PolicyKey, readonly string[]]>) {
    const value = values[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && allowed.includes(value)) {
      (policy as unknown as Record<string, unknown>)[key] = value;
    } else ignore(key, `expected one of ${allowed.join(', ')}`);
  }
  if (values['voice'] !== undefined) {
    const voice = values['voice'];
    if (typeof voice === 'string' && VOICE.test(voice.trim())) policy.voice = voice.trim();
    else ignore('voice', 'expected a voice name or a language tag such as sv-SE');
  }
  if (values['locked'] !== undefined) {
    const locked = values['locked'];
    if (Array.isArray(locked)) {
      for (const item of locked) {
        if ((LOCKABLE as readonly unknown[]).includes(item)) {
          if (!policy.locked.includes(item as Lockable)) policy.locked.push(item as Lockable);
        } else notes.push(`locked: ${JSON.stringify(item)} is not a setting that can be locked; ignored.`);
      }
    } else ignore('locked', `expected a list of: ${LOCKABLE.join(', ')}`);
  }
  if (values['extraDomains'] !== undefined) {
    const domains = values['extraDomains'];
    if (Array.isArray(domains)) {
      for (const item of domains) {
        const host = typeof item === 'string' ? normaliseDomain(item) : null;
        if (host) {
          if (!policy.extraDomains.includes(host)) policy.extraDomains.push(host);
        } else notes.push(`extraDomains: ${JSON.stringify(item)} is not a host name; ignored.`);
      }
    } else ignore('extraDomains', 'expected a list of host names');
  }
  // Shorter than half a minute could fall between two "still listening" reports (and Chrome fires no
  // alarm sooner than 30 s in an installed extension).
  if (policy.idleMinutes > 0 && policy.idleMinutes < MIN_IDLE_MINUTES) {
    ignore('idleMinutes', `expected 0 (never) or at least ${MIN_IDLE_MINUTES}`);
    policy.idleMinutes = 0;
  }
  // A kiosk always returns to its starting state; a policy that does not say when (or says it wrongly)
  // gets a sensible time.
  if (policy.kioskMode && policy.idleMinutes !== values['idleMinutes']) policy.idleMinutes = KIOSK_IDLE_MINUTES;
  return { policy, notes, managed: true };
}

export function isLocked(policy: Policy, key: Lockable): boolean {
  return policy.locked.includes(key);
}
