import { browser } from 'wxt/browser';
import { ActivityReporter } from '../core/config/idle';

/**
 * Tells the background that a kiosk visitor is using Lyssna (see core/config/idle.ts): a few messages a
 * minute at most, and none at all outside kiosk mode.
 */
export function kioskActivityReporter(isKiosk: () => boolean): ActivityReporter {
  return new ActivityReporter(() => {
    if (isKiosk()) browser.runtime.sendMessage({ type: 'lyssna:activity' }).catch(() => undefined);
  });
}
