import type { PageKindResult } from '../core/detect/article-page';
import type { Deferred, Handover } from '../platform/handover';
import type { SettingsState } from '../platform/settings-store';
import { controlPolicy } from '../player/kiosk';
import { MOVES, PageControl, type ControlAction } from './control';
import type { Messages } from './i18n';

/** Presses that do nothing before anything is read (the player ignores them then too). */
const NOTHING_TO_DO: ReadonlySet<ControlAction> = new Set(MOVES);

export interface LightControl {
  handover: Handover;
  /** Settings or policy changed elsewhere (the options page, staff): shown at once, passed on. */
  apply(state: SettingsState): void;
}

/**
 * The control as a detected article page first shows it, without the player behind it: the same
 * PageControl, idle, so it looks and reads the same. It costs a few milliseconds where the player
 * (half a megabyte of script, and reading the page) would cost a hundred and more on every article
 * page the user merely visits. The player is asked for (`load`) when the user shows intent: the pointer
 * on the control, keyboard focus in it, or Alt+Shift held (the start of every Lyssna shortcut), so that
 * it is usually there by the time of the press, or at the latest on a press. What the user did
 * meanwhile goes to the player in the handover. `ended` is called once the handover ends (the player
 * took over, or the user closed the control).
 */
export function showLightControl(
  doc: Document,
  t: Messages,
  state: SettingsState,
  page: PageKindResult | undefined,
  load: () => void,
  ended: () => void = () => undefined,
): LightControl {
  const pending: Deferred[] = [];
  let asked = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    load();
  };
  const defer = (what: Deferred) => {
    pending.push(what);
    ask();
  };
  const control = new PageControl(doc, t, {
    action: (action) => {
      if (action === 'close') return void handover.end().host.remove();
      if (!NOTHING_TO_DO.has(action)) defer({ action });
    },
    rate: (rate) => defer({ rate }),
    volume: (volume) => defer({ volume }),
    voice: () => undefined, // no voices are listed before the player is there
  });
  const apply = (next: SettingsState) => {
    handover.state = next;
    control.setRate(next.settings.rate);
    control.setVolume(next.settings.volume);
    control.setPolicy(controlPolicy(next.policy));
  };
  control.setState('idle');
  control.setStatus(t.ready);
  control.mount();

  const host = control.host;
  const intent = (event: Event) => {
    if (event.isTrusted) ask();
  };
  const INTENT = ['pointerenter', 'focusin', 'touchstart'] as const;
  for (const type of INTENT) host.addEventListener(type, intent, { passive: true });
  // Lyssna's shortcuts all start with Alt+Shift (Alt+Shift+L, S, V). The browser keeps the letter for
  // itself, but the page sees the two modifiers go down first, usually a tenth of a second before it.
  const win = doc.defaultView;
  const modifiers = (event: KeyboardEvent) => {
    const held = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
    if (held && (event.key === 'Alt' || event.key === 'Shift')) intent(event);
  };
  win?.addEventListener('keydown', modifiers, { capture: true, passive: true });
  let released: { host: HTMLElement; root: ShadowRoot } | null = null;
  const handover: Handover = {
    state,
    page,
    pending,
    end() {
      if (released) return released;
      for (const type of INTENT) host.removeEventListener(type, intent);
      win?.removeEventListener('keydown', modifiers, { capture: true });
      ended();
      return (released = control.release());
    },
  };
  apply(state);
  return { handover, apply };
}
