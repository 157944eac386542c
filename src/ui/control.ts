import { CONTROL_CSS, ICON_PATHS } from './control-styles';
import { nextStep, showNumber } from './number-select';
import type { Messages } from './i18n';
import { labelledField } from './field';
import { attachClosedShadow, rememberShadow } from './shadow';

/**
 * The "Lyssna" control the extension puts on a page: a toolbar in a shadow root, named for screen
 * readers, operable by keyboard. The main row is what most readers need; "More" opens paragraph
 * navigation, repeat, speed and volume. It only shows state and reports what the user did; the player
 * decides. Input that did not come from the user (`isTrusted` false, e.g. a page script calling
 * .click()) is ignored, so a page cannot make the extension speak.
 */

export type ControlAction =
  | 'play-pause'
  | 'stop'
  | 'previous'
  | 'next'
  | 'previous-paragraph'
  | 'next-paragraph'
  | 'repeat'
  | 'slower'
  | 'faster'
  | 'more'
  | 'reader'
  /** Kiosk: open the reader in Lättläst. */
  | 'easy'
  /** Kiosk: larger text (opens the reader). */
  | 'bigger'
  | 'close';
export type ControlState = 'idle' | 'busy' | 'playing' | 'paused';

export interface ControlHandlers {
  action(action: ControlAction): void;
  rate(rate: number): void;
  volume(volume: number): void;
  voice(name: string): void;
}

export const CONTROL_TAG = 'lyssna-control';

/** The presses that act on a reading under way: off, and doing nothing, before anything is read. */
export const MOVES = ['previous', 'next', 'stop', 'previous-paragraph', 'next-paragraph', 'repeat'] as const;

/** What staff decided (see core/config): a kiosk's simplified set, and settings a visitor may not change. */
export interface ControlPolicy {
  kiosk: boolean;
  locked: { rate: boolean; volume: boolean; voice: boolean; textSize: boolean };
}
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/**
 * A speed as the UI's language writes it: "1,5×" in Swedish, "1.5×" in English. Not Intl.NumberFormat:
 * the control is built on every article page, and a first formatter costs milliseconds there (ICU data).
 */
export function rateText(rate: number, locale: string): string {
  const text = String(Math.round(rate * 1000) / 1000);
  return `${/^sv\b/i.test(locale) ? text.replace('.', ',') : text}×`;
}

type IconName = keyof typeof ICON_PATHS;
const SVG_NS = 'http://www.w3.org/2000/svg';

export class PageControl {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly play: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly more: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly rateSelect: HTMLSelectElement;
  private readonly volumeInput: HTMLInputElement;
  private readonly navigation: HTMLButtonElement[];
  private readonly voiceSelect: HTMLSelectElement;
  private readonly bigger: HTMLButtonElement;
  private readonly hint: HTMLElement;
  private docked = false;

  /** Ends the listeners (see release()). */
  private readonly listening = new AbortController();

