import { browser } from 'wxt/browser';
import { IdleWatch } from '../core/config/idle';
import type { Policy } from '../core/config/policy';
import { loadState, resetSettings } from './settings-store';

/**
 * The background's half of kiosk mode: the idle deadline lives in a browser alarm (a Chromium service
 * worker sleeps between events; the alarm wakes it), and reaching it clears the last visitor's
 * settings and tells every tab's player to stop, close its views and forget its position.
 */
const ALARM = 'lyssna-idle';

export interface KioskHost {
  /** The policy now in force (at start-up and whenever staff change it). */
  setPolicy(policy: Policy): void;
  /** Someone used Lyssna. */
  activity(): void;
}

export function startKioskHost(): KioskHost {
  const watch = new IdleWatch({
    set: (when) => void browser.alarms.create(ALARM, { when }),
    clear: () => void browser.alarms.clear(ALARM),
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    // An alarm outlives a browser restart; staff may have turned the kiosk off meanwhile.
    void loadState().then(async ({ policy }) => {
      if (policy.kioskMode && policy.idleMinutes > 0) await resetForNextVisitor();
    });
  });

  // A sleeping service worker is woken by the very report it must count: hold reports until the
  // policy is read, or the old deadline would fire while the visitor is still there.
  let policyRead: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (policyRead = resolve));
  return {
    setPolicy(policy) {
      watch.setMinutes(policy.kioskMode ? policy.idleMinutes : 0);
      policyRead();
    },
    activity: () => void ready.then(() => watch.activity()),
  };
}

export async function resetForNextVisitor(): Promise<void> {
  await resetSettings();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'lyssna:reset' }, { frameId: 0 }).catch(() => undefined),
    ),
  );
}
