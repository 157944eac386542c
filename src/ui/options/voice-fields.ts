import type { VoiceInfo } from '../../speech/engine';
import { chooseVoice, speaksLanguage } from '../../speech/voice-choice';
import { languageName, type Messages, type OperatingSystem, type UiLanguage } from '../i18n';
import { labelledField } from '../field';

/** The languages whose voice the user can choose: Swedish pages, English passages, and any chosen before. */
export function voiceLanguages(chosen: Record<string, string>): string[] {
  return [...new Set(['sv', 'en', ...Object.keys(chosen)])];
}

/**
 * The choices for one language: "automatic" (naming the voice Lyssna would pick) and every installed
 * voice for it, by name. A chosen voice that is no longer installed stays listed, so the choice shows.
 */
export function voiceChoices(
  voices: readonly VoiceInfo[],
  lang: string,
  chosen: string | undefined,
): { automatic: string | null; names: string[] } {
  const names = [...new Set(voices.filter((v) => speaksLanguage(v, lang)).map((v) => v.name))];
  if (chosen && !names.includes(chosen)) names.push(chosen);
  names.sort((a, b) => a.localeCompare(b));
  return { automatic: chooseVoice([...voices], lang)?.name ?? null, names };
}

/** One labelled voice <select> per language, plus a plain message when no Swedish voice is installed. */
export class VoiceFields {
  readonly element: HTMLElement;
  private readonly fields: HTMLElement;
  private readonly status: HTMLElement;
  private voices: readonly VoiceInfo[] | null = null;
  private chosen: Record<string, string> = {};

  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    private readonly ui: UiLanguage,
    private readonly os: OperatingSystem,
    private readonly change: (lang: string, name: string) => void,
  ) {
    this.element = doc.createElement('div');
    const intro = doc.createElement('p');
    intro.className = 'hint';
    intro.textContent = t.voicesIntro;
    this.status = doc.createElement('p');
    this.status.className = 'hint';
    this.status.setAttribute('role', 'status');
    this.status.textContent = t.voicesLoading;
    this.fields = doc.createElement('div');
    this.element.append(intro, this.status, this.fields);
  }

  /** The installed voices arrived (possibly none). */
  setVoices(voices: readonly VoiceInfo[]): void {
    this.voices = voices;
    this.render();
  }

  show(chosen: Record<string, string>): void {
    this.chosen = chosen;
    this.render();
  }

  private render() {
    const voices = this.voices;
    if (!voices) return;
    const swedish = voices.some((v) => speaksLanguage(v, 'sv'));
    this.status.textContent = swedish ? '' : this.t.noVoice(languageName('sv', this.ui), this.os);
    this.status.className = swedish ? 'hint' : 'notice';
    const focused = this.doc.activeElement;
    for (const lang of voiceLanguages(this.chosen)) {
      const id = `voice-${lang}`;
      let select = this.doc.getElementById(id) as HTMLSelectElement | null;
      if (!select) {
        select = this.doc.createElement('select');
        select.id = id;
        select.dataset.setting = `voices.${lang}`;
        const s = select;
        select.addEventListener('change', () => this.change(lang, s.value));
        this.fields.append(labelledField(this.doc, this.t.voiceFor(languageName(lang, this.ui)), select));
      }
      if (select === focused) continue; // the user is choosing here: leave the list as it is
      const { automatic, names } = voiceChoices(voices, lang, this.chosen[lang]);
      const option = (value: string, text: string) => {
        const o = this.doc.createElement('option');
        o.value = value;
        o.textContent = text;
        return o;
      };
      select.replaceChildren(option('', this.t.voiceAutomatic(automatic)), ...names.map((n) => option(n, n)));
      select.value = this.chosen[lang] ?? '';
    }
  }
}
