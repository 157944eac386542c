/**
 * Site knowledge applied to the clone before Readability scores it: what the site itself says is its
 * article (ReadSpeaker's readid/readclass, <main>, Sitevision's content column), what it keeps out of
 * reading (rs_skip), and, on public-sector and Swedish pages, the furniture of such pages (see
 * furniture.ts). Every change moves or removes nodes of the clone; no text node is created or split,
 * so each one still maps to its twin in the live page. Lookups go through the clone Document itself:
 * happy-dom gives a clone's nodes the original as ownerDocument.
 */
import { byId, type ElementIndex } from './dom';
import { findFurniture, isMenuLabel } from './furniture';

export interface PrepareOptions {
  /**
   * Use what we know of public-sector pages: cut to <main> or the content column and drop their
   * furniture. Off for other pages, where only the site's explicit ReadSpeaker hints are used, so
   * extraction there is never worse than plain Readability.
   */
  steer: boolean;
  /** The clone's elements, listed before anything in it changed. */
  index?: ElementIndex;
  /** The page's heading (pageHeading) as found on the clone before anything in it changed. */
  h1?: Element | null;
}

export interface Prepared {
  /** Contact boxes found on the page, each as lines, kept apart from what is read. */
  contact: string[][];
  /** The element the site named as its article, if any. */
  container: Element | null;
}

const READSPEAKER_SKIP = '.rs_skip, .rsbtn, [id^="readspeaker_button"]';
/** Whether an element may match READSPEAKER_SKIP (quirks mode matches class names in any case). */
function maySkip(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && /rs_skip|rsbtn/i.test(cls)) return true;
  const id = el.getAttribute('id');
  return !!id && /^readspeaker_button/i.test(id);
}

/** Characters of text a container must hold to be taken as the article. */
const MIN_CONTAINER_TEXT = 140;

export function prepareClone(clone: Document, options: PrepareOptions = { steer: true }): Prepared {
  const body = clone.body;
  if (!body) return { contact: [], container: null };

  // What the site itself keeps out of reading: its ReadSpeaker player and rs_skip parts.
  const skipped = options.index
    ? options.index.select(READSPEAKER_SKIP, maySkip, options.index.within(body))
    : Array.from(body.querySelectorAll(READSPEAKER_SKIP));
  for (const el of skipped) el.remove();

  // The heading found before is still the page's when nothing went (most pages have no ReadSpeaker).
  const h1 = options.h1 !== undefined && !skipped.length ? options.h1 : pageHeading(clone);
  const links = options.index && !skipped.length ? options.index.tags('a') : null;
  let container = withHeading(readSpeakerContainer(clone, links), h1);
  if (options.steer) {
    container ??= mainContainer(clone) ?? sitevisionColumn(h1);
    openAccordions(clone, body);
    keepQuoteAttributions(clone, body);
    unwrapFigureBoxes(body);
  }

  let contact: string[][] = [];
  if (options.steer) {
    const found = findFurniture(body, { doc: clone, keep: [h1, container].filter((e): e is Element => e !== null) });
    contact = found.contact;
    const parents = new Set<Element>();
    for (const el of found.remove) {
      if (el.parentElement) parents.add(el.parentElement);
      el.remove();
    }
    // Containers left with nothing but separators ("|", "/") after their controls went.
    dropEmptied(parents);
    keepAsidesInText(clone, body);
  }

  if (container && container !== body && body.contains(container)) {
    // Keep the page's h1 when the site's container starts below it.
    const heading = h1 && body.contains(h1) && !container.contains(h1) && !h1.contains(container) ? h1 : null;
    body.replaceChildren(...(heading ? [heading, container] : [container]));
  }
  return { contact, container };
}

/** What holds a page's main content ("main h1" is an h1 inside one). */
const MAIN_PART = 'main, [role="main"], article';

