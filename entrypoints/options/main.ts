import { browser } from 'wxt/browser';
import {
  changeSettings,
  loadSettings,
  loadStoredSettings,
  onSettingsChanged,
  resetSettings,
} from '../../src/platform/settings-store';
import { currentShortcuts, SHORTCUTS_PAGE } from '../../src/platform/shortcuts';
import { installedVoices } from '../../src/platform/voice-list';
import { messages, operatingSystem, uiLanguage } from '../../src/ui/i18n';
import { OptionsPage } from '../../src/ui/options/options-page';
import { repairedSettingNames } from '../../src/ui/options/repaired';
import '../../src/ui/extension-page.css';

// Wiring only: storage, voices and shortcuts in; the user's changes out to storage, which every open tab's
// player follows.
// The same language source as the page control (navigator.language), so the two never disagree.
const ui = uiLanguage(navigator.language);
const t = messages(ui);
document.documentElement.lang = ui;
document.title = t.optionsTitle;
const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
const os = operatingSystem(nav.userAgentData?.platform ?? nav.platform, nav.userAgent);

/** Storage echoes each write back; while the user is changing things here the page shows its own state. */
let resync: ReturnType<typeof setTimeout> | undefined;
let ownChangeAt = -Infinity;
const page = new OptionsPage(document, t, ui, os, {
  change(change) {
    ownChangeAt = Date.now();
    void changeSettings(change).catch(() => undefined);
    clearTimeout(resync);
    resync = setTimeout(() => void loadSettings().then((s) => page.show(s)), 1500);
  },
  reset() {
    void resetSettings().then((s) => page.show(s));
  },
  fontUrl: (file) => browser.runtime.getURL(file as '/'),
});

void loadStoredSettings().then(({ settings, problems }) => {
  page.show(settings);
  page.showRepaired(repairedSettingNames(problems, t));
});
onSettingsChanged((settings) => {
  if (Date.now() - ownChangeAt > 1500) page.show(settings);
});
void installedVoices().then((voices) => page.setVoices(voices));
void currentShortcuts().then((lines) => page.showShortcuts(lines, t.shortcutsWhere[SHORTCUTS_PAGE]));
