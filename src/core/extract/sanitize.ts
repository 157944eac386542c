import DOMPurify, { type Config } from 'dompurify';

/**
 * The article HTML that views render is sanitised with DOMPurify, with the one configuration here: the
 * extractor sanitises Readability's output to the string in the Article model, and the reader parses
 * that string back into nodes through DOMPurify again (a fragment, so no HTML is assigned to
 * innerHTML anywhere in our code).
 */

/** No script (DOMPurify's default), no styles, no form controls. */
const ARTICLE_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button'],
  FORBID_ATTR: ['style'],
} satisfies Config;

type PurifyWindow = Parameters<typeof DOMPurify>[0];

/**
 * DOMPurify for `win`, also dropping the article's ids and names in our own namespace: the reader's
 * elements (lyssna-reader-title, lyssna-term-…) share its shadow root with the article, and are found by
 * id there (aria-labelledby, focus, popovertarget); an article's copy must never be the one found.
 */
function purifier(win: Window) {
  const purify = DOMPurify(win as unknown as PurifyWindow);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'id' || data.attrName === 'name') && /^\s*lyssna-/i.test(data.attrValue))
      data.keepAttr = false;
  });
  return purify;
}

/** Article HTML (Readability's output) sanitised, as a string for the Article model. */
export function sanitizeArticleHtml(html: string, win: Window): string {
  return purifier(win).sanitize(html, ARTICLE_CONFIG);
}

/** Article HTML as nodes of `doc`, parsed and sanitised by DOMPurify (the reader renders these). */
export function articleFragment(html: string, doc: Document): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('article HTML needs a document with a window to be parsed in');
  const fragment = purifier(win).sanitize(html, { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true });
  // DOMPurify parses in a document of its own; the nodes move into `doc` (not copied).
  return doc.adoptNode(fragment);
}
