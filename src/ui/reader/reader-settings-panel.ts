import {
  LINE_FOCUS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  type ReaderSettings,
} from '../../core/config/settings';
import type { Messages } from '../i18n';
import { labelledField } from '../field';

/** The steps each spacing setting offers, from normal to widest (labels: Messages.spacingLevels). */
export const SPACING_STEPS = {
  lineSpacing: [1.6, 1.8, 2, 2.4, 2.8],
  letterSpacing: [0, 0.05, 0.12, 0.2, 0.3],
  wordSpacing: [0, 0.16, 0.3, 0.5, 0.8],
} as const;
export const TEXT_SIZES = [100, 125, 150, 175, 200, 250, 300, 350, 400] as const;

type Option = { value: string; label: string };

/**
 * The reader's "Utseende" panel: one labelled <select> per setting (keyboard operable as the browser
 * makes them), reporting each change the user makes. Shows the closest step to a stored value.
 */
export class ReaderSettingsPanel {
  readonly element: HTMLElement;
  private readonly selects = new Map<keyof ReaderSettings, HTMLSelectElement>();

  constructor(
    private readonly doc: Document,
    t: Messages,
    private readonly change: (change: Partial<ReaderSettings>) => void,
  ) {
    this.element = doc.createElement('div');
    this.element.className = 'panel';
    this.element.id = 'lyssna-reader-panel';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-labelledby', 'lyssna-reader-panel-title');
    this.element.hidden = true;
    const title = doc.createElement('h2');
    title.id = 'lyssna-reader-panel-title';
    title.textContent = t.readerSettingsLabel;
    this.element.append(title);

    const percent = new Intl.NumberFormat(t.locale, { style: 'percent' });
    const steps = (values: readonly number[]): Option[] =>
      values.map((v, i) => ({ value: String(v), label: t.spacingLevels[i] ?? String(v) }));
    this.add(
      'theme',
      t.theme,
      READER_THEMES.map((v) => ({ value: v, label: t.themes[v] })),
    );
    this.add(
      'textSize',
      t.textSize,
      TEXT_SIZES.map((v) => ({ value: String(v), label: percent.format(v / 100) })),
    );
    this.add(
      'font',
      t.font,
      READER_FONTS.map((v) => ({ value: v, label: t.fonts[v] })),
    );
    this.add('lineSpacing', t.lineSpacing, steps(SPACING_STEPS.lineSpacing));
    this.add('letterSpacing', t.letterSpacing, steps(SPACING_STEPS.letterSpacing));
    this.add('wordSpacing', t.wordSpacing, steps(SPACING_STEPS.wordSpacing));
    this.add(
      'lineWidth',
      t.lineWidth,
      READER_WIDTHS.map((v) => ({ value: v, label: t.widths[v] })),
    );
    this.add(
      'lineFocus',
      t.lineFocus,
      LINE_FOCUS.map((v) => ({ value: String(v), label: v === 0 ? t.lineFocusOff : t.lines(v) })),
    );
  }

  /** Shows the settings in force. */
  show(settings: ReaderSettings): void {
    for (const [key, select] of this.selects) {
      const value = settings[key];
      if (typeof value === 'number') {
        const options = Array.from(select.options, (o) => Number(o.value));
        select.value = String(options.reduce((best, o) => (Math.abs(o - value) < Math.abs(best - value) ? o : best)));
      } else select.value = value;
    }
  }

  /** Settings staff locked (kiosk policy): shown, not changeable, and saying why. */
  setLocked(locked: ReadonlySet<keyof ReaderSettings>, why: string): void {
    for (const [key, select] of this.selects) {
      select.disabled = locked.has(key);
      if (select.disabled) select.title = why;
      else select.removeAttribute('title');
    }
  }

  private add(key: keyof ReaderSettings, label: string, options: Option[]) {
    const select = this.doc.createElement('select');
    select.id = `lyssna-reader-${key}`;
    select.dataset.setting = `reader.${key}`;
    for (const { value, label: text } of options) {
      const option = this.doc.createElement('option');
      option.value = value;
      option.textContent = text;
      select.append(option);
    }
    select.addEventListener('change', (event) => {
      if (!event.isTrusted) return;
      const numeric = typeof options[0] !== 'undefined' && /^[\d.]+$/.test(options[0].value);
      this.change({ [key]: numeric ? Number(select.value) : select.value } as Partial<ReaderSettings>);
    });
    this.selects.set(key, select);
    this.element.append(labelledField(this.doc, label, select));
  }
}
