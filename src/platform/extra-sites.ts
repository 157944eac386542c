import { browser } from 'wxt/browser';
import { matchPatterns } from '../core/detect/registry';
import { inTurn } from './in-turn';

/**
 * Sites staff add to the registry by policy (`extraDomains`) get the detector like the built-in ones,
 * once the browser allows Lyssna there. Chromium and Firefox never grant a host permission by policy,
 * so staff grant it once from the options page (optional host permissions); until then the toolbar
 * and shortcuts still read those sites on request, and they are named as public sector.
 */
const SCRIPT_ID = 'lyssna-extra-sites';
const DETECTOR = '/content-scripts/detector.js';

/** The extra sites' match patterns, and which of them the browser allows. */
export async function extraSitePatterns(domains: readonly string[]): Promise<{ all: string[]; granted: string[] }> {
  const all = domains.length > 0 ? matchPatterns(domains) : [];
  const granted: string[] = [];
  for (const pattern of all) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return { all, granted };
}

/** Asks the browser for the extra sites (from a click on the options page: a user gesture). */
export function requestExtraSites(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns });
}

type FirefoxRegistration = { unregister(): Promise<void> };
let firefoxRegistration: FirefoxRegistration | null = null;

const registrations = inTurn();
/** The granted patterns registered last: settings change often, the sites seldom. */
let registered: string | null = null;

/**
 * (Re)registers the detector for the granted extra sites; none granted, none registered. One call at a
 * time, and nothing is touched when the granted sites are what they were.
 */
export function registerExtraSites(domains: readonly string[]): Promise<void> {
  return registrations(() => register(domains));
}

async function register(domains: readonly string[]): Promise<void> {
  const { granted } = await extraSitePatterns(domains);
  const key = JSON.stringify(granted);
  if (key === registered) return;
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (granted.length > 0) {
      await scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches: granted,
          js: [DETECTOR.slice(1)],
          runAt: 'document_idle',
          persistAcrossSessions: false,
        },
      ]);
    }
    registered = key;
    return;
  }
  // Firefox MV2: contentScripts.register lasts as long as the (persistent) background page.
  const contentScripts = (
    browser as unknown as {
      contentScripts?: { register(options: object): Promise<FirefoxRegistration> };
    }
  ).contentScripts;
  await firefoxRegistration?.unregister();
  firefoxRegistration = null;
  if (contentScripts && granted.length > 0) {
    firefoxRegistration = await contentScripts.register({
      matches: granted,
      js: [{ file: DETECTOR }],
      runAt: 'document_idle',
    });
  }
  registered = key;
}
