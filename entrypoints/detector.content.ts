import { browser } from 'wxt/browser';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { looksLikeArticlePage } from '../src/core/detect/article-page';

/**
 * The only script that runs by itself, and only on registry sites (their match patterns are written
 * into the manifest at build time, see wxt.config.ts). It decides fast and small whether the page has an
 * article; everything else loads only then. The message carries no page content.
 */
export default defineContentScript({
  matches: ['*://lyssna.invalid/*'], // replaced by the registry's patterns in wxt.config.ts
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    if (looksLikeArticlePage(document, location.href, isProbablyReaderable)) {
      // Resolves to the native API here (see wxt.config.ts); an unreachable background is not an error.
      browser.runtime.sendMessage({ type: 'lyssna:article-page' }).catch(() => undefined);
    }
  },
});
