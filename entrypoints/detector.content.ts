import { browser } from 'wxt/browser';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { classifyPage } from '../src/core/detect/article-page';

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
    const page = classifyPage(document, location.href, isProbablyReaderable);
    if (page.kind === 'article') {
      // Resolves to the native API here (see wxt.config.ts); an unreachable background is not an error.
      // The verdict goes along, so that the player does not classify the page a second time.
      browser.runtime.sendMessage({ type: 'lyssna:article-page', page }).catch(() => undefined);
    }
  },
});
