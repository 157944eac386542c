import type { Lockable, Policy } from '../../core/config/policy';
import type { Messages } from '../i18n';

/**
 * What the organisation's policy means, in words, for the options page (staff check here that their
 * policy took effect), and which of the page's controls it locks (by `data-setting` key).
 */
export interface PolicySummary {
  lines: string[];
  /** `data-setting` keys (or key prefixes) to disable. */
  locked: string[];
}

const CONTROL_KEYS: Record<Lockable, string | null> = {
  voice: 'voices',
  rate: 'rate',
  volume: 'volume',
  textSize: 'reader.textSize',
  theme: 'reader.theme',
  font: 'reader.font',
  startView: null, // not a control on this page
};

export function summarisePolicy(policy: Policy, t: Messages): PolicySummary {
  const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(t.locale, { style: 'percent' });
  const lines: string[] = [];
  if (policy.kioskMode) {
    lines.push(t.policyKiosk(policy.idleMinutes > 0 ? number.format(policy.idleMinutes) : null), t.kioskOptionsLocked);
  }
  const defaults: string[] = [];
  if (policy.voice) defaults.push(t.policyVoice(policy.voice));
  if (policy.rate !== null) defaults.push(`${t.speed.toLocaleLowerCase(t.locale)} ${number.format(policy.rate)}×`);
  if (policy.volume !== null) defaults.push(`${t.volume.toLocaleLowerCase(t.locale)} ${percent.format(policy.volume)}`);
  if (policy.textSize !== null) {
    defaults.push(`${t.textSize.toLocaleLowerCase(t.locale)} ${percent.format(policy.textSize / 100)}`);
  }
  if (policy.theme) defaults.push(`${t.theme.toLocaleLowerCase(t.locale)}: ${t.themes[policy.theme]}`);
  if (policy.font) defaults.push(`${t.font.toLocaleLowerCase(t.locale)}: ${t.fonts[policy.font]}`);
  if (policy.startView) defaults.push(t.policyStartView[policy.startView]);
  if (defaults.length) lines.push(t.policyDefaults(defaults.join(', ')));
  const names: Record<Lockable, string> = {
    voice: t.voiceLabel,
    rate: t.speed,
    volume: t.volume,
    textSize: t.textSize,
    theme: t.theme,
    font: t.font,
    startView: t.policyStartViewName,
  };
  if (policy.locked.length) {
    lines.push(t.policyLocked(policy.locked.map((key) => names[key].toLocaleLowerCase(t.locale)).join(', ')));
  }
  if (!policy.autoOpenPanel) lines.push(t.policyNoPanel);
  if (policy.extraDomains.length) lines.push(t.policyExtraSites(policy.extraDomains.join(', ')));

  // A kiosk's settings are the visitors' business, through the panel: nothing changes here.
  const locked = policy.kioskMode
    ? ['rate', 'volume', 'voices', 'reader', 'reset']
    : policy.locked.map((key) => CONTROL_KEYS[key]).filter((key): key is string => key !== null);
  return { lines, locked };
}
