import { browser } from 'wxt/browser';
import { kioskActivityReporter } from '../../src/platform/activity';
import { extraSitePatterns, requestExtraSites } from '../../src/platform/extra-sites';
import {
  changeSettings,
  loadSettings,
  loadState,
  onSettingsChanged,
  resetSettings,
  type SettingsState,
} from '../../src/platform/settings-store';
import { currentShortcuts, SHORTCUTS_PAGE } from '../../src/platform/shortcuts';
import { installedVoices } from '../../src/platform/voice-list';
import { messages, operatingSystem, uiLanguage } from '../../src/ui/i18n';
import { OptionsPage } from '../../src/ui/options/options-page';
import { renderPolicyNotes } from '../../src/ui/options/policy-notes';
import { summarisePolicy } from '../../src/ui/options/policy-summary';
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

/** What staff set by policy: in words, ignored values, locked controls, and the extra sites' permission. */
let shown = 0;
async function showPolicy(state: SettingsState) {
  // Calls overlap (settings, voices, permissions arrive at their own pace): only the newest one draws.
  const call = ++shown;
  const { all, granted } = await extraSitePatterns(state.policy.extraDomains);
  if (call !== shown) return;
  const summary = summarisePolicy(state.policy, t);
  renderPolicyNotes(page.policy, state.policyNotes, summary.locked, t, summary.lines);
  if (all.length === 0) return;
  const status = document.createElement('p');
  if (granted.length === all.length) status.textContent = t.policySitesGranted;
  else {
    const grant = document.createElement('button');
    grant.type = 'button';
    grant.textContent = t.policyGrantSites;
    // The browser asks the person at the computer; a click here is the gesture it needs.
    grant.addEventListener('click', () => {
      void requestExtraSites(all).then(() => loadState().then(showPolicy));
    });
    status.append(grant);
  }
  page.policy.append(status);
}

// A kiosk counts time spent here as use (no reset while staff are at work).
let kiosk = false;
const activity = kioskActivityReporter(() => kiosk);
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, (event) => event.isTrusted && activity.input(), { passive: true });
}

const state = loadState();
void state.then((current) => {
  kiosk = current.policy.kioskMode;
  page.show(current.settings);
  page.showRepaired(repairedSettingNames(current.problems, t));
  void showPolicy(current);
});
onSettingsChanged((settings, state) => {
  kiosk = state.policy.kioskMode;
  if (Date.now() - ownChangeAt > 1500) page.show(settings);
  void showPolicy(state);
});
// The voice fields come later than the policy: lock them too once they are there.
void Promise.all([installedVoices(), state]).then(([voices, current]) => {
  page.setVoices(voices);
  void showPolicy(current);
});
void currentShortcuts().then((lines) => page.showShortcuts(lines, t.shortcutsWhere[SHORTCUTS_PAGE]));
