import { browser } from 'wxt/browser';

/**
 * Calls `gone` once the extension that injected this script is updated, reloaded or removed: its
 * runtime id disappears from orphaned content scripts (Chromium), or the script's messaging stops
 * working (Firefox). Checked every two seconds: cheap, and soon enough to stop a voice mid-article.
 */
export function onExtensionGone(gone: () => void, intervalMs = 2000): () => void {
  const timer = setInterval(() => {
    let alive = false;
    try {
      alive = Boolean(browser.runtime?.id);
    } catch {
      alive = false;
    }
    if (!alive) {
      clearInterval(timer);
      gone();
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
