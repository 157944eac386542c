import { describe, expect, it } from 'vitest';
import { isLyssnaMessage } from '../../../src/platform/messages';
import { messages } from '../../../src/ui/i18n';
import { POPUP_MESSAGES, renderPopup, type PopupAction } from '../../../src/ui/popup/popup';
import { pageFrom } from '../helpers/dom';

function setUp(reached: boolean) {
  const { doc } = pageFrom('<!doctype html><html lang="sv"><body></body></html>', 'chrome-extension://x/popup.html');
  const ran: PopupAction[] = [];
  let done = 0;
  renderPopup(doc, messages('sv'), {
    run: async (action) => {
      ran.push(action);
      return reached;
    },
    done: () => done++,
  });
  const button = (action: PopupAction) => doc.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  return { doc, ran, done: () => done, button };
}

describe('the popup', () => {
  it('offers the five actions by name in Swedish, with Lyssna focused', () => {
    const { doc } = setUp(true);
    expect(Array.from(doc.querySelectorAll('button'), (b) => b.textContent)).toEqual([
      'Lyssna',
      'Läs upp markerad text',
      'Läsläge',
      'Lättläst',
      'Inställningar',
    ]);
    expect((doc.activeElement as HTMLElement).dataset.action).toBe('listen');
  });

  it('closes once the tab’s player has the action', async () => {
    const { ran, done, button } = setUp(true);
    button('easy').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['easy']);
    expect(done()).toBe(1);
  });

  it('stays open with a plain message when the browser protects the page', async () => {
    const { doc, done, button } = setUp(false);
    button('listen').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(done()).toBe(0);
    expect(doc.querySelector('[role="alert"]')?.textContent).toMatch(/kan inte läsa den här sidan/);
  });

  it('asks the player for exactly what each button says, in messages the player accepts', () => {
    // Läsläge leaves the view to the player (the policy's start view, or the one shown last).
    expect(POPUP_MESSAGES.reader).toEqual({ type: 'lyssna:open-reader' });
    expect(POPUP_MESSAGES.easy).toEqual({ type: 'lyssna:open-reader', easy: true });
    for (const message of Object.values(POPUP_MESSAGES)) expect(isLyssnaMessage(message)).toBe(true);
    expect(isLyssnaMessage({ type: 'lyssna:open-reader', easy: 'yes' })).toBe(false);
  });
});
