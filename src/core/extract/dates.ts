/**
 * Swedish dates as ISO "YYYY-MM-DD", and a page's published/updated dates. Swedish sites write
 * dates many ways ("9 februari 2023", "2021-03-05 10:31", "5/3 2021", "05.03.2021"); day/month
 * order is always day first. A date that cannot exist (30 February) is rejected, not rolled over.
 */
import { ElementIndex } from './dom';

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augusti: 8, aug: 8, august: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// Longest names first so "mars" is not read as "mar" + "s".
const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The year range a date on a web page can plausibly have. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** "YYYY-MM-DD" when the date exists, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

let stockholmFormat: Intl.DateTimeFormat | null | undefined;

/** The calendar date in Sweden of an instant: "2021-03-04T23:30Z" was 5 March there. */
function swedishCalendarDate(instant: number): string | null {
  if (stockholmFormat === undefined) {
    try {
      stockholmFormat = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Europe/Stockholm',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      stockholmFormat = null; // a runtime without time-zone data: caller falls back to the written date
    }
  }
  if (!stockholmFormat || Number.isNaN(instant)) return null;
  // Formatting is slow and the same instant comes up again (a label's date is read at each level of its climb).
  let date = calendarDates.get(instant);
  if (date === undefined) {
    const parts = Object.fromEntries(stockholmFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    date = isoDate(Number(parts.year), Number(parts.month), Number(parts.day));
    if (calendarDates.size >= 1000) calendarDates.clear();
    calendarDates.set(instant, date);
  }
  return date;
}

const calendarDates = new Map<number, string | null>();

interface Pattern {
  regex: RegExp;
  toIso(m: RegExpExecArray): string | null;
}

const num = (s: string | undefined) => Number(s);

// Each pattern finds a date anywhere in a string; the earliest match wins.
const PATTERNS: readonly Pattern[] = [
  {
    // ISO instant with offset (meta tags, JSON-LD, <time datetime>): converted to Swedish time.
    // Only the "T" form: "2021-03-05 10:00-12:00" is a time span, not an offset.
    regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})(?![\d:])/gi,
    toIso: (m) => {
      const written = isoDate(num(m[1]), num(m[2]), num(m[3]));
      if (!written || num(m[4]) > 23 || num(m[5]) > 59) return null;
      const offset = m[6]!.toUpperCase() === 'Z' ? 'Z' : m[6]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      return swedishCalendarDate(Date.parse(`${written}T${m[4]}:${m[5]}:00${offset}`)) ?? written;
    },
  },
  {
    // "2021-03-05", "2021-03-05 10:31", "2021/03/05": year first, no offset (taken as written).
    regex: /(?<![\d/-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/-])/g,
    toIso: (m) => isoDate(num(m[1]), num(m[3]), num(m[4])),
  },
  {
    // "9 februari 2023", "den 5 mars 2021", "9 feb. 2023", "1:a maj 2022", "5 March, 2021".
    regex: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|:[ae])?\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    toIso: (m) => isoDate(num(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, num(m[1])),
  },
  {
    // English "March 5, 2021".
    regex: new RegExp(`(?<![\\p{L}])(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    toIso: (m) => isoDate(num(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, num(m[2])),
  },
  {
    // "5/3 2021", "5/3-2021": day/month, then year.
    regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\s+|\s*-\s*)(\d{4})(?!\d)/g,
    toIso: (m) => isoDate(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    // "05.03.2021", "5.3.2021".
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g,
    toIso: (m) => isoDate(num(m[3]), num(m[2]), num(m[1])),
  },
];

/** Every date pattern has a four-digit year: text without one is no date, whatever else it holds. */
const HAS_YEAR = /\d{4}/;

/** The first valid date written in `text`, as "YYYY-MM-DD", or null. */
export function parseSwedishDate(text: string): string | null {
  if (!HAS_YEAR.test(text)) return null;
  let best: { index: number; iso: string } | null = null;
  for (const { regex, toIso } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (best && m.index >= best.index) break;
      const iso = toIso(m);
      if (iso) {
        best = { index: m.index, iso };
        break;
      }
    }
  }
  return best?.iso ?? null;
}

export interface PageDates {
  published: string | null;
  updated: string | null;
}

type DateRole = 'published' | 'updated' | 'reviewed';

// Labels as sites print them, with the words that may precede ("Sidan senast ändrad"). A bare
// "Ändrad" is left out: it starts too many ordinary notices ("Ändrad öppettid ..."); it counts only
// right after another date ("Publicerad 2024-05-28, ändrad 2024-08-02").
const LABEL =
  /(?<![\p{L}\p{N}])(?:(?:sidan|texten|artikeln|innehållet)\s+(?:är\s+|var\s+)?)?(?:(senast\s+(?:uppdaterad|uppdaterat|ändrad|ändrat)|uppdaterad|uppdaterat|uppdaterades|(?<=\d\s*[,;|·•–]\s*)(?:ändrad|ändrat|ändrades)|last\s+updated|updated|last\s+modified|modified)|(senast\s+granskad|granskad|granskat|reviewed)|(publicerad|publicerat|publicerades|publiceringsdatum|published|posted))(?![\p{L}])/giu;

/**
 * A word every label holds, tested before LABEL itself: LABEL's look-behinds make it slow to run over
 * every text node of a page, and almost none holds a label.
 */
const LABEL_WORD = /uppdater|ändr|granska|publicer|updated|modified|reviewed|published|posted/i;

/** A label must start its text or follow a separator, so prose ("Planen är publicerad ...") is not one. */
const LABEL_MAY_FOLLOW = /(?:^|[|·•,.;:–—(-])\s*$/;

/** A label's block stays short; longer text is prose that happens to contain the word. */
const MAX_LABEL_BLOCK = 240;
const MAX_CLIMB = 3;

interface LabelledDate {
  role: DateRole;
  date: string;
}

/** Text of an element as labels are read: each `<time datetime>` as its machine-readable value. */
function textWithTimes(el: Element, max = Infinity): string | null {
  const text = spacedText(el, true, max);
  return text === null ? null : text.replace(/\s+/g, ' ').trim();
}

function* textNodes(root: Element): Generator<Text> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/**
 * Whether a text node alone is longer than a label's block, so no block around it can be one: a
 * paragraph of prose that mentions "published". LABEL's look-behinds are slow over such text (the most
 * of findPageDates on English news pages). Text in a `<time datetime>` is read as its value instead.
 */
function tooLongForLabel(node: Text): boolean {
  const value = node.data;
  if (value.length <= MAX_LABEL_BLOCK) return false;
  return value.replace(/\s+/g, '').length > MAX_LABEL_BLOCK && !node.parentElement?.closest('time[datetime]');
}

/** Every label in `text` with the date between it and the next label. */
function labelledDates(text: string): LabelledDate[] {
  const hits: Array<{ role: DateRole; start: number; end: number }> = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const role: DateRole = m[1] ? 'updated' : m[2] ? 'reviewed' : 'published';
    hits.push({ role, start: m.index, end: m.index + m[0].length });
  }
  return hits.flatMap((hit, i) => {
    const segment = text.slice(hit.end, hits[i + 1]?.start ?? text.length).slice(0, 80);
    const date = parseSwedishDate(segment);
    return date ? [{ role: hit.role, date }] : [];
  });
}

/**
 * Labelled dates in `root`'s text: those inside `main` apart from the rest, found in one walk of the
 * text (a label climbs to its date no further than the part it is in).
 */
function labelsIn(root: Element, main: Element | null): { inMain: LabelledDate[]; outside: LabelledDate[] } {
  const found = { inMain: [] as LabelledDate[], outside: [] as LabelledDate[] };
  // Most pages print no label at all: one look at the whole text (native in a browser) spares the walk.
  const all = root.textContent ?? '';
  if (!LABEL_WORD.test(all)) return found;
  const done = new Set<Element>();
  for (const node of textNodes(root)) {
    const value = node.nodeValue ?? '';
    if (!LABEL_WORD.test(value) || tooLongForLabel(node)) continue;
    LABEL.lastIndex = 0;
    const m = LABEL.exec(value);
    if (!m || !LABEL_MAY_FOLLOW.test(value.slice(0, m.index))) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('a, script, style, noscript, template')) continue;
    const inMain = !!main && main.contains(parent);
    const top = inMain ? main! : root;
    // Climb from the label to the smallest block that also holds its date ("<dt>..</dt><dd>..</dd>").
    for (let el: Element | null = parent, level = 0; el && level <= MAX_CLIMB; el = el.parentElement, level++) {
      if (done.has(el)) break;
      const text = textWithTimes(el, MAX_LABEL_BLOCK);
      if (text === null || text.length > MAX_LABEL_BLOCK) break;
      const dates = labelledDates(text);
      if (dates.length) {
        done.add(el);
        (inMain ? found.inMain : found.outside).push(...dates);
        break;
      }
      if (el === top) break;
    }
  }
  return found;
}

const META: Record<'published' | 'updated', readonly string[]> = {
  published: [
    'article:published_time',
    'og:published_time',
    'dcterms.issued',
    'dc.date.issued',
    'dcterms.date',
    'dc.date',
    'dcterms.created',
    'dc.date.created',
    'pubdate',
    'publishdate',
    'publish-date',
    'date',
    'created',
  ],
  updated: [
    'article:modified_time',
    'og:updated_time',
    'dcterms.modified',
    'dc.date.modified',
    'last-modified',
    'lastmodified',
    'moddate',
    'modified',
  ],
};

function metaDate(metas: readonly Element[], names: readonly string[]): string | null {
  for (const wanted of names) {
    for (const el of metas) {
      const key = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        el.getAttribute('http-equiv') ??
        ''
      )
        .trim()
        .toLowerCase();
      if (key !== wanted) continue;
      const date = parseSwedishDate(el.getAttribute('content') ?? '');
      if (date) return date;
    }
  }
  return null;
}

/** How well a JSON-LD type speaks for the article: the article itself, then the page that holds it. */
const typeRank = (type: string) => (/Article|Posting|Report|NewsItem/i.test(type) ? 2 : /WebPage/i.test(type) ? 1 : 0);

/** datePublished/dateModified from JSON-LD, article-like objects first, then microdata. */
function structuredDates(index: ElementIndex): PageDates {
  const candidates: Array<{ rank: number; dates: PageDates }> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    const read = (key: string) => (typeof obj[key] === 'string' ? parseSwedishDate(obj[key]) : null);
    const dates = { published: read('datePublished') ?? read('dateCreated'), updated: read('dateModified') };
    if (dates.published || dates.updated) candidates.push({ rank: typeRank(String(obj['@type'] ?? '')), dates });
    for (const child of Object.values(obj)) if (child && typeof child === 'object') visit(child);
  };
  const scripts = index.tags('script').filter((el) => el.matches('script[type="application/ld+json"]'));
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  // Most pages have no microdata: the elements with an itemprop are listed once for both lookups.
  const withProp = index.all.filter((el) => el.hasAttribute('itemprop'));
  const microdata = (prop: string) => {
    const el = withProp.find((e) => e.matches(`[itemprop="${prop}"]`));
    return el
      ? parseSwedishDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '')
      : null;
  };
  candidates.push({ rank: 0, dates: { published: microdata('datePublished'), updated: microdata('dateModified') } });
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank); // stable: document order within a rank
  return {
    published: ordered.find((c) => c.dates.published)?.dates.published ?? null,
    updated: ordered.find((c) => c.dates.updated)?.dates.updated ?? null,
  };
}

function fromLabels(found: readonly LabelledDate[]): PageDates {
  return {
    published: found.find((f) => f.role === 'published')?.date ?? null,
    // "Granskad" (reviewed) says the text was checked then: an update date when none other is given.
    updated: found.find((f) => f.role === 'updated')?.date ?? found.find((f) => f.role === 'reviewed')?.date ?? null,
  };
}

const MAIN = 'main, [role="main"], article, #main-content, #content, #main';
/** Whether an element may match MAIN (quirks mode matches ids in any case). */
function mayBeMain(el: Element): boolean {
  const name = el.localName;
  if (name === 'main' || name === 'article') return true;
  const role = el.getAttribute('role');
  if (role && /^main$/i.test(role)) return true;
  const id = el.getAttribute('id');
  return !!id && /^(?:main-content|content|main)$/i.test(id);
}

const WEEKDAY = /(?<![\p{L}])(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?![\p{L}])/giu;
const CLOCK = /(?<![\p{L}\d])(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?::\d{2})?(?!\d)/giu;

/**
 * Whether an element only states page dates: labels ("Publicerad", "Senast uppdaterad", "Sidan senast
 * ändrad"), dates, times and separators and nothing else, with a label or a <time> to say it is one.
 * A date in an event's facts ("Datum: 12 december") has no such label and is kept.
 */
export function isDateLine(el: Element): boolean {
  const timed = el.tagName.toUpperCase() === 'TIME' || el.querySelector('time') !== null;
  return isDateText(spacedText(el), timed && !el.closest('dl, table, li'));
}

/**
 * Text with a space at every element boundary ("<dt>Publicerad</dt><dd>2024-04-10</dd>" are two facts).
 * With `times`, each <time datetime> gives its machine value instead, and script and style say nothing.
 * Null once the text has more than `max` characters that are not spaces: callers that only want short
 * lines need not walk a whole page's text to learn it is long.
 */
function spacedText(el: Element, times: boolean, max: number): string | null;
function spacedText(el: Element, times?: boolean): string;
function spacedText(el: Element, times = false, max = Infinity): string | null {
  const parts: string[] = [];
  let seen = 0;
  const visit = (node: Node) => {
    if (seen > max) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      if (max !== Infinity) seen += value.replace(/\s+/g, '').length;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (times && (tag === 'SCRIPT' || tag === 'STYLE')) return;
      const datetime = times && tag === 'TIME' ? (node as Element).getAttribute('datetime')?.trim() : null;
      if (datetime) return void parts.push(` ${datetime} `);
      parts.push(' ');
      for (const child of Array.from(node.childNodes)) visit(child);
      parts.push(' ');
    }
  };
  visit(el);
  return seen > max ? null : parts.join('');
}

/** `text` with every valid date taken out (each replaced by `mark`), and the dates, in pattern order. */
function takeDates(text: string, mark: string): { rest: string; dates: string[] } {
  if (!HAS_YEAR.test(text)) return { rest: text, dates: [] };
  const dates: string[] = [];
  let rest = text;
  for (const { regex, toIso } of PATTERNS) {
    regex.lastIndex = 0;
    rest = rest.replace(regex, (...m) => {
      const iso = toIso(m as unknown as RegExpExecArray);
      if (!iso) return m[0] as string;
      dates.push(iso);
      return mark;
    });
  }
  return { rest, dates };
}

/** The article's first paragraph of running text (among `root`'s elements): what comes before it is the article's header. */
function firstProse(inRoot: readonly Element[]): Element | undefined {
  return inRoot.find((p) => p.localName === 'p' && (p.textContent ?? '').trim().length >= 80);
}

/** Whether `el` comes after `prose` in the document (no prose: nothing does). */
function follows(prose: Element | undefined, el: Element): boolean {
  return !!prose && (prose.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0;
}

/** The text-only form of isDateLine: `timed` when the line is a <time> element of its own. */
export function isDateText(raw: string, timed = false): boolean {
  if (!HAS_YEAR.test(raw)) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return false;
  // Labels first: "ändrad" counts only right after a date, so dates must still be there.
  LABEL.lastIndex = 0;
  const labelled = LABEL.test(text);
  LABEL.lastIndex = 0;
  const { rest: undated, dates } = takeDates(text.replace(LABEL, ' '), ' ');
  let rest = undated;
  if (!dates.length || (!labelled && !timed)) return false;
  rest = rest.replace(WEEKDAY, ' ').replace(CLOCK, ' ');
  // "… av Webbredaktionen": who published it, metadata too, when a label says what the date is.
  if (labelled) rest = rest.replace(/(?<![\p{L}])av\s+(?:[\p{L}.-]+\s*){1,5}$/u, ' ');
  return !/[\p{L}\p{N}]/u.test(rest.replace(/(?<![\p{L}])(?:den|och|kl)(?![\p{L}])/giu, ' '));
}

/**
 * A news page's date shown as a bare <time> near its heading ("Nyhet · <time datetime=..>12 mars</time>"):
 * the first <time datetime> before the article's running text, when no label says it is an update.
 */
function headerTimeDate(inRoot: readonly Element[], prose: Element | undefined): string | null {
  const times = inRoot.filter((el) => el.localName === 'time' && el.matches('time[datetime]'));
  for (const time of times.slice(0, 5)) {
    if (follows(prose, time)) break;
    if (time.closest('li, dl, table, a')) continue;
    const line = time.parentElement ?? time;
    const text = (line.textContent ?? '').replace(/\s+/g, ' ');
    LABEL.lastIndex = 0;
    if (text.length > 80 || LABEL.test(text)) continue;
    return parseSwedishDate(time.getAttribute('datetime') ?? '');
  }
  return null;
}

/** A person or desk named in a byline: one to four words, each capitalised ("Anna Berg", "Webbredaktionen"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|af|von|van|de))*`;
const BYLINE_SEPARATOR = String.raw`[|·•–—,/:]`;
/** What is left of a byline once its date is taken out: separators around who wrote it, with "av" or a label. */
const BYLINE_REST = new RegExp(
  String.raw`^(?:${BYLINE_SEPARATOR}|\s)*(?:(?:(?:[Ss]kriven|[Ss]krivet|[Pp]ublicerad|[Tt]ext)\s+)?(?:[Aa]v|[Bb]y)\s+|(?:[Tt]ext|[Ss]kribent|[Ff]örfattare|[Aa]v|[Bb]y)\s*:\s*)?(${NAME})(?:\s*(?:${BYLINE_SEPARATOR}|och|&)\s*${NAME})?(?:${BYLINE_SEPARATOR}|\s)*$`,
  'u',
);

/** A date taken out of a byline (marked ¦) next to a separator or "av". */
const DATE_SET_APART = new RegExp(
  String.raw`(?:${BYLINE_SEPARATOR}|(?<![\p{L}])(?:av|by))\s*¦|¦\s*(?:${BYLINE_SEPARATOR}|(?:av|by)(?![\p{L}]))`,
  'iu',
);

/**
 * The date of a byline: a line that says only when and by whom, without a label — "3 maj, 2018 | Anna
 * Berg", "Anna Berg · 2018-05-03", "Av Anna Berg, 3 maj 2018", "12 mars 2024 av Webbredaktionen". The
 * date and the name must be set apart (a separator, or "av"), so a heading such as "Nya regler 1 maj 2024"
 * is not one. Null for anything else.
 */
export function bylineDate(raw: string): string | null {
  if (!HAS_YEAR.test(raw)) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return null;
  const { rest: undated, dates } = takeDates(text, ' ¦ ');
  const date = dates[0];
  if (!date) return null;
  const rest = undated
    .replace(WEEKDAY, ' ')
    .replace(CLOCK, ' ')
    .replace(/(?<![\p{L}])kl(?![\p{L}])\.?/giu, ' ');
  // The date's place must touch a separator or "av": "Anna Berg 3 maj 2018" could be a title.
  if (!DATE_SET_APART.test(rest) && !/^\s*¦\s*$/.test(rest)) return null;
  const named = rest.replace(/¦/g, ' ');
  if (!/[\p{L}]/u.test(named)) return null; // a bare date is not a byline (an event's date may be one)
  // "Datum: 12 december", "Plats: …": a fact's label, not a writer (only "Text:", "Av:" … name one).
  const label = /^\s*(\p{L}+)\s*:/u.exec(named);
  if (label && !/^(?:text|skribent|författare|av|by)$/iu.test(label[1]!)) return null;
  return BYLINE_REST.test(named.trim()) ? date : null;
}

/**
 * The byline above the article's text: the first short element before the first paragraph of prose that
 * says only a date and who wrote it.
 */
function bylineAbove(inRoot: readonly Element[], prose: Element | undefined): string | null {
  const candidates: Element[] = [];
  for (const el of inRoot) {
    if (BYLINE_TAGS.has(el.localName) && candidates.push(el) >= 400) break;
  }
  // The list is in document order and holds the prose paragraph itself (a <p> in root): what comes
  // after it there follows it (its own descendants included, as compareDocumentPosition has it).
  const end = prose ? candidates.indexOf(prose) : -1;
  for (const el of end >= 0 ? candidates.slice(0, end) : candidates) {
    // Not a teaser: a list item, a link, or a line that is all one link.
    if (el.closest('a, nav, li')) continue;
    const text = textWithTimes(el, 120);
    if (text === null || text.length > 120 || text.length < 8) continue;
    const link = el.querySelector('a');
    if (link && (link.textContent ?? '').trim() === (el.textContent ?? '').trim()) continue;
    const date = bylineDate(text);
    if (date) return date;
  }
  return null;
}

const BYLINE_TAGS = new Set(['p', 'div', 'span', 'small', 'address', 'header', 'time']);

const DAY = 24 * 60 * 60 * 1000;

/** A page date cannot predate the web in Sweden nor lie days ahead of now. */
function plausible(date: string | null, now: number): string | null {
  if (!date) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return time >= Date.UTC(1990, 0, 1) && time <= now + 2 * DAY ? date : null;
}

/**
 * Published and updated dates a page states. Visible labels in the main content first (what the
 * reader is shown), then JSON-LD/microdata, then meta tags, then labels elsewhere on the page.
 */
export function findPageDates(doc: Document, now: number = Date.now(), index = new ElementIndex(doc)): PageDates {
  const main = index.all.find((el) => mayBeMain(el) && el.matches(MAIN)) ?? null;
  const body = doc.body;
  // Labels in the main content and elsewhere, from one walk: of the body, or of the main content when
  // it is not inside the body (<html role="main">), which leaves nothing elsewhere.
  const root = main && !body?.contains(main) ? main : body;
  let labels: { inMain: LabelledDate[]; outside: LabelledDate[] } | undefined;
  const labelled = () => (labels ??= root ? labelsIn(root, main) : { inMain: [], outside: [] });
  // The article's header: the elements of the main content (or body) and its first paragraph of prose.
  let head: { inRoot: Element[]; prose: Element | undefined } | null | undefined;
  const header = () => {
    if (head !== undefined) return head;
    const top = main ?? doc.body;
    const inRoot = top ? index.within(top) : null;
    return (head = inRoot && { inRoot, prose: firstProse(inRoot) });
  };
  const fromHeader = (find: (inRoot: readonly Element[], prose: Element | undefined) => string | null) => {
    const h = header();
    return { published: h && find(h.inRoot, h.prose), updated: null };
  };
  const sources: Array<() => PageDates> = [
    () => (main ? fromLabels(labelled().inMain) : { published: null, updated: null }),
    () => structuredDates(index),
    () => ({
      published: metaDate(index.tags('meta'), META.published),
      updated: metaDate(index.tags('meta'), META.updated),
    }),
    () => {
      const timeEl = index.tags('time').find((el) => el.matches('time[pubdate][datetime]'));
      return { published: timeEl ? parseSwedishDate(timeEl.getAttribute('datetime') ?? '') : null, updated: null };
    },
    () => fromLabels(labelled().outside),
    () => fromHeader(headerTimeDate),
    () => fromHeader(bylineAbove),
  ];
  let published: string | null = null;
  let updated: string | null = null;
  for (const source of sources) {
    if (published && updated) break;
    const found = source();
    published ??= plausible(found.published, now);
    updated ??= plausible(found.updated, now);
  }
  // An update before publication contradicts the page; keep the publication date only.
  if (published && updated && updated < published) updated = null;
  return { published, updated };
}
