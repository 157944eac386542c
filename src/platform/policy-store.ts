import { browser } from 'wxt/browser';
import { parsePolicy, type ParsedPolicy } from '../core/config/policy';

/**
 * The policy staff set through the browser (read-only to the extension). Chrome fills
 * `storage.managed` from its policies for our id; Firefox from `policies.json` or a managed-storage
 * manifest, and rejects the call when there is none: that is "no policy", not an error.
 */
export async function loadPolicy(): Promise<ParsedPolicy> {
  try {
    const values = await browser.storage.managed.get(null);
    return parsePolicy(Object.keys(values).length > 0 ? values : undefined);
  } catch {
    return parsePolicy(undefined);
  }
}

/** Staff changed the policy (Chromium reports it while running; Firefox reads it at start-up). */
export function onPolicyChanged(listener: (parsed: ParsedPolicy) => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadPolicy().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