  /**
   * `adopt`: a control another script of ours built and released (the light control, see
   * src/ui/light-control.ts). Its elements are taken over as they are, so that its place, focus, open
   * rows and what a screen reader was on all stay; only the listeners are this control's.
   */
  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    private readonly handlers: ControlHandlers,
    adopt?: { host: HTMLElement; root: ShadowRoot },
  ) {
    if (adopt) {
      this.host = adopt.host;
      this.root = rememberShadow(adopt.host, adopt.root);
    } else {
      this.host = doc.createElement(CONTROL_TAG);
      this.root = attachClosedShadow(this.host);
      this.build();
    }
    const root = this.root;
    const find = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
    const action = (name: ControlAction) => find<HTMLButtonElement>(`[data-action="${name}"]`);
    this.play = action('play-pause');
    this.moreButton = action('more');
    this.bigger = action('bigger');
    this.status = find('.status');
    this.progress = find('.progress');
    this.more = find('#lyssna-more');
    this.rateSelect = find('#lyssna-rate');
    this.volumeInput = find('#lyssna-volume');
    this.voiceSelect = find('#lyssna-voice');
    this.hint = find('#lyssna-hint');
    this.navigation = MOVES.map(action);
    this.listen(find<HTMLElement>('.bar'));
  }

  /** The shadow tree: nodes only, never HTML. */
  private build() {
    const { doc, t } = this;
    const style = doc.createElement('style');
    style.textContent = CONTROL_CSS;

    const bar = this.el('div', 'bar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', t.regionLabel);
    bar.setAttribute('aria-describedby', 'lyssna-hint');

    const play = this.button('play-pause', 'play', t.listen, true);
    play.classList.add('primary');
    const previous = this.button('previous', 'previous', t.previous);
    const next = this.button('next', 'next', t.next);
    const stop = this.button('stop', 'stop', t.stop);
    const moreButton = this.button('more', 'more', t.more);
    moreButton.setAttribute('aria-expanded', 'false');
    moreButton.setAttribute('aria-controls', 'lyssna-more');
    const reader = this.button('reader', 'reader', t.reader, true);
    reader.setAttribute('aria-pressed', 'false');
    const close = this.button('close', 'close', t.close);
    // Kiosk only (hidden otherwise): the simplified set is Lyssna, Stoppa, Lättläst, Större text.
    const easy = this.button('easy', 'reader', t.easyToRead, true);
    const bigger = this.button('bigger', 'bigger', t.bigger, true);
    easy.classList.add('kiosk-only');
    easy.setAttribute('aria-pressed', 'false');
    bigger.classList.add('kiosk-only');

    const status = this.el('span', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');

    const progress = this.el('div', 'progress');
    progress.setAttribute('aria-hidden', 'true');
    progress.append(this.el('div', 'progress-fill'));

    const main = this.el('div', 'row main');
    for (const button of [previous, next, reader, moreButton, close]) button.classList.add('full-only');
    main.append(play, previous, next, stop, status, reader, easy, bigger, moreButton, close);

    const more = this.el('div', 'row more');
    more.id = 'lyssna-more';
    more.hidden = true;
    const previousParagraph = this.button('previous-paragraph', 'previousParagraph', t.previousParagraph);
    const nextParagraph = this.button('next-paragraph', 'nextParagraph', t.nextParagraph);
    const repeat = this.button('repeat', 'repeat', t.repeat);
    const rateSelect = doc.createElement('select');
    rateSelect.id = 'lyssna-rate';
    for (const r of RATES) {
      const option = doc.createElement('option');
      option.value = String(r);
      option.textContent = rateText(r, t.locale);
      rateSelect.append(option);
    }
    rateSelect.value = '1';
    const volumeInput = doc.createElement('input');
    volumeInput.id = 'lyssna-volume';
    volumeInput.type = 'range';
    volumeInput.min = '0';
    volumeInput.max = '100';
    volumeInput.step = '10';
    volumeInput.value = '100';
    const voiceSelect = doc.createElement('select');
    voiceSelect.id = 'lyssna-voice';
    voiceSelect.className = 'voice';
    more.append(
      previousParagraph,
      nextParagraph,
      repeat,
      labelledField(doc, t.speed, rateSelect),
      labelledField(doc, t.volume, volumeInput),
      labelledField(doc, t.voiceLabel, voiceSelect),
    );

    const hint = this.el('span', 'sr');
    hint.id = 'lyssna-hint';
    hint.textContent = t.shortcutsHint;

    bar.append(main, progress, more, hint);
    this.root.append(style, bar);
  }

  /** The user's presses and changes; input a page script made is ignored. */
  private listen(bar: HTMLElement) {
    const { handlers } = this;
    const signal = this.listening.signal;

    bar.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const button = (event.target as Element | null)?.closest('button');
        const action = button?.dataset.action as ControlAction | undefined;
        if (action && !button?.disabled && button?.getAttribute('aria-disabled') !== 'true') this.dispatch(action);
      },
      { signal },
    );
    this.rateSelect.addEventListener(
      'change',
      (event) => {
        if (event.isTrusted) handlers.rate(Number(this.rateSelect.value));
      },
      { signal },
    );
    this.voiceSelect.addEventListener(
      'change',
      (event) => {
        if (event.isTrusted && this.voiceSelect.value) handlers.voice(this.voiceSelect.value);
      },
      { signal },
    );
    this.volumeInput.addEventListener(
      'change',
      (event) => {
        if (event.isTrusted) handlers.volume(Number(this.volumeInput.value) / 100);
      },
      { signal },
    );
    bar.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
        // In the reader (a modal dialog) Escape closes the dialog, as users expect; it handles the key.
        if (event.key === 'Escape' && this.docked) return;
        const target = event.target as Element;
        // Form controls keep their own keys (arrows change the speed or volume).
        if (target.closest('select, input')) return;
        const action = keyAction(event.key, event.shiftKey);
        // Space and Enter on a focused button already press it; only take them when they would not.
        if (!action || ((event.key === ' ' || event.key === 'Enter') && target.closest('button'))) return;
        event.preventDefault();
        this.dispatch(action);
      },
      { signal },
    );
  }

  mount(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
  }

  setState(state: ControlState): void {
    const t = this.t;
    const [label, icon]: [string, IconName] =
      state === 'playing' ? [t.pause, 'pause'] : state === 'paused' ? [t.resume, 'play'] : [t.listen, 'play'];
    this.face(this.play, icon, label);
    this.play.setAttribute('aria-pressed', String(state === 'playing'));
    // Never `disabled`: the user has just pressed it, and a disabled button drops keyboard focus to the page.
    this.play.setAttribute('aria-disabled', String(state === 'busy'));
    const focused = this.root.activeElement as HTMLButtonElement | null;
    const active = state === 'playing' || state === 'paused';
    for (const button of this.navigation) button.disabled = !active;
    // A focused button turned off (Stop, once pressed) would drop focus to the page: it goes to Lyssna.
    if (focused?.disabled) this.play.focus();
    this.host.dataset.state = state;
  }

  setStatus(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** How far the reading has come, 0..1 (shown as a bar; the status says it in words). */
  setProgress(fraction: number): void {
    const fill = this.progress.firstElementChild as HTMLElement;
    fill.style.width = `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
  }

  setRate(rate: number): void {
    showNumber(this.rateSelect, rate, (r) => rateText(r, this.t.locale));
  }

  setVolume(volume: number): void {
    this.volumeInput.value = String(Math.round(volume * 10) * 10);
  }

  /**
   * The voices for the language being read, with the one speaking selected: a reader hears which voice
   * it is and can change it (remembered for that language).
   */
  setVoices(names: readonly string[], speaking: string): void {
    const current = Array.from(this.voiceSelect.options, (o) => o.value);
    if (current.length !== names.length || current.some((n, i) => n !== names[i])) {
      this.voiceSelect.replaceChildren(
        ...names.map((name) => {
          const option = this.doc.createElement('option');
          option.value = name;
          option.textContent = name;
          return option;
        }),
      );
    }
    this.voiceSelect.value = speaking;
  }

  /**
   * In flow inside another view (the reader) instead of floating over the page's corner. Docked, it
   * takes the reader's colours (control-styles.ts) and leaves Escape to the reader.
   */
  setDocked(docked: boolean): void {
    this.docked = docked;
    this.hint.textContent = docked ? this.t.shortcutsHintReader : this.t.shortcutsHint;
    this.root.querySelector('.bar')?.classList.toggle('docked', docked);
    this.root.querySelector('[data-action="reader"]')?.setAttribute('aria-pressed', String(docked));
  }

  /**
   * Kiosk: large targets and only Lyssna/Paus, Stoppa, Lättläst and Större text; the stop button
   * shows its name. Locked settings are shown but cannot be changed, and say why.
   */
  setPolicy(policy: ControlPolicy): void {
    const bar = this.root.querySelector('.bar')!;
    bar.classList.toggle('kiosk', policy.kiosk);
    const stop = this.root.querySelector<HTMLButtonElement>('[data-action="stop"]')!;
    if (policy.kiosk) {
      this.more.hidden = true;
      this.moreButton.setAttribute('aria-expanded', 'false');
      this.face(stop, 'stop', this.t.stop);
      stop.removeAttribute('aria-label');
      stop.removeAttribute('title');
    } else if (!stop.hasAttribute('aria-label')) {
      this.face(stop, 'stop');
      stop.setAttribute('aria-label', this.t.stop);
      stop.title = this.t.stop;
    }
    this.bigger.hidden = policy.locked.textSize;
    const lock = (control: HTMLSelectElement | HTMLInputElement, locked: boolean) => {
      control.disabled = locked;
      if (locked) control.title = this.t.lockedByPolicy;
      else control.removeAttribute('title');
    };
    lock(this.rateSelect, policy.locked.rate);
    lock(this.volumeInput, policy.locked.volume);
    lock(this.voiceSelect, policy.locked.voice);
  }

  /** Whether the kiosk's Lättläst button is on (the reader shows Lättläst). */
  setEasy(on: boolean): void {
    this.root.querySelector('[data-action="easy"]')?.setAttribute('aria-pressed', String(on));
  }

  focusPlay(): void {
    this.play.focus();
  }

  destroy(): void {
    this.listening.abort();
    this.host.remove();
  }

  /** Stops listening and leaves the elements where they are, for another control to adopt. */
  release(): { host: HTMLElement; root: ShadowRoot } {
    this.listening.abort();
    return { host: this.host, root: this.root };
  }

  private dispatch(action: ControlAction) {
    if (action === 'play-pause' && this.play.getAttribute('aria-disabled') === 'true') return;
    if (action === 'more') {
      this.more.hidden = !this.more.hidden;
      this.moreButton.setAttribute('aria-expanded', String(!this.more.hidden));
      return;
    }
    if ((action === 'slower' || action === 'faster') && this.rateSelect.disabled) return;
    if (action === 'slower' || action === 'faster') {
      const next = nextStep(RATES, Number(this.rateSelect.value), action === 'faster' ? 1 : -1);
      this.setRate(next);
      this.handlers.rate(next);
      return;
    }
    this.handlers.action(action);
  }

  private el(tag: string, className: string): HTMLElement {
    const el = this.doc.createElement(tag);
    el.className = className;
    return el;
  }

  private button(action: ControlAction, icon: IconName, label: string, showLabel = false): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    if (showLabel) this.face(button, icon, label);
    else {
      this.face(button, icon);
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    return button;
  }

  /** What a button shows: its icon, and its name beside it when `label` is given. Built as nodes, never HTML. */
  private face(button: HTMLButtonElement, icon: IconName, label?: string) {
    const svg = this.doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = this.doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICON_PATHS[icon]);
    svg.append(path);
    if (label === undefined) {
      button.replaceChildren(svg);
      return;
    }
    const span = this.doc.createElement('span');
    span.textContent = label;
    button.replaceChildren(svg, span);
  }
}

function keyAction(key: string, shift: boolean): ControlAction | null {
  switch (key) {
    case ' ':
    case 'k':
      return 'play-pause';
    case 'ArrowLeft':
      return shift ? 'previous-paragraph' : 'previous';
    case 'ArrowRight':
      return shift ? 'next-paragraph' : 'next';
    case 'ArrowUp':
      return 'previous-paragraph';
    case 'ArrowDown':
      return 'next-paragraph';
    case 'r':
      return 'repeat';
    case '+':
      return 'faster';
    case '-':
      return 'slower';
    case 'Escape':
      return 'stop';
    default:
      return null;
  }
}
