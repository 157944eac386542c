import { browser } from 'wxt/browser';
import { kioskActivityReporter } from '../../src/platform/activity';
import { injectPlayer, sendToPlayer } from '../../src/platform/inject';
import { loadPolicy } from '../../src/platform/policy-store';
import { messages, uiLanguage } from '../../src/ui/i18n';
import { POPUP_MESSAGES, renderPopup } from '../../src/ui/popup/popup';
import '../../src/ui/extension-page.css';

// Wiring only: the popup's buttons reach the active tab's player (activeTab is granted while it is open).
// The same language source as the page control (navigator.language), so the two never disagree.
const ui = uiLanguage(navigator.language);
const t = messages(ui);
document.documentElement.lang = ui;
document.title = t.popupLabel;
const activeTab = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);
// Opening the popup says the user means to use Lyssna on this tab: the player loads now, while they
// look for the button, so the press speaks at once instead of waiting for the player (issue 14). It
// does nothing visible until asked; a page the browser protects just refuses it.
void activeTab.then((id) => (id === undefined ? undefined : injectPlayer(id))).catch(() => undefined);
// Only the policy matters here (kiosk: no way to the settings); loadPolicy never rejects.
void loadPolicy().then(({ policy }) => {
  kioskActivityReporter(() => policy.kioskMode).input(); // opening the popup is use
  renderPopup(
    document,
    t,
    {
      async run(action) {
        if (action === 'settings') {
          await browser.runtime.openOptionsPage();
          return true;
        }
        const id = await activeTab;
        return id !== undefined && sendToPlayer(id, POPUP_MESSAGES[action]);
      },
      done: () => window.close(),
    },
    { kiosk: policy.kioskMode },
  );
});
