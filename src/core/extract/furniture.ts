/**
 * The furniture of Swedish public-sector pages: what a site puts around and inside its articles that
 * is not the article. Each rule says how such a thing is built, in any wording: a skip link is an
 * in-page link that says "go to the content"; a feedback widget is a short question with a few answer
 * controls; a share box is a group of links to share endpoints; a cookie notice talks about cookies and
 * has a button to dismiss it. Rules run on the clone only, never on the live page.
 */
import { isDateLine } from './dates';
import { byId } from './dom';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text lengths of every element, worked out once bottom-up (a 10 MB page must stay linear). */
export class TextSizes {
  private readonly sizes = new Map<Element, number>();

  constructor(root: Element) {
    // Iterative post-order: children first, each text node counted once.
    const stack: Array<[Element, number]> = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [el, index] = top;
      const child = el.childNodes[index];
      if (!child) {
        stack.pop();
        let n = 0;
        for (const c of Array.from(el.childNodes)) {
          if (c.nodeType === 3) n += collapse(c.nodeValue ?? '').length;
          else if (c.nodeType === 1) n += this.sizes.get(c as Element) ?? 0;
        }
        this.sizes.set(el, n);
        continue;
      }
      top[1] = index + 1;
      if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') this.sizes.set(child as Element, 0);
        else stack.push([child as Element, 0]);
      }
    }
  }

  of(el: Element): number {
    return this.sizes.get(el) ?? collapse(el.textContent ?? '').length;
  }
}

/** Visible text of a small element (callers check the size first). */
export function textOf(el: Element): string {
  return collapse(el.textContent ?? '');
}

