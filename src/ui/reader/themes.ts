import type { ReaderSettings } from '../../core/config/settings';

/**
 * The reader's colour themes. Text, secondary text and links all keep a contrast of at least 7:1 (WCAG
 * AAA) against the background; tests/unit/reader/themes.test.ts checks it.
 */
export interface ReaderTheme {
  background: string;
  text: string;
  /** Dates and organisation under the title. */
  muted: string;
  link: string;
  /** Background of the toolbar and the settings panel. */
  panel: string;
  border: string;
  focus: string;
  /** The sentence being read, and the word (text on both is #000000). */
  sentence: string;
  word: string;
  /** What the line-focus band dims. */
  dim: string;
}

export const READER_THEME_COLOURS: Record<ReaderSettings['theme'], ReaderTheme> = {
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    muted: '#3d3d3d',
    link: '#0b4a8b',
    panel: '#f2f2f2',
    border: '#1b1b1b',
    focus: '#b3261e',
    sentence: '#ffd84d',
    word: '#f59e0b',
    dim: 'rgba(0, 0, 0, 0.6)',
  },
  dark: {
    background: '#121212',
    text: '#f2f2f2',
    muted: '#d6d6d6',
    link: '#9cc7ff',
    panel: '#1f1f1f',
    border: '#f2f2f2',
    focus: '#ffbf47',
    sentence: '#ffd84d',
    word: '#f59e0b',
    dim: 'rgba(0, 0, 0, 0.7)',
  },
  cream: {
    background: '#fbf3dc',
    text: '#2b2118',
    muted: '#45382a',
    link: '#0a3d6b',
    panel: '#f1e4bf',
    border: '#2b2118',
    focus: '#b3261e',
    sentence: '#ffd84d',
    word: '#f59e0b',
    dim: 'rgba(43, 33, 24, 0.6)',
  },
  contrast: {
    background: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    link: '#ffff00',
    panel: '#000000',
    border: '#ffffff',
    focus: '#00ffff',
    sentence: '#ffff00',
    word: '#00ffff',
    dim: 'rgba(0, 0, 0, 0.8)',
  },
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
