import { browser } from 'wxt/browser';

export interface Shortcut {
  /** The command's name in the manifest ("toggle-reading"). */
  name: string;
  /** What it does, in the browser's language (from _locales). */
  description: string;
  /** "Alt+Shift+L"; empty when the user or the browser left it unset. */
  keys: string;
}

/** The extension's keyboard shortcuts as the browser has them now (the user may have changed them). */
export async function currentShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((c) => c.description)
    .map((c) => ({ name: c.name ?? '', description: c.description ?? '', keys: c.shortcut ?? '' }));
}

/** Where the user changes shortcuts differs per browser. */
export const SHORTCUTS_PAGE: 'firefox' | 'chromium' = import.meta.env.FIREFOX ? 'firefox' : 'chromium';
