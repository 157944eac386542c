import type { ReaderSettings } from '../../core/config/settings';
import type { Messages } from '../i18n';

/**
 * What the options page tells the user about stored settings that had to be repaired (parseSettings'
 * `problems`): the names of the settings that fell back to their defaults, or null when nothing was lost.
 * Settings from a newer version are not a loss (their known fields are kept), so they are not reported.
 */
export function repairedSettingNames(problems: readonly string[], t: Messages): string[] | null {
  const names = new Set<string>();
  let repaired = false;
  for (const problem of problems) {
    if (/^settings from a newer version/.test(problem)) continue;
    repaired = true;
    const key = problem.split(':')[0] ?? '';
    const name = labelOf(key.startsWith('voices') ? 'voices' : key, t);
    if (name) names.add(name);
  }
  return repaired ? [...names] : null;
}

function labelOf(key: string, t: Messages): string | null {
  if (key === 'rate') return t.speed;
  if (key === 'volume') return t.volume;
  if (key === 'voices') return t.voicesHeading;
  if (key === 'reader') return t.readerSettingsLabel;
  const reader = /^reader\.(\w+)$/.exec(key)?.[1] as keyof ReaderSettings | undefined;
  const labels: Record<keyof ReaderSettings, string> = {
    textSize: t.textSize,
    lineSpacing: t.lineSpacing,
    letterSpacing: t.letterSpacing,
    wordSpacing: t.wordSpacing,
    lineWidth: t.lineWidth,
    font: t.font,
    theme: t.theme,
    lineFocus: t.lineFocus,
  };
  return reader ? (labels[reader] ?? null) : null;
}
