/**
 * The furniture of Swedish public-sector pages: what a site puts around and inside its articles that
 * is not the article. Each rule says how such a thing is built, in any wording: a skip link is an
 * in-page link that says "go to the content"; a feedback widget is a short question with a few answer
 * controls; a share box is a group of links to share endpoints; a cookie notice talks about cookies and
 * has a button to dismiss it. Rules run on the clone only, never on the live page.
 */
import { isDateLine, isDateText } from './dates';
import { byId } from './dom';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** collapse(text).length, without building the string when its white space is all single spaces. */
function collapsedLength(text: string): number {
  const trimmed = text.trim();
  return IRREGULAR_SPACE.test(trimmed) ? collapse(trimmed).length : trimmed.length;
}
/** White space other than a single space: two in a row, or any but U+0020. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

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
          if (c.nodeType === 3) n += collapsedLength(c.nodeValue ?? '');
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

/**
 * Every element under a root, in document order, found in one walk and grouped by tag; whole-page
 * querySelectorAll calls are slow on large pages (happy-dom scans the tree for each one).
 */
export class Scan {
  readonly all: Element[] = [];
  private readonly byTag = new Map<string, Element[]>();
  private readonly h1Holders = new Set<Element>();

  constructor(root: Element) {
    const stack: Element[] = [];
    for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
    while (stack.length) {
      const el = stack.pop()!;
      this.all.push(el);
      const tag = el.tagName.toUpperCase();
      const list = this.byTag.get(tag);
      if (list) list.push(el);
      else this.byTag.set(tag, [el]);
      if (tag === 'H1') for (let up = el.parentElement; up; up = up.parentElement) this.h1Holders.add(up);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    }
  }

  /** Elements with any of these tags, in document order. */
  tags(...names: string[]): Element[] {
    if (names.length === 1) return this.byTag.get(names[0]!) ?? [];
    const wanted = new Set(names);
    return this.all.filter((el) => wanted.has(el.tagName.toUpperCase()));
  }

  /** Elements with any of these attributes. */
  withAttribute(...names: string[]): Element[] {
    return this.all.filter((el) => names.some((n) => el.hasAttribute(n)));
  }

  holdsH1(el: Element): boolean {
    return this.h1Holders.has(el);
  }
}

/** Visible text of a small element (callers check the size first). */
export function textOf(el: Element): string {
  return collapse(el.textContent ?? '');
}

