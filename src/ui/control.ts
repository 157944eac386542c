import { CONTROL_CSS, ICONS } from './control-styles';
import type { Messages } from './i18n';

/**
 * The "Lyssna" control the extension puts on a page: a small toolbar in a shadow root, named for
 * screen readers, operable by keyboard. It only shows state and reports presses; the player decides.
 * Presses that did not come from the user (`isTrusted` false, e.g. a page script calling .click())
 * are ignored, so a page cannot make the extension speak.
 */

export type ControlAction = 'play-pause' | 'stop' | 'previous' | 'next' | 'close';
export type ControlState = 'idle' | 'busy' | 'playing' | 'paused';

export const CONTROL_TAG = 'lyssna-control';

export class PageControl {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly play: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly buttons: Record<Exclude<ControlAction, 'play-pause'>, HTMLButtonElement>;

  constructor(
    private readonly doc: Document,
    private readonly t: Messages,
    onAction: (action: ControlAction) => void,
  ) {
    this.host = doc.createElement(CONTROL_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CONTROL_CSS;

    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', t.regionLabel);

    this.play = this.button('play-pause', ICONS.play, t.listen, true);
    this.play.classList.add('primary');
    this.buttons = {
      previous: this.button('previous', ICONS.previous, t.previous),
      next: this.button('next', ICONS.next, t.next),
      stop: this.button('stop', ICONS.stop, t.stop),
      close: this.button('close', ICONS.close, t.close),
    };
    this.status = doc.createElement('span');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    const hint = doc.createElement('span');
    hint.className = 'sr';
    hint.id = 'lyssna-hint';
    hint.textContent = t.shortcutsHint;
    bar.setAttribute('aria-describedby', 'lyssna-hint');

    bar.append(
      this.play,
      this.buttons.previous,
      this.buttons.next,
      this.buttons.stop,
      this.status,
      this.buttons.close,
      hint,
    );
    this.root.append(style, bar);

    bar.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const button = (event.target as Element | null)?.closest('button');
      const action = button?.dataset.action as ControlAction | undefined;
      if (action && !button?.disabled) onAction(action);
    });
    bar.addEventListener('keydown', (event) => {
      if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = KEYS[event.key];
      // Space and Enter on a focused button already press it; only take them when they would not.
      if (!action || ((event.key === ' ' || event.key === 'Enter') && (event.target as Element).closest('button')))
        return;
      event.preventDefault();
      onAction(action);
    });
  }

  mount(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
  }

  setState(state: ControlState): void {
    const t = this.t;
    const [label, icon] =
      state === 'playing'
        ? [t.pause, ICONS.pause]
        : state === 'paused'
          ? [t.resume, ICONS.play]
          : [t.listen, ICONS.play];
    this.play.innerHTML = `${icon}<span>${label}</span>`;
    this.play.setAttribute('aria-pressed', String(state === 'playing'));
    this.play.disabled = state === 'busy';
    const active = state === 'playing' || state === 'paused';
    for (const name of ['previous', 'next', 'stop'] as const) this.buttons[name].disabled = !active;
    this.host.dataset.state = state;
  }

  setStatus(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  focusPlay(): void {
    this.play.focus();
  }

  destroy(): void {
    this.host.remove();
  }

  private button(action: ControlAction, icon: string, label: string, showLabel = false): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    if (showLabel) button.innerHTML = `${icon}<span>${label}</span>`;
    else {
      button.innerHTML = icon;
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    return button;
  }
}

const KEYS: Record<string, ControlAction> = {
  ' ': 'play-pause',
  k: 'play-pause',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Escape: 'stop',
};
