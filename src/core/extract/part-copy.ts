/**
 * A copy of one stretch of a live page in a document of its own, for reading a very long page a part at
 * a time: copying the whole of a 10 MB page, or running Readability on it, holds the tab up for seconds.
 * The stretch keeps its ancestors (shallow copies, with their ids and classes, which Readability and the
 * furniture finder weigh), and every copied text node is mapped to its live twin for highlighting.
 */

/**
 * Text length above which a page is read a part at a time (see long-reading.ts): reading it whole holds
 * the tab up for seconds (in Chromium about 0.8 s a million characters, in Firefox more).
 */
export const LONG_PAGE_CHARS = 400_000;

/**
 * Characters of text in a very long page's first part: enough to get past any site's furniture. With
 * 20,000, `npm run eval:long` lost the article on three of its 84 pages and found none on a fourth.
 */
export const FIRST_PART_CHARS = 40_000;

/**
 * More than LONG_PAGE_CHARS of text (script and style text too, as `textContent` counts it), counted a
 * node at a time only up to the limit: at a press on a 10 MB page, `textContent` took 50 ms in Chromium.
 * Counting a whole page this way is slower than `textContent` (180 ms there), which is why only this
 * question is asked so.
 */
export function isLongText(root: Node): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).length;
    if (chars > LONG_PAGE_CHARS) return true;
  }
  return false;
}

/**
 * Elements up to which a page is judged whole (is it an article?) without counting its text: the check's
 * cost follows elements and links. 95% of 179 test pages have under 1,700 elements.
 */
export const FEW_ELEMENTS = 5_000;

/**
 * What a page is judged by: a very long page (many elements, and more text than LONG_PAGE_CHARS) by its
 * first part, with its head, in a document of its own; any other page as it is. Counting elements is
 * native and builds no string, where `textContent` cost 3-4 ms on pages with much inline script.
 */
export function pageToJudge(doc: Document): Document {
  const body = doc.body;
  if (!body || body.getElementsByTagName('*').length <= FEW_ELEMENTS) return doc;
  if ((body.textContent?.length ?? 0) <= LONG_PAGE_CHARS) return doc;
  return copyPart(doc, { root: body, after: null, maxChars: FIRST_PART_CHARS, head: true }).doc;
}

export interface PartCopy {
  doc: Document;
  toLive: Map<Text, Text>;
  /** Each copied element's live twin. */
  elements: Map<Element, Element>;
  /** The last live node copied whole: the next part starts after it. Null when nothing was copied. */
  last: Node | null;
  /** The walk reached the end of `root` (or `until`): nothing is left after this part. */
  ended: boolean;
  /** Characters of text copied. */
  chars: number;
}

export interface PartOptions {
  /** The live element whose content is copied (the body for the first part). */
  root: Element;
  /** The live node the previous part ended with, or null to start at the beginning of `root`. */
  after: Node | null;
  /** The part ends when this live node has been copied whole (the article's element), if not before. */
  until?: Node;
  /** Stop at the first block boundary after this many characters of text. */
  maxChars: number;
  /** Copy the page's <head> too (its title and metadata), for the part that is read first. */
  head?: boolean;
}

/**
 * Where a part may end: after one of these closes, so that no paragraph, list item or table row (and so
 * no sentence) is cut in two.
 */
const BOUNDARY = new Set(
  [
    'P LI DT DD TR TABLE H1 H2 H3 H4 H5 H6 DIV SECTION ARTICLE UL OL DL',
    'BLOCKQUOTE PRE FIGURE MAIN ASIDE HEADER FOOTER NAV FORM FIELDSET DETAILS',
  ]
    .join(' ')
    .split(' '),
);

/** Elements whose text nobody reads. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function copyPart(live: Document, options: PartOptions): PartCopy {
  const { root, maxChars } = options;
  const doc = live.implementation.createHTMLDocument('');
  for (const attribute of Array.from(live.documentElement.attributes))
    doc.documentElement.setAttribute(attribute.name, attribute.value);
  if (options.head && live.head) doc.documentElement.replaceChild(doc.importNode(live.head, true), doc.head);
  const toLive = new Map<Text, Text>();
  const elements = new Map<Element, Element>();
  const result: PartCopy = { doc, toLive, elements, last: null, ended: true, chars: 0 };

  let node = options.after ? following(options.after, root) : root.firstChild;
  if (!node) return result;
  let parentCopy = copyAncestors(doc, node, live.body, elements);
  result.ended = false;

  for (;;) {
    const copy = doc.importNode(node, false);
    parentCopy.appendChild(copy);
    if (node.nodeType === 3) {
      toLive.set(copy as Text, node as Text);
      // A script's or style's text is copied but not counted: a page's first 40,000 characters may be
      // its scripts, and the part must still reach the article.
      if (!UNREAD.has(parentCopy.nodeName.toUpperCase())) result.chars += (node as Text).data.length;
    } else if (node.nodeType === 1) elements.set(copy as Element, node as Element);
    // A <template>'s content is a fragment of its own (happy-dom lists it as children): never read.
    if (node.firstChild && node.firstChild.parentNode === node) {
      parentCopy = copy as ParentNode & Node;
      node = node.firstChild;
      continue;
    }
    // `node` is copied whole: move on to what follows it, closing the elements that end here.
    for (;;) {
      result.last = node;
      if (node === options.until) return { ...result, ended: true };
      if (result.chars >= maxChars && BOUNDARY.has((node as Element).tagName?.toUpperCase() ?? '')) return result;
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode!;
      parentCopy = parentCopy.parentNode as ParentNode & Node;
      if (node === root) return { ...result, ended: true };
    }
  }
}

/** The node after `node` and its descendants, in document order, within `root`; null at its end. */
function following(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/** Shallow copies of `node`'s ancestors below the body, nested in the new document's body; returns the innermost. */
function copyAncestors(
  doc: Document,
  node: Node,
  body: HTMLElement | null,
  elements: Map<Element, Element>,
): ParentNode & Node {
  const chain: Element[] = [];
  for (let at = node.parentElement; at && at !== body && at.localName !== 'html'; at = at.parentElement) chain.push(at);
  if (body) for (const attribute of Array.from(body.attributes)) doc.body.setAttribute(attribute.name, attribute.value);
  let parent: ParentNode & Node = doc.body;
  for (const el of chain.reverse()) {
    const copy = doc.importNode(el, false);
    elements.set(copy, el);
    parent = parent.appendChild(copy);
  }
  return parent;
}