const words = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id}`;

/** A class or id made of these words (as whole words: "share-buttons", "cookie_notice", "CookieBanner"). */
function nameHas(el: Element, word: RegExp): boolean {
  return nameParts(el).some((p) => word.test(p));
}

/**
 * The words of each element's class and id, kept while findFurniture runs: its rules ask for them up to
 * six times per element, and nothing changes a class or id meanwhile.
 */
let namePartsKept: Map<Element, string[]> | null = null;

function nameParts(el: Element): string[] {
  let parts = namePartsKept?.get(el);
  if (parts) return parts;
  const raw = words(el);
  parts = raw.trim()
    ? raw
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[\s_-]+/)
    : [];
  namePartsKept?.set(el, parts);
  return parts;
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
/**
 * A heading that names the site's menu ("Huvudmeny", "Navigering", "Öppna meny"): never the article's
 * title or text. A bare "Meny" is left alone; a school's lunch menu may be headed so.
 */
const MENU_HEADING =
  /^(?:(?:öppna|stäng|visa|dölj|open|close|show|hide)\s+(?:huvud)?meny(?:n)?|(?:huvud|under|sido|mobil|topp|snabb)meny(?:n|er)?|(?:huvud|sido|under)?navigering(?:en)?|main (?:menu|navigation)|navigation|site menu)$/i;
/** A menu's open/close toggle by its class or id: "menu-toggler2", "nav-toggle", "hamburger". */
function isMenuToggle(el: Element): boolean {
  const parts = nameParts(el);
  if (parts.some((p) => /^(?:(?:menu|meny|nav)toggler?\d*|hamburger)$/.test(p))) return true;
  // Both words: an accordion's "accordion-toggle" opens content, not a menu.
  return parts.some((p) => /^(?:menu|meny|nav|navigation)$/.test(p)) && parts.some((p) => /^toggler?\d*$/.test(p));
}

/**
 * A heading that labels a menu rather than starting content: it names the menu, or it is the short
 * label of a click-to-open toggle (`<div id="menu-toggler"><h1>Anpassa/Språk</h1><img alt="menyikon">`).
 */
export function isMenuLabel(heading: Element): boolean {
  const text = textOf(heading);
  if (MENU_HEADING.test(text)) return true;
  if (text.length > 40) return false;
  for (let el: Element | null = heading, level = 0; el && level < 3; el = el.parentElement, level++)
    if (isMenuToggle(el)) return true;
  return false;
}
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
  /^(?:relaterad\w*|se även|se också|läs (?:också|även|mer)|mer om\b|andra (?:har )?(?:också )?läs\w*|du kanske (?:också )?\w+|fler \p{L}+|senaste (?:nyheter\w*|nytt|\p{L}+er)|andra nyheter|mer (?:från|nyheter)|related|more on)\b/iu;
/** Who is responsible for the page, who wrote it, what it is tagged with: "Sidansvarig: Bygglov". */
const META_LINE =
  /^(?:sidansvarig\w*|innehållsansvarig|ansvarig för (?:sidan|innehållet)|ansvarig utgivare|publicerad av|publicerat av|uppdaterad av|text(?: och (?:foto|bild))?|skribent|författare|redaktör|kategori(?:er)?|ämnen?|taggar|etiketter|nyckelord|lästid)\s*:/i;
const TAG_LABEL = /^(?:ämnen?|kategori(?:er)?|taggar|etiketter|nyckelord)$/i;
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
  namePartsKept = new Map();
  try {
    return furnitureUnder(root, options);
  } finally {
    namePartsKept = null;
  }
}

function furnitureUnder(root: Element, options: FurnitureOptions): FurnitureResult {
  const sizes = new TextSizes(root);
  const scan = new Scan(root);
  const found = new Set<Element>();
  const contact: string[][] = [];
  const protectedEls = options.keep;
  const holdsKept = (el: Element) => protectedEls.some((k) => el === k || el.contains(k));
  const add = (el: Element | null | undefined) => {
    if (el && el !== root && !holdsKept(el)) found.add(el);
  };

  // Furniture by what it is.
  for (const el of scan.tags('NAV', 'DIALOG')) add(el);
  for (const el of scan.withAttribute('role', 'itemtype')) {
    const role = el.getAttribute('role') ?? '';
    if (/^(?:navigation|search|banner|contentinfo|dialog|alertdialog)$/.test(role)) add(el);
    else if (/BreadcrumbList/i.test(el.getAttribute('itemtype') ?? '')) add(el);
  }
  for (const el of scan.tags('H1', 'H2', 'H3', 'H4', 'H5', 'H6')) if (isMenuLabel(el)) add(el);
  for (const el of scan.tags('FORM')) if (/(?:sok|sök|search)/i.test(el.getAttribute('action') ?? '')) add(el);
  // Page header and footer, unless they are an article's own (<article><header><h1>...).
  for (const el of scan.tags('HEADER', 'FOOTER'))
    if (!el.closest('article, main, [role="main"], blockquote, figure')) add(el);

  for (const el of scan.withAttribute('aria-label', 'aria-labelledby')) {
    const label = ariaLabel(el, options.doc);
    if (BREADCRUMB_NAME.test(label) || /^(?:kak|cookie|samtycke|consent)/i.test(label)) add(el);
  }

  for (const el of scan.withAttribute('class', 'id')) {
    if (/(?:^|\s)(?:rs_skip|rsbtn)(?:\s|$)/.test(el.getAttribute('class') ?? '') || el.id.startsWith('readspeaker')) {
      add(el);
      continue;
    }
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
  for (const el of scan.all) {
    const tag = el.tagName.toUpperCase();
    const type = tag === 'INPUT' ? (el.getAttribute('type') ?? '').toLowerCase() : '';
    if (
      tag !== 'A' &&
      tag !== 'BUTTON' &&
      el.getAttribute('role') !== 'button' &&
      type !== 'button' &&
      type !== 'submit'
    )
      continue;
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
    // "Lägg till i kalender": a file for the reader's calendar, not text.
    if (/\.ics(?:$|[?#])|^webcal:/i.test(href) || /^lägg till i (?:din |min )?kalender(?:n)?$/i.test(text)) {
      add(controlGroup(el, sizes, /^(?:lägg till|kalender)/i));
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

  for (const widget of feedbackWidgets(root, sizes, scan)) add(widget);
  for (const notice of cookieNotices(root, sizes, scan)) add(notice);
  for (const toc of tablesOfContents(root, sizes, scan)) add(toc);
  for (const box of headedBoxes(root, sizes, scan)) {
    if (holdsKept(box.el)) continue;
    // The site's own contact details in its footer are no page's contact box (the footer goes anyway).
    if (box.kind === 'contact' && inPageFrame(box.el)) continue;
    if (box.kind === 'contact') contact.push(contactLines(box.el, box.head));
    add(box.el);
  }

  // Old table layouts: a cell of nothing but links beside the cell that holds the article.
  for (const cell of scan.tags('TD')) {
    const size = sizes.of(cell);
    if (size === 0 || size > 1500 || scan.holdsH1(cell)) continue;
    const links = Array.from(cell.querySelectorAll('a'));
    if (links.length < 3 || links.reduce((n, a) => n + sizes.of(a), 0) < size * 0.85) continue;
    const row = cell.parentElement;
    if (row && Array.from(row.children).some((c) => c !== cell && (scan.holdsH1(c) || hasProse(c, sizes)))) add(cell);
  }

  // Page dates are metadata (kept in Article.published/updated), not text to read; so are the page's
  // owner, author and tags.
  for (const el of dateLines(sizes, scan)) add(el);
  for (const el of metaLines(root, sizes, scan)) add(el);
  for (const el of headerDateStamps(root, sizes, scan)) add(el);
  // Image credits ("Foto: Anna Berg") in their own element.
  for (const el of scan.tags('SPAN', 'SMALL', 'P', 'DIV', 'EM', 'I', 'CITE')) {
    if (sizes.of(el) <= 100 && el.children.length <= 2 && CREDIT.test(textOf(el))) add(el);
  }

  // Outermost first; an element inside another that goes is not listed twice.
  const remove = [...found].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (found.has(up)) return false;
    return true;
  });
  return { remove, contact };
}

/** Inside the page's header or footer: by tag, landmark role, or a class or id that says so. */
function inPageFrame(el: Element): boolean {
  const frame = el.closest('footer, header, [role="contentinfo"], [role="banner"], nav');
  // An article's own <header>/<footer> is part of the article, not of the page's frame.
  if (frame && !frame.closest('article, main, [role="main"]')) return true;
  for (let up: Element | null = el; up; up = up.parentElement)
    if (nameHas(up, /^(?:footer|sidfot|pagefooter|sitefooter|header|sidhuvud|siteheader)$/)) return true;
  return false;
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
function feedbackWidgets(root: Element, sizes: TextSizes, scan: Scan): Element[] {
  const widgets = new Set<Element>();
  const choices = scan.all.filter((el) => {
    const tag = el.tagName.toUpperCase();
    const role = el.getAttribute('role');
    const candidate =
      tag === 'BUTTON' ||
      tag === 'INPUT' ||
      (tag === 'A' && el.hasAttribute('href')) ||
      role === 'button' ||
      role === 'radio';
    return candidate && isChoice(el);
  });
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
      if (scan.holdsH1(box)) break;
      const controls = Array.from(
        box.querySelectorAll('button, input, a[href], [role="button"], [role="radio"]'),
      ).filter(isChoice);
      if (controls.length < 2) continue;
      // The question may stand just before an unwrapped row of answers ("<p>Gav sidan svar?</p><p><a>Ja</a>…").
      const prev = box.previousElementSibling;
      const prevQuestion =
        !!prev && sizes.of(prev) <= 160 && !prev.querySelector('a') && /\?$/.test(textOf(prev)) && sizes.of(prev) >= 8;
      if (!hasQuestion(box, controls) && !prevQuestion) continue;
      if (prevQuestion && !hasQuestion(box, controls)) widgets.add(prev!);
      seen.add(box);
      let widget = box;
      for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
        if (sizes.of(up) > 500 || scan.holdsH1(up) || up.matches('main, article, [role="main"], body')) break;
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
function cookieNotices(root: Element, sizes: TextSizes, scan: Scan): Element[] {
  const notices = new Set<Element>();
  forEachTextNode(root, (node) => {
    if (!COOKIE_WORDS.test(node.nodeValue ?? '')) return;
    for (let box = node.parentElement, level = 0; box && box !== root && level < 5; box = box.parentElement, level++) {
      if (sizes.of(box) > 700 || scan.holdsH1(box)) break;
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
function tablesOfContents(root: Element, sizes: TextSizes, scan: Scan): Element[] {
  const found: Element[] = [];
  for (const list of scan.tags('UL', 'OL')) {
    if (sizes.of(list) > 3000) continue;
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
  /** The heading that named the box (left out of its contact lines). */
  head?: Element;
}

/**
 * Side boxes known by their heading: "Kontakt" (kept apart as contact information) and "Relaterade
 * sidor" / "Se även" (links on). The box is the heading's container while it stays small.
 */
function headedBoxes(root: Element, sizes: TextSizes, scan: Scan): HeadedBox[] {
  const boxes: HeadedBox[] = [];
  const HEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'STRONG', 'B']);
  const heads = scan.all.filter(
    (el) => HEAD_TAGS.has(el.tagName.toUpperCase()) || /title/i.test(el.getAttribute('class') ?? ''),
  );
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
      const size = sizes.of(up);
      if (size > (contactHead ? 700 : 1000)) break;
      if (up.matches('main, article, [role="main"], body') || scan.holdsH1(up)) break;
      if (!startsWith(up, head)) break;
      // One box, one heading: a peer heading ("Relaterade sidor" under "Kontakt") starts another box.
      if (hasPeerHeading(up, head)) break;
      box = up;
    }
    if (!box || taken.has(box)) continue;
    if (contactHead) {
      if (!CONTACT_CONTENT.test(textOf(box)) && !box.querySelector('a[href^="tel:"], a[href^="mailto:"]')) continue;
      if (hasLongProse(box, sizes)) continue;
      boxes.push({ el: box, kind: 'contact', head });
    } else {
      const links = Array.from(box.querySelectorAll('a')).reduce((n, a) => n + sizes.of(a), 0);
      // Links on, perhaps with dates or a line of teaser text; never paragraphs of prose.
      if (links < (sizes.of(box) - title.length) * 0.45 || hasProse(box, sizes)) continue;
      boxes.push({ el: box, kind: 'related' });
    }
    taken.add(box);
  }
  // Boxes named as contact boxes by their class, with contact content and no heading we know.
  for (const el of scan.withAttribute('class', 'id')) {
    if (taken.has(el) || sizes.of(el) > 700 || !nameHas(el, CONTACT_NAME)) continue;
    if (el.matches('main, article, [role="main"]') || scan.holdsH1(el)) continue;
    if (!CONTACT_CONTENT.test(textOf(el)) || hasLongProse(el, sizes)) continue;
    if ([...taken].some((t) => t.contains(el) || el.contains(t))) continue;
    boxes.push({ el, kind: 'contact' });
    taken.add(el);
  }
  return boxes;
}

/** Another heading in `box` of the same or a higher level than `head` (any heading if `head` is none). */
function hasPeerHeading(box: Element, head: Element): boolean {
  const level = /^H([1-6])$/i.exec(head.tagName)?.[1];
  for (const h of Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (h === head || head.contains(h) || h.contains(head)) continue;
    if (!level || Number(h.tagName.slice(1)) <= Number(level)) return true;
  }
  return false;
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
export function contactLines(box: Element, head?: Element): string[] {
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
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BUTTON' || el === head) return;
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

/**
 * "Sidansvarig: C4 Teknik", "Text: Kommunikationsavdelningen", "Ämnen: Avfall, Miljö": short lines
 * naming the page's owner, author or tags. A line that holds only such a label and a date goes whole.
 */
function metaLines(root: Element, sizes: TextSizes, scan: Scan): Element[] {
  const found = new Set<Element>();
  for (const el of scan.tags('P', 'DIV', 'SPAN', 'LI', 'DD', 'SMALL', 'FOOTER')) {
    if (sizes.of(el) > 120 || sizes.of(el) < 4) continue;
    const text = textOf(el);
    let hit = META_LINE.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
    if (!hit && el.querySelector('a')) {
      // A tag field: a label ("Ämnen") and links.
      const first = el.firstElementChild;
      hit = !!first && TAG_LABEL.test(textOf(first)) && Array.from(el.querySelectorAll('a')).length > 0;
    }
    if (!hit) continue;
    // Widen to the line holding it when what else is there is only a date ("Text: X · 20 juni 2024").
    let line: Element = el;
    for (let up = el.parentElement, level = 0; up && up !== root && level < 2; up = up.parentElement, level++) {
      if (sizes.of(up) > 200) break;
      const rest = textOf(up).replace(textOf(line), ' ').trim();
      if (rest && !isDateText(rest, true)) break;
      line = up;
    }
    found.add(line);
  }
  return [...found];
}

/**
 * The article's own date stamp above its text: a short line with a <time> and at most a word or two
 * of type ("Nyhet · 12 mars 2024", "Pressmeddelande | 2024-03-12"), before the first paragraph of prose.
 */
function headerDateStamps(root: Element, sizes: TextSizes, scan: Scan): Element[] {
  const found: Element[] = [];
  const firstProse = scan.tags('P').find((p) => sizes.of(p) >= 80);
  for (const time of scan.tags('TIME').slice(0, 8)) {
    if (firstProse && firstProse.compareDocumentPosition(time) & 4 /* FOLLOWING */) break;
    const line = time.parentElement;
    if (!line || line === root || time.closest('li, dl, table, a') || sizes.of(line) > 60) continue;
    const rest = textOf(line)
      .replace(textOf(time), ' ')
      .replace(/[|·•,:–—-]+/g, ' ')
      .trim();
    if (rest.split(/\s+/).filter(Boolean).length <= 2 && !/[.!?]/.test(rest)) found.push(line);
  }
  return found;
}

const FOUR_DIGITS = /\d{4}/;

/** Elements that only state page dates: "Publicerad 9 februari 2023", "Senast uppdaterad: 2024-03-14". */
function dateLines(sizes: TextSizes, scan: Scan): Element[] {
  const lines = new Set<Element>();
  const candidates = scan.tags('P', 'DIV', 'SPAN', 'DL', 'UL', 'LI', 'FOOTER', 'SMALL', 'TIME', 'SECTION');
  for (const el of candidates) {
    if (sizes.of(el) > 200 || sizes.of(el) < 6) continue;
    // Every date has a four-digit year, and a line's text with spaces between its parts has no digits
    // its plain text lacks: most lines are ruled out without taking their text apart.
    if (!FOUR_DIGITS.test(el.textContent ?? '')) continue;
    if (isDateLine(el)) lines.add(el);
  }
  // The outermost of nested date lines.
  return [...lines].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (lines.has(up)) return false;
    return true;
  });
}
