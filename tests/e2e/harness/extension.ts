// The built extension per browser, and the launch options that give the browser a Swedish UI, so
// the control's Swedish status texts can be asserted. One place for what every e2e file launches with.
import path from 'node:path';
import type { BrowserKind } from './browsers';
import { REPO_DIR } from './server';

export const EXTENSION: Record<BrowserKind, string> = {
  chromium: path.join(REPO_DIR, '.output/chrome-mv3'),
  firefox: path.join(REPO_DIR, '.output/firefox-mv2'),
};

export const SWEDISH_UI = {
  chromium: { extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'] },
  firefox: { extraPrefs: { 'intl.accept_languages': 'sv-SE, sv', 'intl.locale.requested': 'sv-SE' } },
} satisfies Record<BrowserKind, object>;