/** The page's own heading: the one h1 (in the main content when there are several). */
export function pageHeading(doc: Document, index?: ElementIndex): Element | null {
  const h1s = index ? index.tags('h1') : Array.from(doc.querySelectorAll('h1'));
  // A heading that labels a menu (Sitevision's mobile toggle is an <h1>Huvudmeny</h1>) is not it.
  const scoped = h1s.filter((h) => !!h.parentElement?.closest(MAIN_PART) && !isMenuLabel(h));
  if (scoped.length === 1) return scoped[0]!;
  const all = h1s.filter((h) => {
    if (h.closest('nav, footer') || isMenuLabel(h)) return false;
    const header = h.closest('header');
    return !header || header.closest('article, main, [role="main"]') !== null;
  });
  return all.length === 1 ? all[0]! : (all[0] ?? null);
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

const READSPEAKER_LINK = 'a[href*="readid="], a[href*="readclass="]';

/** The container ReadSpeaker's own "Lyssna" link names: readid (an id) or readclass (a class). */
function readSpeakerContainer(clone: Document, anchors: readonly Element[] | null): Element | null {
  const links = anchors
    ? anchors.filter((a) => /readid=|readclass=/i.test(a.getAttribute('href') ?? '') && a.matches(READSPEAKER_LINK))
    : Array.from(clone.querySelectorAll(READSPEAKER_LINK));
  for (const link of links) {
    const href = (link.getAttribute('href') ?? '').replace(/&amp;/g, '&');
    const id = /[?&;]readid=([^&;#]+)/.exec(href)?.[1];
    if (id) {
      const el = byId(clone, safeDecode(id));
      if (el && textLength(el) >= MIN_CONTAINER_TEXT) return el;
    }
    const cls = /[?&;]readclass=([^&;#]+)/.exec(href)?.[1];
    if (cls) {
      const name = safeDecode(cls).split(/[ ,+]/)[0] ?? '';
      const el = name
        ? Array.from(clone.getElementsByClassName(name)).find((e) => textLength(e) >= MIN_CONTAINER_TEXT)
        : null;
      if (el) return el;
    }
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Sites often name only the body text for ReadSpeaker and leave the heading, lead and picture out.
 * The article is then the smallest element holding both the named container and the page's h1.
 */
function withHeading(container: Element | null, h1: Element | null): Element | null {
  if (!container || !h1 || container.contains(h1)) return container;
  for (let up = container.parentElement; up; up = up.parentElement) {
    if (up.contains(h1)) return up.tagName.toUpperCase() === 'BODY' ? container : up;
  }
  return container;
}

/** The page's one <main> (or role=main) when it holds text. */
function mainContainer(clone: Document): Element | null {
  const mains = Array.from(clone.querySelectorAll('main, [role="main"]')).filter(
    (m) => !m.parentElement?.closest('main, [role="main"]'),
  );
  if (mains.length !== 1) return null;
  return textLength(mains[0]!) >= MIN_CONTAINER_TEXT ? mains[0]! : null;
}

/** Sitevision lays pages out in grid columns (sv-column-N); the article is the column with the h1. */
function sitevisionColumn(h1: Element | null): Element | null {
  for (let up = h1?.parentElement ?? null; up; up = up.parentElement) {
    if (/\bsv-column-\d+\b/.test(up.getAttribute('class') ?? '') && textLength(up) >= MIN_CONTAINER_TEXT) return up;
  }
  return null;
}

/**
 * Expandable sections ("Vanliga frågor"): the question sits in a button that Readability would drop,
 * and the answer is hidden until opened. Both are article text: the button's content is moved into a
 * plain element and the panel it controls is shown.
 */
function openAccordions(doc: Document, root: Element) {
  // Tabs: every panel is article text, the one shown and the ones behind the other tabs.
  for (const tab of Array.from(root.querySelectorAll('[role="tab"][aria-controls]'))) {
    for (const id of (tab.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean)) {
      const panel = byId(doc, id);
      if (panel) show(panel);
    }
  }
  for (const button of Array.from(root.querySelectorAll('button[aria-expanded], [role="button"][aria-expanded]'))) {
    for (const id of (button.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean)) {
      const panel = byId(doc, id);
      if (panel) show(panel);
    }
    if (button.tagName.toUpperCase() === 'BUTTON' && (button.textContent ?? '').trim().length > 3) {
      const span = doc.createElement('span');
      span.append(...Array.from(button.childNodes));
      button.replaceWith(span);
    }
  }
}

function show(panel: Element) {
  panel.removeAttribute('hidden');
  panel.removeAttribute('aria-hidden');
  const style = panel.getAttribute('style');
  if (style) panel.setAttribute('style', style.replace(/display\s*:\s*none\s*;?/gi, ''));
}

/**
 * A box of nothing but pictures with captions (an image portlet, a gallery): Readability drops a box
 * with more pictures than paragraphs, captions and all. Unwrapped, each figure is judged on its own
 * beside the text around it.
 */
function unwrapFigureBoxes(root: Element) {
  for (const box of Array.from(root.querySelectorAll('div, section'))) {
    const children = Array.from(box.children);
    if (children.length < 2 || !children.every((c) => c.tagName.toUpperCase() === 'FIGURE')) continue;
    if (!children.some((c) => c.querySelector('figcaption'))) continue;
    box.replaceWith(...Array.from(box.childNodes));
  }
  // A captioned picture in a box of its own between two parts of the text (CMSs that build a page of
  // portlets or blocks) goes with the text that follows it, where Readability keeps it.
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    if (!figure.querySelector('figcaption') || figure.parentElement?.querySelector(':scope > p')) continue;
    const next = followingProse(figure);
    if (next) next.before(figure);
  }
}

/** The first paragraph of prose after `el` among its next siblings or theirs, a few levels up. */
function followingProse(el: Element): Element | null {
  for (let at: Element | null = el, level = 0; at && level < 3; at = at.parentElement, level++) {
    for (let sib = at.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const p = sib.tagName.toUpperCase() === 'P' ? sib : sib.querySelector('p');
      if (p && textLength(p) >= 60) return p;
      if (textLength(sib) > 0 && sib.querySelector('h1, h2, h3')) return null;
    }
  }
  return null;
}

/** A quote's own <footer> ("– Anna Berg, driftchef") is part of the quote; Readability drops footers. */
function keepQuoteAttributions(doc: Document, root: Element) {
  for (const footer of Array.from(root.querySelectorAll('blockquote footer, figure footer'))) {
    const p = doc.createElement('p');
    p.append(...Array.from(footer.childNodes));
    footer.replaceWith(p);
  }
}

/**
 * A box standing between paragraphs of the text ("Fakta: Malmö Live") is part of the article; an
 * <aside> beside the text is a sidebar. Readability drops every <aside>, so one in the text's flow
 * becomes a plain <div>. Runs after the furniture rules have taken contact and link boxes out.
 */
function keepAsidesInText(doc: Document, root: Element) {
  const prose = (el: Element | null) => !!el && el.tagName.toUpperCase() === 'P' && textLength(el) >= 60;
  for (const aside of Array.from(root.querySelectorAll('aside'))) {
    if (!root.contains(aside)) continue;
    let before = aside.previousElementSibling;
    while (before && !/^(?:P|H[2-6]|UL|OL)$/i.test(before.tagName)) before = before.previousElementSibling;
    let after = aside.nextElementSibling;
    while (after && !/^(?:P|H[2-6]|UL|OL)$/i.test(after.tagName)) after = after.nextElementSibling;
    if (!prose(before) || !prose(after)) continue;
    const div = doc.createElement('div');
    div.append(...Array.from(aside.childNodes));
    aside.replaceWith(div);
  }
}

/** Removes elements whose text is now only separators, so "Lyssna | Sluta lyssna" leaves no "|". */
function dropEmptied(parents: Iterable<Element>) {
  for (const start of parents) {
    for (let el: Element | null = start, level = 0; el && level < 3; level++) {
      const up: Element | null = el.parentElement;
      if (!up || el.tagName.toUpperCase() === 'BODY') break;
      const text = el.textContent ?? '';
      const empty = text.length < 40 && !/[\p{L}\p{N}]/u.test(text);
      if (!empty || el.querySelector('img, picture, svg, video, audio, iframe, table, input, textarea, select')) break;
      el.remove();
      el = up;
    }
  }
}
