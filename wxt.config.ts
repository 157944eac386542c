import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { POLICY_SCHEMA } from './src/core/config/policy';
import { matchPatterns } from './src/core/detect/registry';

/**
 * Chrome/Edge: MV3. Firefox: MV2 (WXT's default there), because Firefox grants MV2 host permissions at
 * install, so the detector runs on registry sites without the user having to allow each one.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for AMO review) holds what builds the extension, not the test corpora.
  zip: { excludeSources: ['tests/**', 'artifacts/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // tts: Chromium speaks through chrome.tts (Firefox has no such API).
    // alarms: the kiosk's idle reset (see src/platform/kiosk-host.ts).
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'alarms',
      ...(browser === 'firefox' ? [] : ['tts']),
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // The popup and the options page: script only from the extension itself, no inline script, no eval,
    // no plugins, no <base> (a test checks the built manifests and pages).
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // Policies name the extension by id: Chromium derives an unpacked install's id from this public key
    // (lcdkhafdphngdkdankacohongmhlmgnk), Firefox reads the gecko id below. The Chrome Web Store gives
    // its own id and refuses a key, so `npm run package` (LYSSNA_STORE=1) leaves it out.
    ...(browser === 'firefox' || process.env.LYSSNA_STORE ? {} : { key: CHROME_PUBLIC_KEY }),
    // Sites staff add by policy (extraDomains) are asked for on the options page, one click, never at
    // install (see src/platform/extra-sites.ts).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Staff settings (kiosk mode, defaults, locks): the schema Chrome checks policies against.
    storage: { managed_schema: MANAGED_SCHEMA },
    commands: {
      'toggle-reading': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggle__',
      },
      'read-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandReadSelection__',
      },
      // Alt+Shift+V (view): Chromium 156 refuses Alt+Shift+R and Alt+Shift+P as taken (leaves the
      // command unset); the e2e test checks that all three keys are really assigned.
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenReader__',
      },
    },
    // The reader's bundled fonts, loaded by the FontFace API in the page (see READER_FONTS below).
    web_accessible_resources:
      browser === 'firefox'
        ? (['fonts/*.woff2'] as never)
        : // A per-session URL, so a page cannot probe a fixed address to learn that Lyssna is installed.
          [{ resources: ['fonts/*.woff2'], matches: ['<all_urls>'], use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: 'lyssna@lyssna.invalid',
        strict_min_version: '140.0',
        // Nothing about the user leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint warns below that).
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  vite: () => ({ plugins: [nativeBrowserForLightScripts()] }),
  hooks: {
    // Only the latin 400/700 normal woff2 files of the reader's two fonts are shipped, from node_modules.
    'build:publicAssets': (_wxt, files) => {
      files.push({ contents: JSON.stringify(POLICY_SCHEMA, null, 2), relativeDest: MANAGED_SCHEMA });
      for (const [pkg, file] of READER_FONTS) {
        const absoluteSrc = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
        files.push({ absoluteSrc, relativeDest: `fonts/${file}` });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The toolbar button opens entrypoints/popup. WXT names the button after the popup's <title>; the
      // tooltip is localised instead (MV3 `action`, MV2 `browser_action`).
      const button = manifest.action ?? manifest.browser_action;
      if (!button) throw new Error('toolbar button missing from the manifest');
      button.default_title = '__MSG_actionTitle__';
      // The detector runs only on the registry's sites: its patterns come from the typed registry.
      const detector = manifest.content_scripts?.find((cs) => cs.js?.some((js) => js.includes('detector')));
      if (!detector) throw new Error('detector content script missing from the manifest');
      const patterns = matchPatterns();
      detector.matches = patterns;
      // The same sites, and no others, may have the player injected without a click (activeTab covers
      // the rest). MV3 lists hosts apart; MV2 (Firefox) lists them among the permissions.
      if (manifest.manifest_version === 3) manifest.host_permissions = patterns;
      else manifest.permissions = [...(manifest.permissions ?? []), ...patterns];
    },
  },
});

const require = createRequire(import.meta.url);
const MANAGED_SCHEMA = 'managed_schema.json';
/** Public half only; the id it gives is fixed so that policies can name it (see README, kiosk). */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlkG64r8Gs7HTvwtXRNzp1S8ErAElSTOOx9ChQmoxcJuoyF+iD7JwFVwEcIuDFUtZUUQBk5lPXI2D/8GnNAt/Y3MwR2Zk7CfJa1SezHawkWUNEkgf29Z5OzmrqP1mYZB/xypXZ7nhbCpKqQ9nAIWkYEmbc6zaHIOkIwo0aZJ1v2JwaeYOHSL7Jmr55zeBgmFBaXqwSmlUCGYfvhAmWkgdyCHH7Ld4mzmB+mD5aIy1PRTZ4K1Hz999yI8/oHdYgojS2WCk5aQLo5ZgpqXD/ExFofEUcXiZR4gdortZ5M7XN1pf56YUXfvSCEucCQeu6cxN/VS7nnMH45DHjh+1UCm5JwIDAQAB';
const READER_FONTS = [
  ['@fontsource/atkinson-hyperlegible', 'atkinson-hyperlegible-latin-400-normal.woff2'],
  ['@fontsource/atkinson-hyperlegible', 'atkinson-hyperlegible-latin-700-normal.woff2'],
  ['@fontsource/opendyslexic', 'opendyslexic-latin-400-normal.woff2'],
  ['@fontsource/opendyslexic', 'opendyslexic-latin-700-normal.woff2'],
] as const;

/**
 * The always-on detector must stay tiny (budget: 15 KB), and the light control is evaluated on every
 * article page a user merely looks at. WXT's content-script wrapper imports `wxt/browser`, which the
 * polyfill module points at webextension-polyfill (~10 KB); in those two builds, point it at the
 * browser's native API object instead. They call only what is promise-based natively in Chrome MV3 and
 * Firefox (runtime.sendMessage and runtime.id; storage get, onChanged and managed). Scripts that answer
 * messages (the player, the background) keep the polyfill.
 */
function nativeBrowserForLightScripts(): Plugin {
  const native = fileURLToPath(new URL('./src/platform/browser-native.ts', import.meta.url));
  let usesNativeApi = false;
  return {
    name: 'lyssna:native-browser-for-light-scripts',
    enforce: 'pre',
    config(config) {
      const input = JSON.stringify([config.build?.lib && config.build.lib.entry, config.build?.rollupOptions?.input]);
      usesNativeApi = input.includes('detector.content') || input.includes('offer.content');
    },
    resolveId(source) {
      if (usesNativeApi && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser')) {
        return native;
      }
      return null;
    },
  };
}
