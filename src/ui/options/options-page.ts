import type { ReaderSettings, Settings, SettingsChange } from '../../core/config/settings';
import type { VoiceInfo } from '../../speech/engine';
import { RATES } from '../control';
import type { Messages, OperatingSystem, UiLanguage } from '../i18n';
import { ReaderFonts } from '../reader/fonts';
import { readerVariables } from '../reader/reader-styles';
import { ReaderSettingsPanel } from '../reader/reader-settings-panel';
import { showNumber } from '../number-select';
import { VoiceFields } from './voice-fields';
import { labelledField } from '../field';

export interface OptionsHandlers {
  change(change: SettingsChange): void;
  reset(): void;
  /** The extension URL of a bundled file (the reader's fonts, for the sample). */
  fontUrl?: (path: string) => string;
}

export interface ShortcutLine {
  name: string;
  /** The browser's description, for a command this page has no name for. */
  description: string;
  keys: string;
}

const VOLUMES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

/**
 * The options page: everything a user can set, each control labelled and addressable by its settings key
 * (`data-setting`), grouped under headings. The reader's look uses the reader's own "Utseende" panel, with
 * a sample text in the chosen look. Reports each change; shows what is stored.
 */
export class OptionsPage {
  /** Managed-policy notes (kiosk mode): empty and hidden here; see policy-notes.ts. */
  readonly policy: HTMLElement;
  private readonly repaired: HTMLElement;
  private readonly rate: HTMLSelectElement;
  private readonly volume: HTMLSelectElement;
  private readonly voices: VoiceFields;
  private readonly panel: ReaderSettingsPanel;
  private readonly sample: HTMLElement;
  private readonly fonts: ReaderFonts;
  private readonly resetStatus: HTMLElement;
  private readonly shortcuts: HTMLElement;
  private reader: ReaderSettings | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    ui: UiLanguage,
    os: OperatingSystem,
    private readonly handlers: OptionsHandlers,
  ) {
    this.fonts = new ReaderFonts(doc, handlers.fontUrl);
    const main = doc.createElement('main');
    main.className = 'options';
    const title = doc.createElement('h1');
    title.textContent = t.optionsTitle;
    this.repaired = doc.createElement('p');
    this.repaired.className = 'notice';
    this.repaired.id = 'repaired';

    // Filled by managed policy (issue 6, kiosk mode); nothing to show without one.
    this.policy = doc.createElement('section');
    this.policy.id = 'policy';
    this.policy.hidden = true;

    const number = (n: number) => new Intl.NumberFormat(t.locale).format(n);
    const percent = new Intl.NumberFormat(t.locale, { style: 'percent' });
    this.rate = this.select(
      'rate',
      RATES.map((r) => [String(r), `${number(r)}×`]),
      () => handlers.change({ rate: Number(this.rate.value) }),
    );
    this.volume = this.select(
      'volume',
      VOLUMES.map((v) => [String(v), percent.format(v)]),
      () => handlers.change({ volume: Number(this.volume.value) }),
    );
    const speech = this.fieldset(t.speechHeading, [
      labelledField(this.doc, t.speed, this.rate),
      labelledField(this.doc, t.volume, this.volume),
    ]);

    this.voices = new VoiceFields(doc, t, ui, os, (lang, name) => handlers.change({ voices: { [lang]: name } }));
    const voices = this.fieldset(t.voicesHeading, [this.voices.element]);

    this.panel = new ReaderSettingsPanel(doc, t, (change) => {
      if (this.reader) this.showReader({ ...this.reader, ...change });
      handlers.change({ reader: change });
    });
    this.panel.element.hidden = false;
    const sampleTitle = doc.createElement('h3');
    sampleTitle.id = 'sample-title';
    sampleTitle.textContent = t.sampleLabel;
    this.sample = doc.createElement('p');
    this.sample.className = 'sample';
    this.sample.lang = ui;
    this.sample.textContent = t.sampleText;
    const reader = doc.createElement('section');
    reader.className = 'reader-settings';
    reader.append(this.panel.element, sampleTitle, this.sample);

    const reset = doc.createElement('button');
    reset.type = 'button';
    reset.id = 'reset';
    reset.dataset.setting = 'reset'; // a kiosk policy disables it with the settings
    reset.textContent = t.reset;
    reset.addEventListener('click', () => {
      handlers.reset();
      this.resetStatus.textContent = t.resetDone;
    });
    this.resetStatus = doc.createElement('p');
    this.resetStatus.setAttribute('role', 'status');
    const resetRow = doc.createElement('div');
    resetRow.className = 'reset';
    resetRow.append(reset, this.resetStatus);

    this.shortcuts = doc.createElement('section');
    this.shortcuts.setAttribute('aria-labelledby', 'shortcuts-title');
    const privacy = doc.createElement('section');
    privacy.setAttribute('aria-labelledby', 'privacy-title');
    privacy.append(this.heading('privacy-title', t.privacyHeading), this.paragraph(t.privacy));

    main.append(title, this.repaired, this.policy, speech, voices, reader, resetRow, this.shortcuts, privacy);
    doc.body.append(main);
  }

  /** The settings in force (on load, after a reset, or when changed in another tab). */
  show(settings: Settings): void {
    const number = new Intl.NumberFormat(this.t.locale);
    const percent = new Intl.NumberFormat(this.t.locale, { style: 'percent' });
    this.setValue(this.rate, settings.rate, (r) => `${number.format(r)}×`);
    this.setValue(this.volume, settings.volume, (v) => percent.format(v));
    this.voices.show(settings.voices);
    this.showReader(settings.reader);
  }

  setVoices(voices: readonly VoiceInfo[]): void {
    this.voices.setVoices(voices);
  }

  /** Stored settings were repaired: say which fell back to their defaults (null: nothing to say). */
  showRepaired(names: string[] | null): void {
    this.repaired.textContent = names ? this.t.repaired(names) : '';
  }

  showShortcuts(lines: readonly ShortcutLine[], where: string): void {
    const order = Object.keys(this.t.commands);
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    const list = this.doc.createElement('ul');
    for (const line of [...lines].sort((a, b) => rank(a.name) - rank(b.name))) {
      const li = this.doc.createElement('li');
      const keys = this.doc.createElement('kbd');
      keys.textContent = line.keys || this.t.noShortcut;
      li.append(`${this.t.commands[line.name] ?? line.description}: `, keys);
      list.append(li);
    }
    const control = this.doc.createElement('h3');
    control.textContent = this.t.controlKeysHeading;
    this.shortcuts.replaceChildren(
      this.heading('shortcuts-title', this.t.shortcutsHeading),
      list,
      this.paragraph(where),
      control,
      this.paragraph(this.t.shortcutsHint),
    );
  }

  private showReader(reader: ReaderSettings) {
    this.reader = reader;
    this.panel.show(reader);
    for (const [name, value] of Object.entries(readerVariables(reader))) this.sample.style.setProperty(name, value);
    this.fonts.add(reader.font);
  }

  /** Shows the closest option to a stored number, unless the user is on that control right now. */
  private setValue(select: HTMLSelectElement, value: number, label: (value: number) => string) {
    if (select === this.doc.activeElement) return;
    showNumber(select, value, label);
  }

  private select(key: string, options: Array<[string, string]>, changed: () => void): HTMLSelectElement {
    const select = this.doc.createElement('select');
    select.id = key;
    select.dataset.setting = key;
    for (const [value, label] of options) {
      const option = this.doc.createElement('option');
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
    select.addEventListener('change', changed);
    return select;
  }

  /** A fieldset whose legend is also a heading, so screen-reader users can jump to it. */
  private fieldset(title: string, content: HTMLElement[]): HTMLElement {
    const fieldset = this.doc.createElement('fieldset');
    const legend = this.doc.createElement('legend');
    const heading = this.doc.createElement('h2');
    heading.textContent = title;
    legend.append(heading);
    fieldset.append(legend, ...content);
    return fieldset;
  }

  private heading(id: string, text: string): HTMLElement {
    const h = this.doc.createElement('h2');
    h.id = id;
    h.textContent = text;
    return h;
  }

  private paragraph(text: string): HTMLElement {
    const p = this.doc.createElement('p');
    p.textContent = text;
    return p;
  }
}
