import type { LyssnaMessage } from '../../platform/messages';
import type { Messages } from '../i18n';

/**
 * The toolbar button's popup: five large buttons, the first focused. Each action goes to the active
 * tab's player (or opens the options page); the popup closes when it is done, and stays open with a
 * plain message when the tab cannot be read (pages the browser protects).
 */

export type PopupAction = 'listen' | 'read-selection' | 'reader' | 'easy' | 'settings';

/** What each button asks the tab's player; "settings" opens the options page instead. */
export const POPUP_MESSAGES: Record<Exclude<PopupAction, 'settings'>, LyssnaMessage> = {
  listen: { type: 'lyssna:activate' },
  'read-selection': { type: 'lyssna:read-selection' },
  reader: { type: 'lyssna:open-reader' },
  easy: { type: 'lyssna:open-reader', easy: true },
};

export interface PopupHandlers {
  /** Carries out the action; false when the tab could not be reached. */
  run(action: PopupAction): Promise<boolean>;
  /** The action was done: close the popup. */
  done(): void;
}

export interface PopupOptions {
  /** Kiosk (library computers): no way to the options page. */
  kiosk?: boolean;
}

export function renderPopup(doc: Document, t: Messages, handlers: PopupHandlers, options: PopupOptions = {}): void {
  const main = doc.createElement('main');
  main.className = 'popup';
  const title = doc.createElement('h1');
  title.id = 'popup-title';
  title.textContent = t.popupLabel;
  const list = doc.createElement('div');
  list.className = 'actions';
  list.setAttribute('role', 'group');
  list.setAttribute('aria-labelledby', title.id);
  const message = doc.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'alert');

  const labels: Array<[PopupAction, string]> = [
    ['listen', t.listen],
    ['read-selection', t.readSelection],
    ['reader', t.reader],
    ['easy', t.easyToRead],
    ...(options.kiosk ? [] : [['settings', t.settings] as [PopupAction, string]]),
  ];
  const buttons = labels.map(([action, label]) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = label;
    if (action === 'listen') button.className = 'primary';
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      const reached = await handlers.run(action).catch(() => false);
      for (const b of buttons) b.disabled = false;
      if (reached) handlers.done();
      else {
        message.textContent = t.protectedPage;
        button.focus();
      }
    });
    return button;
  });
  list.append(...buttons);
  main.append(title, list, message);
  doc.body.append(main);
  buttons[0]?.focus();
}
