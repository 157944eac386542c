import { isProbablyReaderable } from '@mozilla/readability/Readability-readerable.js';
import { looksLikeArticlePage } from '../src/core/sites/article-page';
import { sendToBackground } from '../src/platform/runtime-lite';

/**
 * The only script that runs by itself, and only on registry sites (their match patterns are written
 * into the manifest at build time, see wxt.config.ts). It decides fast and small whether the page has an
 * article; everything else loads only then.
 */
export default defineContentScript({
  matches: ['*://lyssna.invalid/*'], // replaced by the registry's patterns in wxt.config.ts
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    if (looksLikeArticlePage(document, location.href, isProbablyReaderable)) {
      void sendToBackground({ type: 'lyssna:article-page' });
    }
  },
});
