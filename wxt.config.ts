import { defineConfig } from 'wxt';
import { matchPatterns } from './src/core/sites/registry';

/**
 * Chrome/Edge: MV3. Firefox: MV2 (WXT's default there), because Firefox grants MV2 host permissions at
 * install, so the detector runs on registry sites without the user having to allow each one.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: () => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    permissions: ['activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reading': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'lyssna@lyssna.invalid', strict_min_version: '128.0' },
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The detector runs only on the registry's sites: its patterns come from the typed registry.
      const detector = manifest.content_scripts?.find((cs) => cs.js?.some((js) => js.includes('detector')));
      if (!detector) throw new Error('detector content script missing from the manifest');
      detector.matches = matchPatterns();
    },
  },
});
