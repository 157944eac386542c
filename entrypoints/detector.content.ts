import { browser } from 'wxt/browser';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { classifyPage } from '../src/core/detect/article-page';
import { frameDocuments } from '../src/core/detect/frames';
import { pageToJudge } from '../src/core/extract/part-copy';
import { putVerdict } from '../src/platform/handover';

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
    // Resolves to the native API here (see wxt.config.ts); an unreachable background is not an error.
    const offer = (message: object) => browser.runtime.sendMessage(message).catch(() => undefined);
    // A very long page is judged by its first part: whole, it would hold the page up for seconds.
    const page = classifyPage(pageToJudge(document), location.href, isProbablyReaderable);
    // The verdict goes along, so that the player does not classify the page a second time.
    if (page.kind === 'article') {
      putVerdict(page); // for the light control, in this extension's world on the page
      return void offer({ type: 'lyssna:article-page', page });
    }
    // No article here, but perhaps in a same-origin frame (loaded by the page's load event). No verdict
    // goes along then: the player reads the page and its frames itself.
    const inFrames = () => {
      const frames = frameDocuments(document);
      if (frames.some((doc) => classifyPage(doc, doc.URL, isProbablyReaderable).kind === 'article'))
        void offer({ type: 'lyssna:article-page' });
    };
    if (document.readyState === 'complete') inFrames();
    else window.addEventListener('load', inFrames, { once: true });
  },
});
