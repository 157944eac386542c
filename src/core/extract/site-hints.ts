/**
 * Site knowledge applied to the clone before Readability scores it: what the site itself says is its
 * article (ReadSpeaker's readid/readclass, <main>) and what it keeps out of reading (rs_skip), plus the
 * furniture of Swedish municipal pages that Readability would otherwise keep.
 */

/** Elements that are never article text, by what they are. */
const FURNITURE = [
  '.rs_skip',
  '.rsbtn',
  'nav',
  '[role="navigation"]',
  '[role="search"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[aria-label*="brödsmul" i]',
  '[aria-label="Du är här" i]',
].join(',');

/**
 * Class or id words that name furniture: a whole word of the name ("share-buttons", "cookie_notice"),
 * never a substring of another word ("shared", "blueprint").
 */
const FURNITURE_WORD =
  /(?:^|[\s_-])(?:readspeaker|breadcrumbs?|cookies?|consent|share|sharing|social|print|feedback|skip(?:-?link)?s?)(?:$|[\s_-])/i;

export function prepareClone(clone: Document): void {
  const body = clone.body;
  if (!body) return;

  const own = ownArticleContainer(clone);
  const furniture = Array.from(clone.querySelectorAll(FURNITURE));
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (FURNITURE_WORD.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) furniture.push(el);
  }
  for (const el of furniture) {
    // Never drop the container the site named as its article, nor anything holding it.
    if (own && (el === own || el.contains(own))) continue;
    if (el !== body && el !== clone.documentElement) el.remove();
  }
  if (own && own !== body) {
    // Keep the page's h1 when the site's container starts below it.
    const h1 = own.querySelector('h1') ? null : clone.querySelector('h1');
    body.replaceChildren(...(h1 ? [h1, own] : [own]));
  }
}

/** The container the site itself names as its article: ReadSpeaker readid/readclass, then <main>. */
function ownArticleContainer(clone: Document): Element | null {
  for (const link of Array.from(clone.querySelectorAll('a[href*="readid="], a[href*="readclass="]'))) {
    const href = link.getAttribute('href') ?? '';
    const id = /[?&;]readid=([^&;#]+)/.exec(href)?.[1];
    if (id) {
      const el = clone.getElementById(decodeURIComponent(id));
      if (el && hasText(el)) return el;
    }
    const cls = /[?&;]readclass=([^&;#]+)/.exec(href)?.[1];
    if (cls) {
      const els = Array.from(clone.getElementsByClassName(decodeURIComponent(cls).split(/[ ,+]/)[0] ?? ''));
      const el = els.find(hasText);
      if (el) return el;
    }
  }
  const main = clone.querySelector('main, [role="main"]');
  return main && hasText(main) ? main : null;
}

const hasText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length > 200;