const words = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id}`;

/** A class or id made of these words (as whole words: "share-buttons", "cookie_notice", "CookieBanner"). */
function nameHas(el: Element, word: RegExp): boolean {
  const raw = words(el);
  if (!raw.trim()) return false;
  const parts = raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
  return parts.some((p) => word.test(p));
}

const CONTROL_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'LABEL', 'SELECT']);

function controlText(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return collapse(el.getAttribute('value') ?? el.getAttribute('aria-label') ?? '');
  return textOf(el) || collapse(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
}

// ---------------------------------------------------------------- words sites use

/** "Gå till innehåll", "Hoppa till huvudinnehåll", "Direkt till innehållet", "Skip to content". */
const SKIP_TEXT =
  /^(?:(?:gå|hoppa|direkt|skip|jump|till)\b.{0,30}\b(?:innehåll\w*|huvudinnehåll\w*|content|main|meny\w*|huvudmeny\w*|sidomeny\w*|navigering\w*|navigation|sök\w*)|hoppa över\b.*)$/i;
const BREADCRUMB_LABEL = /^(?:du är här|du befinner dig här|här är du|sökväg|you are here)\b/i;
const BREADCRUMB_NAME = /brödsmul|brodsmul|breadcrumb|du är här|sökväg|you are here/i;
const LISTEN_TEXT =
  /^(?:lyssna|sluta lyssna|stoppa uppläsning(?:en)?|läs upp(?: sidan| texten)?|pausa|talande webb|listen)(?:\s+(?:på|till)\s+(?:sidan|texten|innehållet|sidans text)(?:\s.{0,30})?)?$/i;
const SHARE_TEXT =
  /^(?:dela|dela sidan|dela på .{1,20}|dela via .{1,20}|share|tipsa en vän|tipsa|skicka sidan|e-posta sidan)$/i;
const PRINT_TEXT = /^(?:skriv ut|skriv ut sidan|skriv ut den här sidan|utskriftsvänlig(?: version)?|print)$/i;
const SHARE_HREF =
  /(?:facebook\.com\/shar|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|cws\/share)|pinterest\.\w+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:\/\/send|api\.whatsapp\.com\/send|t\.me\/share|addtoany\.com|addthis\.com)/i;
const PRINT_HREF = /(?:^javascript:.*print|[?&](?:print|printable|utskrift)=|\.printable\b|\/print\/)/i;
const COOKIE_WORDS = /\b(?:kakor|kakan|cookies?|webbkakor|kakfiler)\b/i;
const COOKIE_NAME =
  /^(?:cookies?|cookiebot|cybotcookiebotdialog|cybot|consent|gdpr|kakor|kakbanner|cookiebanner|cookiebar|cookieconsent)$/;
const CONTACT_HEADING =
  /^(?:frågor\??\s*)?(?:kontakt(?:a oss|a|information|person(?:er)?|uppgifter|er)?|contact(?: us)?)\b/i;
const CONTACT_HEADING_ONLY =
  /^(?:frågor\??\s*)?(?:kontakt(?:a oss|information|person(?:er)?|uppgifter|er)?|contact(?: us)?)\s*:?$/i;
const CONTACT_NAME =
  /^(?:contact|contacts|kontakt|kontakter|kontaktruta|kontaktinformation|contactcard|kontaktperson)$/;
const CONTACT_CONTENT = /(?:\b0\d{1,3}[- ]?\d{2,3}[ \d]{2,9}\b|\+46|@[\w-]+\.\w|\btelefon\b|\be-post\b|\bväxel\b)/i;
const RELATED_HEADING =
  /^(?:relaterad\w*|se även|se också|läs (?:också|även|mer)|mer om\b|andra (?:har )?(?:också )?läs\w*|du kanske (?:också )?\w+|related|more on)\b/i;
const TOC_HEADING =
  /^(?:innehåll(?:sförteckning)?(?: på (?:den här )?sidan)?|på (?:den här )?sidan|on this page|contents?)\s*:?$/i;
const CREDIT = /^(?:foto|fotograf|bild|bildkälla|illustration|photo|image|grafik)\s*:|^©/i;
const CREDIT_NAME = /^(?:credit|credits|photographer|fotograf|copyright|bildkalla|byline)$/;
const HIDDEN_NAME = /^(?:sr|visually|visuallyhidden|screenreader|svhidden|osynlig|dold)$/;
const SHARE_NAME = /^(?:share|sharing|sharebuttons|sharebuttonlist|socialmedia|some|addthis|addtoany|a2a|dela)$/;
const FEEDBACK_NAME = /^(?:feedback|pagefeedback|customerfeedback|rating|survey|helpful|poll)$/;

// ---------------------------------------------------------------- the rules

export interface FurnitureResult {
  /** Elements to drop from the clone. */
  remove: Element[];
  /** Contact boxes, each as lines of text, kept apart from what is read. */
  contact: string[][];
}

export interface FurnitureOptions {
  /** The document `root` is in (for id lookups). */
  doc: Document;
  /** What must survive whatever a rule says: the page's h1 and the site's own article container. */
  keep: Element[];
}

/** Finds furniture under `root` (the clone's body). Nothing is removed here. */
export function findFurniture(root: Element, options: FurnitureOptions): FurnitureResult {
  const sizes = new TextSizes(root);
  const found = new Set<Element>();
  const contact: string[][] = [];
  const protectedEls = options.keep;
  const holdsKept = (el: Element) => protectedEls.some((k) => el === k || el.contains(k));
  const add = (el: Element | null | undefined) => {
    if (el && el !== root && !holdsKept(el)) found.add(el);
  };

  // Furniture by what it is.
  for (const el of Array.from(
    root.querySelectorAll(
      'nav, [role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], [role="dialog"], [role="alertdialog"], dialog, ' +
        '.rs_skip, .rsbtn, [id^="readspeaker"], [itemtype*="BreadcrumbList" i], form[action*="sok" i], form[action*="search" i]',
    ),
  ))
    add(el);
  // Page header and footer, unless they are an article's own (<article><header><h1>...).
  for (const el of Array.from(root.querySelectorAll('header, footer')))
    if (!el.closest('article, main, [role="main"], blockquote, figure')) add(el);

  for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-labelledby]'))) {
    const label = ariaLabel(el, options.doc);
    if (BREADCRUMB_NAME.test(label) || /^(?:kak|cookie|samtycke|consent)/i.test(label)) add(el);
  }

  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const size = sizes.of(el);
    if (
      nameHas(el, HIDDEN_NAME) &&
      /(?:sr-only|visually-?hidden|screen-?reader|svhidden|osynlig|dold)/i.test(words(el))
    ) {
      // Text for screen readers only ("öppnas i nytt fönster"); a skip link that shows on focus too.
      if (size < 200) add(el);
      continue;
    }
    if (size > 1500) continue;
    if (nameHas(el, COOKIE_NAME) || nameHas(el, /^(?:breadcrumbs?|brodsmulor|crumbs)$/)) add(el);
    else if (size <= 600 && (nameHas(el, SHARE_NAME) || nameHas(el, FEEDBACK_NAME)) && !hasProse(el, sizes)) add(el);
    else if (size <= 120 && nameHas(el, CREDIT_NAME)) add(el);
  }

  // Controls: skip links, listen buttons, share and print links.
  for (const el of Array.from(
    root.querySelectorAll('a, button, [role="button"], input[type="button"], input[type="submit"]'),
  )) {
    const text = controlText(el);
    const href = el.getAttribute('href') ?? '';
    if (href.startsWith('#') && SKIP_TEXT.test(text)) {
      add(controlGroup(el, sizes, SKIP_TEXT));
      continue;
    }
    if (/readspeaker\.com|[?&]readid=|[?&]readclass=/i.test(href) || (text.length <= 60 && LISTEN_TEXT.test(text))) {
      add(controlGroup(el, sizes, LISTEN_TEXT));
      continue;
    }
    const onclick = el.getAttribute('onclick') ?? '';
    const share = SHARE_HREF.test(href) || /^mailto:\?/i.test(href) || (text.length <= 40 && SHARE_TEXT.test(text));
    const print = PRINT_HREF.test(href) || /print\s*\(/.test(onclick) || (text.length <= 40 && PRINT_TEXT.test(text));
    if (share || print) add(controlGroup(el, sizes, /^(?:dela|skriv ut|tipsa|share|print)/i));
  }

  // Labelled lines: "Du är här: Start / Bo / Bygglov".
  forEachTextNode(root, (node) => {
    const value = collapse(node.nodeValue ?? '');
    if (!value || value.length > 60) return;
    if (BREADCRUMB_LABEL.test(value)) {
      for (let el = node.parentElement, level = 0; el && el !== root && level < 4; el = el.parentElement, level++) {
        if (sizes.of(el) > 400) break;
        if (BREADCRUMB_LABEL.test(textOf(el)) && el.querySelector('a')) {
          add(el);
          break;
        }
      }
    }
  });

  for (const widget of feedbackWidgets(root, sizes)) add(widget);
  for (const notice of cookieNotices(root, sizes)) add(notice);
  for (const toc of tablesOfContents(root, sizes)) add(toc);
  for (const box of headedBoxes(root, sizes)) {
    if (holdsKept(box.el)) continue;
    if (box.kind === 'contact') contact.push(contactLines(box.el));
    add(box.el);
  }

  // Page dates are metadata (kept in Article.published/updated), not text to read.
  for (const el of dateLines(root, sizes)) add(el);
  // Image credits ("Foto: Anna Berg") in their own element.
  for (const el of Array.from(root.querySelectorAll('span, small, p, div, em, i, cite'))) {
    if (sizes.of(el) <= 100 && el.children.length <= 2 && CREDIT.test(textOf(el))) add(el);
  }

  // Outermost first; an element inside another that goes is not listed twice.
  const remove = [...found].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (found.has(up)) return false;
    return true;
  });
  return { remove, contact };
}

function ariaLabel(el: Element, doc: Document): string {
  const label = el.getAttribute('aria-label');
  if (label) return collapse(label);
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return collapse(ids.map((id) => byId(doc, id)?.textContent ?? '').join(' '));
}

/** Prose: a paragraph of 80+ characters that is not mostly links. */
function hasProse(el: Element, sizes: TextSizes): boolean {
  for (const p of Array.from(el.querySelectorAll('p, li, dd, td'))) {
    const size = sizes.of(p);
    if (size < 80) continue;
    let links = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) links += sizes.of(a);
    if (links < size / 2) return true;
  }
  return false;
}

/**
 * The group a control belongs to: climb while the ancestor holds nothing but such controls, their
 * labels ("Dela sidan:") and separators, so "Lyssna | Sluta lyssna" or a list of share links goes whole.
 */
function controlGroup(control: Element, sizes: TextSizes, label: RegExp): Element {
  let group: Element = control;
  for (let up = control.parentElement, level = 0; up && level < 5; up = up.parentElement, level++) {
    if (sizes.of(up) > 400 || up.matches('body, main, article, [role="main"]')) break;
    if (!onlyControls(up, label)) break;
    group = up;
  }
  return group;
}

/** The element's text is its controls' text plus at most a short label and separators. */
function onlyControls(el: Element, label: RegExp): boolean {
  let rest = textOf(el);
  const controls = Array.from(el.querySelectorAll('a, button, [role="button"], input, label, summary'));
  if (controls.length === 0) return false;
  for (const c of controls) {
    const t = controlText(c);
    if (t) rest = rest.replace(t, ' ');
  }
  rest = collapse(rest.replace(/[|/·•:,–-]+/g, ' '));
  return rest.length === 0 || (rest.length <= 40 && label.test(rest));
}

function forEachTextNode(root: Element, visit: (node: Text) => void) {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/i.test(parent.tagName)) continue;
    visit(node as Text);
  }
}

const isChoice = (el: Element): boolean => {
  const tag = el.tagName.toUpperCase();
  const text = controlText(el);
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'radio' || type === 'checkbox' || ((type === 'submit' || type === 'button') && text.length <= 30);
  }
  if (tag === 'BUTTON' || el.getAttribute('role') === 'button' || el.getAttribute('role') === 'radio')
    return text.length <= 40 && !el.hasAttribute('aria-expanded');
  if (tag === 'A') {
    const href = el.getAttribute('href') ?? '';
    // An answer link stays on the page: "#", "?svar=ja", "javascript:".
    return text.length <= 30 && /^(?:#|\?|javascript:)/i.test(href);
  }
  return false;
};

/**
 * "Was this page helpful?" in any wording: a short question (a sentence ending in "?") with two or
 * more answer controls (buttons, radio buttons, links that stay on the page), all in a small box.
 * The box grows to take in its own notes ("Vi kan inte svara på frågor här") while it stays small.
 */
function feedbackWidgets(root: Element, sizes: TextSizes): Element[] {
  const widgets = new Set<Element>();
  const choices = Array.from(root.querySelectorAll('button, input, a[href], [role="button"], [role="radio"]')).filter(
    isChoice,
  );
  const seen = new Set<Element>();
  for (const choice of choices) {
    for (
      let box = choice.parentElement, level = 0;
      box && box !== root && level < 5;
      box = box.parentElement, level++
    ) {
      if (seen.has(box)) break;
      const size = sizes.of(box);
      if (size > 500) break;
      if (box.querySelector('h1')) break;
      const controls = choices.filter((c) => box.contains(c));
      if (controls.length < 2) continue;
      if (!hasQuestion(box, controls)) continue;
      seen.add(box);
      let widget = box;
      for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
        if (sizes.of(up) > 500 || up.querySelector('h1') || up.matches('main, article, [role="main"], body')) break;
        if (sizes.of(up) - sizes.of(widget) > 160 || hasProse(up, sizes)) break;
        widget = up;
      }
      widgets.add(widget);
      break;
    }
  }
  return [...widgets];
}

/** A question outside the controls: text ending in "?" that is no link (a link would be content). */
function hasQuestion(box: Element, controls: readonly Element[]): boolean {
  let found = false;
  forEachTextNode(box, (node) => {
    if (found) return;
    const parent = node.parentElement;
    if (!parent || controls.some((c) => c.contains(parent)) || parent.closest('a')) return;
    const text = collapse(node.nodeValue ?? '');
    if (text.length >= 8 && text.length <= 160 && /\?\s*$/.test(text)) found = true;
  });
  if (found) return true;
  // The question may be a <legend>, <label> or heading split over several text nodes.
  for (const el of Array.from(box.querySelectorAll('legend, h2, h3, h4, h5, h6, p, strong, label, span'))) {
    if (controls.some((c) => c.contains(el) || el.contains(c))) continue;
    const text = textOf(el);
    if (text.length >= 8 && text.length <= 160 && /\?$/.test(text)) return true;
  }
  return false;
}

/** A box that talks about cookies and has a control to answer it. */
function cookieNotices(root: Element, sizes: TextSizes): Element[] {
  const notices = new Set<Element>();
  forEachTextNode(root, (node) => {
    if (!COOKIE_WORDS.test(node.nodeValue ?? '')) return;
    for (let box = node.parentElement, level = 0; box && box !== root && level < 5; box = box.parentElement, level++) {
      if (sizes.of(box) > 700 || box.querySelector('h1')) break;
      const controls = Array.from(
        box.querySelectorAll('button, input[type="button"], input[type="submit"], [role="button"]'),
      );
      const answerLinks = Array.from(box.querySelectorAll('a')).filter((a) =>
        /^(?:ok(?:ej|ay)?|jag förstår|godkänn.*|acceptera.*|tillåt.*|neka|stäng|ja\b.*|nej\b.*|i agree|accept.*)$/i.test(
          textOf(a),
        ),
      );
      if (controls.length + answerLinks.length > 0) {
        notices.add(box);
        break;
      }
    }
  });
  return [...notices];
}

/** A list of links to places on the same page, with its title: rebuilt from headings, not read. */
function tablesOfContents(root: Element, sizes: TextSizes): Element[] {
  const found: Element[] = [];
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    if (items.length < 2) continue;
    const inPage = items.every((li) => {
      const links = li.querySelectorAll('a');
      return (
        links.length > 0 &&
        Array.from(links).every((a) => (a.getAttribute('href') ?? '').startsWith('#')) &&
        sizes.of(li) <= 120
      );
    });
    if (!inPage) continue;
    // Take the box with its title ("Innehåll på sidan") when the box holds nothing else.
    let box: Element = list;
    const parent = list.parentElement;
    if (parent && parent !== root && sizes.of(parent) - sizes.of(list) <= 40) {
      const rest = collapse(textOf(parent).replace(textOf(list), ''));
      if (!rest || TOC_HEADING.test(rest)) box = parent;
    }
    found.push(box);
  }
  return found;
}

interface HeadedBox {
  el: Element;
  kind: 'contact' | 'related';
}

/**
 * Side boxes known by their heading: "Kontakt" (kept apart as contact information) and "Relaterade
 * sidor" / "Se även" (links on). The box is the heading's container while it stays small.
 */
function headedBoxes(root: Element, sizes: TextSizes): HeadedBox[] {
  const boxes: HeadedBox[] = [];
  const heads = Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, legend, [class*="title" i], strong, b'));
  const taken = new Set<Element>();
  for (const head of heads) {
    const title = textOf(head);
    if (!title || title.length > 50) continue;
    const contactHead = CONTACT_HEADING.test(title);
    const relatedHead = !contactHead && RELATED_HEADING.test(title);
    if (!contactHead && !relatedHead) continue;
    // The heading's box: its parent, or higher while the heading is still at the top of it.
    let box: Element | null = null;
    for (let up = head.parentElement, level = 0; up && up !== root && level < 3; up = up.parentElement, level++) {
      if (up.matches('main, article, [role="main"], body') || up.querySelector('h1')) break;
      const size = sizes.of(up);
      if (size > (contactHead ? 700 : 1000)) break;
      if (!startsWith(up, head)) break;
      box = up;
    }
    if (!box || taken.has(box)) continue;
    if (contactHead) {
      if (!CONTACT_CONTENT.test(textOf(box)) && !box.querySelector('a[href^="tel:"], a[href^="mailto:"]')) continue;
      if (hasLongProse(box, sizes)) continue;
      boxes.push({ el: box, kind: 'contact' });
    } else {
      const links = Array.from(box.querySelectorAll('a')).reduce((n, a) => n + sizes.of(a), 0);
      if (links < (sizes.of(box) - title.length) * 0.7) continue;
      boxes.push({ el: box, kind: 'related' });
    }
    taken.add(box);
  }
  // Boxes named as contact boxes by their class, with contact content and no heading we know.
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (taken.has(el) || sizes.of(el) > 700 || !nameHas(el, CONTACT_NAME)) continue;
    if (el.matches('main, article, [role="main"]') || el.querySelector('h1')) continue;
    if (!CONTACT_CONTENT.test(textOf(el)) || hasLongProse(el, sizes)) continue;
    if ([...taken].some((t) => t.contains(el) || el.contains(t))) continue;
    boxes.push({ el, kind: 'contact' });
    taken.add(el);
  }
  return boxes;
}

/** Whether `head` comes first in `box` (nothing with text before it). */
function startsWith(box: Element, head: Element): boolean {
  const boxText = textOf(box);
  return boxText.startsWith(textOf(head));
}

/** A contact box holds names, numbers and opening hours, not paragraphs of 200+ characters. */
function hasLongProse(el: Element, sizes: TextSizes): boolean {
  return Array.from(el.querySelectorAll('p, li, dd')).some((p) => sizes.of(p) > 200);
}

const LINE_BREAKERS = new Set([
  'P',
  'DIV',
  'LI',
  'DT',
  'DD',
  'BR',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'ADDRESS',
  'SECTION',
]);

/** A contact box as lines: one per paragraph, list item or <br>; the heading left out. */
export function contactLines(box: Element): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = collapse(line);
    if (text && !CONTACT_HEADING_ONLY.test(text)) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BUTTON') return;
    const breaks = LINE_BREAKERS.has(tag);
    if (breaks) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (breaks) flush();
    else if (CONTROL_TAGS.has(tag)) line += ' ';
  };
  walk(box);
  flush();
  return lines;
}

/** Elements that only state page dates: "Publicerad 9 februari 2023", "Senast uppdaterad: 2024-03-14". */
function dateLines(root: Element, sizes: TextSizes): Element[] {
  const lines = new Set<Element>();
  const candidates = Array.from(root.querySelectorAll('p, div, span, dl, ul, li, footer, small, time, section'));
  for (const el of candidates) {
    if (sizes.of(el) > 200 || sizes.of(el) < 6) continue;
    if (isDateLine(el)) lines.add(el);
  }
  // The outermost of nested date lines.
  return [...lines].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (lines.has(up)) return false;
    return true;
  });
}
