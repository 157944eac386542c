/**
 * Swedish text normalisation for speech: what a browser voice (Microsoft Bengt, Apple Alva/Klara/
 * Oskar, Google Svenska, espeak-ng) should be given so that it says what a Swede reading aloud would
 * say. The output keeps plain numbers as digits — every Swedish voice reads "1500", "2021" and "1,5"
 * correctly — and spells out only what voices get wrong: abbreviations, dates, times, phone numbers,
 * units, symbols, acronyms, web and e-mail addresses.
 *
 * The steps run in a fixed order. A step whose result must not be touched again (a phone number read
 * in digit groups, an address) puts it on a shelf and leaves a private-use placeholder character in
 * the text; the placeholders are replaced by their words at the end.
 */

import { speakAcronyms } from './acronyms';
import { expandAbbreviations } from './sv-expansions';
import {
  FRACTIONS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  WEEKDAY_ABBREVIATIONS,
  dayMonth,
  ordinalWord,
  spellDigits,
} from './sv-numbers';

/** Placeholders: 0xE000.. for finished words, 0xE800.. for dates and times, which ranges may join. */
class Shelf {
  private items: string[] = [];

  put(spoken: string, rangeable = false): string {
    const base = rangeable ? 0xe800 : 0xe000;
    const ch = String.fromCharCode(base + this.items.length);
    this.items.push(spoken);
    // A text long enough to exhaust 2048 placeholders is left as words in place.
    return this.items.length > 0x7ff ? spoken : ch;
  }

  restore(text: string): string {
    for (let pass = 0; pass < 3 && /[\uE000-\uEFFF]/.test(text); pass++) {
      text = text.replace(/[\uE000-\uEFFF]/g, (ch) => {
        const code = ch.charCodeAt(0);
        return this.items[code >= 0xe800 ? code - 0xe800 : code - 0xe000] ?? '';
      });
    }
    return text;
  }
}

const RANGEABLE = '[\\uE800-\\uEFFF]';
/** Not preceded by a letter, digit, decimal mark or placeholder. */
const NB = '(?<![\\p{L}\\p{N},.\\uE000-\\uF8FF])';
/** A number, with a decimal comma: "1500", "1,5". */
const NUM = '(\\d+(?:,\\d+)?)';
const END = '(?![\\p{L}\\p{N}])';

/** Capital first letter when the written form had one ("Kl." → "Klockan"). */
function likeCase(written: string, spoken: string): string {
  return /\p{Lu}/u.test(written.charAt(0)) ? spoken.charAt(0).toUpperCase() + spoken.slice(1) : spoken;
}

/** A final dot that a replacement swallowed was also the sentence's full stop: give it back. */
function keepStop(match: string, offset: number, whole: string): string {
  if (!match.endsWith('.')) return '';
  const rest = whole.slice(offset + match.length);
  return /^\s*["'”’»)\]]*\s*$/u.test(rest) || /^\s+["'”’»(]*\p{Lu}/u.test(rest) ? '.' : '';
}

/**
 * "1 kr" is "en krona", not "ett kronor": with exactly one, the unit is singular and the number a
 * word of the unit's gender (voices read a lone "1" as "ett" whatever follows).
 */
function amountWords(n: string, plural: string, singular: string): string {
  return n === '1' ? singular : `${n} ${plural}`;
}

// ---------------------------------------------------------------------------------------------------
// Addresses

const TLDS = 'se|nu|com|org|net|eu|info|gov|io|fi|no|dk|de|uk|edu|app|int';
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_RE = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"”]+|(?<![\\p{L}\\p{N}@.\\/-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLDS})(?![\\p{L}\\p{N}-])(?:\\/[^\\s<>"”]*)?`,
  'gu',
);
const TRAILING_PUNCT = /[.,;:!?)\]”"'’]+$/u;

function speakHost(host: string): string {
  return host
    .split('.')
    .filter(Boolean)
    .map((label) => (label === '1177' ? '11 77' : label.replace(/-/g, ' bindestreck ')))
    .join(' punkt ');
}

/**
 * "www.umea.se/bygglov" → "umea punkt se snedstreck bygglov". The scheme and "www." are left out, as
 * Swedes do when they read an address aloud. A long or technical path (query strings, ids, more than
 * two folders) is not read at all: nobody can follow it by ear, and the host tells where it goes.
 */
export function speakUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const host = bare.split(/[/?#]/)[0] ?? '';
  const path = bare.slice(host.length);
  const parts = (path.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
  const readable =
    !/[?#=&%]/.test(path) && parts.length <= 2 && parts.every((p) => p.length <= 30 && /^[\p{L}\p{N}._-]+$/u.test(p));
  let spoken = speakHost(host);
  if (parts.length > 0 && readable) {
    const words = parts.map((p) => p.replace(/[-_]+/g, ' ').replace(/\./g, ' punkt ').trim());
    spoken += ` snedstreck ${words.join(' snedstreck ')}`;
  }
  return spoken;
}

/** "info@umea.se" → "info snabel-a umea punkt se". */
export function speakEmail(address: string): string {
  const at = address.indexOf('@');
  const local = address
    .slice(0, at)
    .replace(/\./g, ' punkt ')
    .replace(/-/g, ' bindestreck ')
    .replace(/_/g, ' understreck ');
  return `${local} snabel-a ${speakHost(address.slice(at + 1))}`.replace(/\s+/g, ' ');
}

function addresses(text: string, shelf: Shelf): string {
  const shelve = (match: string, speak: (s: string) => string): string => {
    const trail = TRAILING_PUNCT.exec(match)?.[0] ?? '';
    const core = match.slice(0, match.length - trail.length);
    return core ? shelf.put(speak(core)) + trail : match;
  };
  text = text.replace(EMAIL, (m) => shelve(m, speakEmail));
  return text.replace(URL_RE, (m) => shelve(m, speakUrl));
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers and other digit strings read in groups

// Area codes are 0 and a non-zero digit ("08", "090", "0771"); "000" after "40 " is a digit group.
const PHONE =
  /(?<![\p{L}\p{N}+/.,:-]|\d )(?:\+\s?46[\s-]?(?:\(0\)\s?)?([1-9]\d{0,2})|\((0[1-9]\d{0,2})\)|(0[1-9]\d{0,2}))(\s?[-–]\s?|(?<=\))\s?|\s)(\d{2,4}(?: \d{2,4}){0,3}|\d{5,8})(?![\p{N}]|[.,]\d)/gu;

/** How Swedish numbers are grouped when written without spaces. */
function groupSubscriber(digits: string): string[] {
  const sizes: Record<number, number[]> = { 4: [2, 2], 5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [3, 3, 2] };
  const plan = sizes[digits.length];
  if (!plan) return [digits];
  const groups: string[] = [];
  let i = 0;
  for (const size of plan) {
    groups.push(digits.slice(i, i + size));
    i += size;
  }
  return groups;
}

/**
 * "090-16 10 00" → "0 9 0, 16 10 0 0": the area code digit by digit, then the groups as numbers, the
 * way Swedes say phone numbers ("noll nio noll, sexton tio noll noll"). A group that starts with 0 is
 * read digit by digit. A comma goes before every three-digit group, or the voice would take "123 456"
 * for one number with a thousands space.
 */
function speakPhone(areaSpoken: string, subscriber: string): string {
  const groups = subscriber.includes(' ') ? subscriber.split(' ') : groupSubscriber(subscriber);
  let spoken = '';
  groups.forEach((g, i) => {
    const said = g.startsWith('0') ? spellDigits(g) : g;
    spoken += i === 0 ? said : `${g.length >= 3 ? ', ' : ' '}${said}`;
  });
  return `${areaSpoken}, ${spoken}`;
}

function phones(text: string, shelf: Shelf): string {
  text = text.replace(
    PHONE,
    (match, plusArea?: string, parenArea?: string, area?: string, sep?: string, sub?: string) => {
      const subscriber = sub ?? '';
      const subDigits = subscriber.replace(/\D/g, '').length;
      const areaDigits = plusArea ? `0${plusArea}` : (parenArea ?? area ?? '');
      const national = areaDigits.length + subDigits;
      if (national < 8 || national > 10) return match;
      // A bare space between area code and number is only trusted when the number has groups.
      if (!plusArea && !parenArea && sep === ' ' && !subscriber.includes(' ')) return match;
      const areaSpoken = plusArea ? `plus 46, ${spellDigits(plusArea)}` : spellDigits(areaDigits);
      return shelf.put(speakPhone(areaSpoken, subscriber));
    },
  );
  // Organisation and personal identity numbers: "212000-2480", "19800101-1234", digit by digit.
  text = text.replace(/(?<![\p{N}-])(\d{6}|\d{8})[-+](\d{4})(?![\p{N}])/gu, (_m, a: string, b: string) =>
    shelf.put(`${spellDigits(a)}, ${spellDigits(b)}`),
  );
  // Bankgiro and plusgiro numbers: the parts as written, never a range.
  text = text.replace(
    /((?:[Bb]ank|[Pp]lus)giro(?:nummer)?|[Bb][Gg]|[Pp][Gg])(:?\s?)(\d{2,4})-(\d{4})(?![\p{N}])/gu,
    (_m, label: string, sep: string, a: string, b: string) => `${label}${sep}${shelf.put(`${a}, ${b}`)}`,
  );
  // 1177 (Vårdguiden) is said "elva sjuttiosju".
  text = text.replace(/(?<![\p{N},.\/-])1177(?![\p{N}]|\s?(?:kr|kronor|:-|%|procent|st\b|stycken))/gu, () =>
    shelf.put('11 77'),
  );
  // 112 is said "ett ett två" when it is the emergency number.
  text = text.replace(
    /(?<=(?:[Rr]ing|[Rr]inga|[Rr]inger|[Ll]arma|[Ll]armar|nödnumret|nödnummer|larmnumret|numret|SOS Alarm)\s)112(?!\d)|(?<=(?:är|till|på|via)\s)112(?=\s*[.!,)]|\s*$)/gu,
    () => shelf.put('1 1 2'),
  );
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const DATE_CONTEXT =
  /(?:^|\s)(?:den|från|fr\.\s?o\.\s?m\.?|t\.\s?o\.\s?m\.?|till|senast|före|efter|mellan|och|[-–]|mån|tis|ons|tors|fre|lör|sön|\p{L}+dag(?:en)?)\s*$/iu;

function withDen(before: string, date: string): string {
  return /(?:^|\s)den\s$/i.test(before) ? date : `den ${date}`;
}

function dates(text: string, shelf: Shelf): string {
  // ISO dates: "2021-03-05" → "den 5 mars 2021".
  text = text.replace(
    /(?<![\p{N}/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|-\d)/gu,
    (match, y: string, m: string, d: string, offset: number, whole: string) => {
      const dm = Number(y) >= 1000 && Number(y) < 3000 ? dayMonth(Number(d), Number(m)) : null;
      return dm ? shelf.put(withDen(whole.slice(Math.max(0, offset - 5), offset), `${dm} ${y}`), true) : match;
    },
  );
  // Year and month: "2021-03" → "mars 2021" (only with the leading zero, so "2011-12" stays a span).
  text = text.replace(/(?<![\p{N}/.-])((?:19|20)\d{2})-(0[1-9])(?![\p{N}]|-\d)/gu, (_m, y: string, m: string) =>
    shelf.put(`${MONTHS[Number(m) - 1]} ${y}`, true),
  );
  // Dotted dates with a year: "5.3.2021", "05.03.2021".
  text = text.replace(
    /(?<![\p{N}.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\d)/gu,
    (match, d: string, m: string, y: string, offset: number, whole: string) => {
      const dm = dayMonth(Number(d), Number(m));
      return dm ? shelf.put(withDen(whole.slice(Math.max(0, offset - 5), offset), `${dm} ${y}`), true) : match;
    },
  );
  // Day/month, with an optional year: "5/3", "5/3 2021", "5/3-2021". Small fractions stay fractions
  // ("1/2 tjänst", "3/4 av kostnaden") unless a date word stands before them ("den 1/4").
  text = text.replace(
    /(?<![\p{N}/.,:-])(\d{1,2})\/(\d{1,2})(?:(?:\s?-\s?|\s|\/)(\d{4}))?(?![\p{N}]|\/\d|,\d)/gu,
    (match, d: string, m: string, y: string | undefined, offset: number, whole: string) => {
      if (d === '24' && m === '7' && !y) return 'dygnet runt';
      const before = whole.slice(Math.max(0, offset - 20), offset);
      const day = Number(d);
      const month = Number(m);
      const fraction = FRACTIONS[`${day}/${month}`];
      if (fraction && !y && !DATE_CONTEXT.test(before)) return fraction;
      const dm = dayMonth(day, month);
      if (!dm) return match;
      return shelf.put(withDen(before, y ? `${dm} ${y}` : dm), true);
    },
  );
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Times

/**
 * "14.00" → "14", "14.30" → "14 och 30", "8.05" → "8 noll 5". Voices read "14.30" as "fjorton punkt
 * trettio"; "14 och 30" is said right by every voice and is how times are read in Swedish.
 */
function speakTime(hours: string, minutes: string | undefined): string {
  const h = String(Number(hours));
  if (minutes === undefined || minutes === '00') return h;
  if (minutes.startsWith('0')) return `${h} noll ${minutes.slice(1)}`;
  return `${h} och ${minutes}`;
}

/** "mellan 8–16" is "mellan 8 och 16"; every other span is "8 till 16". */
function spanWord(whole: string, offset: number): string {
  return /(?:^|\s)mellan\s(?:kl\.?\s?|klockan\s)?$/iu.test(whole.slice(Math.max(0, offset - 16), offset)) ? 'och' : 'till';
}

function validTime(h: string, m: string | undefined): boolean {
  return Number(h) <= 24 && (m === undefined || Number(m) <= 59);
}

/** Words after which "3.12" is a section or page number, not a time. */
const NOT_TIME_BEFORE =
  /(?:avsnitt|kapitel|kap\.?|punkt|punkterna|bilaga|version|sida|sidan|sid\.?|s\.|paragraf|§|nr\.?|nummer|moment|mom\.?|tabell|figur|fig\.?|del|steg|vers|art\.?|artikel|ver\.?|v\.?)\s*$/iu;
/** Amounts written with a dot: "1.50 kr". */
const NOT_TIME_AFTER = /^\s?(?:kr|kronor|:-|%|procent|sek|euro|€|\$|m\b|km|kg|mm|cm|liter|l\b|milj|mnkr|tkr)/iu;

function times(text: string, shelf: Shelf): string {
  // "kl. 14.00", "kl 8–16", "klockan 9.00-12.00", "kl. 8 till kl. 16".
  text = text.replace(
    /(?<![\p{L}\p{N}])(kl\.?|klockan)\s?(\d{1,2})(?:[.:](\d{2}))?(?:\s?(?:[-–—]|till)\s?(?:kl\.?\s?)?(\d{1,2})(?:[.:](\d{2}))?)?(?![\p{N}]|[.:]\d)/giu,
    (match, kl: string, h1: string, m1: string | undefined, h2: string | undefined, m2: string | undefined, offset: number, whole: string) => {
      if (!validTime(h1, m1) || (h2 !== undefined && !validTime(h2, m2))) return match;
      const range = h2 !== undefined ? ` ${spanWord(whole, offset)} ${speakTime(h2, m2)}` : '';
      return likeCase(kl, 'klockan ') + shelf.put(`${speakTime(h1, m1)}${range}`, true);
    },
  );
  // Bare times with minutes: "8.00–16.30", "10:31".
  text = text.replace(
    /(?<![\p{N}.,:/])([01]?\d|2[0-4])[.:]([0-5]\d)(?:\s?[-–—]\s?([01]?\d|2[0-4])(?:[.:]([0-5]\d))?)?(?![\p{N}]|[.,:]\d)/gu,
    (match, h1: string, m1: string, h2: string | undefined, m2: string | undefined, offset: number, whole: string) => {
      if (NOT_TIME_BEFORE.test(whole.slice(Math.max(0, offset - 12), offset))) return match;
      if (NOT_TIME_AFTER.test(whole.slice(offset + match.length))) return match;
      const range = h2 !== undefined ? ` ${spanWord(whole, offset)} ${speakTime(h2, m2)}` : '';
      return shelf.put(`${speakTime(h1, m1)}${range}`, true);
    },
  );
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Ordinals and references to law

function ordinals(text: string): string {
  // "1:a" → "första", "3:e" → "tredje", "21:a" → "tjugoförsta".
  text = text.replace(
    new RegExp(`${NB}(\\d{1,3}):(a|e|te|sta|dra|de)${END}`, 'gu'),
    (match, n: string) => ordinalWord(Number(n)) ?? match,
  );
  // "3 kap. 5 § skollagen" → "tredje kapitlet femte paragrafen skollagen", as lawyers read it.
  text = text.replace(new RegExp(`${NB}(\\d{1,3})\\s?kap\\.?(?![\\p{L}])`, 'gu'), (match, n: string, offset, whole) => {
    const word = ordinalWord(Number(n));
    return word ? `${word} kapitlet${keepStop(match, offset, whole)}` : match;
  });
  text = text.replace(new RegExp(`${NB}(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})\\s?§§`, 'gu'), (match, a: string, b: string) => {
    const [wa, wb] = [ordinalWord(Number(a)), ordinalWord(Number(b))];
    return wa && wb ? `${wa} till ${wb} paragraferna` : match;
  });
  text = text.replace(new RegExp(`${NB}(\\d{1,3})(\\s?[a-z](?=\\s?§))?\\s?§(?!§)`, 'gu'), (match, n: string, letter?: string) => {
    const word = ordinalWord(Number(n));
    return word ? `${word}${letter ? ` ${letter.trim()}` : ''} paragrafen` : match;
  });
  return text.replace(/§§\s?/g, 'paragraferna ').replace(/§\s?/g, 'paragraf ');
}

// ---------------------------------------------------------------------------------------------------
// Numbers: digit groups, spans, signs

/** "1 500" → "1500", "12 345 678" → "12345678": a voice should read one number, not two. */
function digitGroups(text: string): string {
  return text.replace(/(?<![\p{N},.\uE000-\uF8FF])(\d{1,3})((?: \d{3})+)(?![\p{N}])/gu, (_m, head: string, rest: string) =>
    head + rest.replace(/ /g, ''),
  );
}

const WEEKDAY_WORDS =
  'måndag(?:ar)?|tisdag(?:ar)?|onsdag(?:ar)?|torsdag(?:ar)?|fredag(?:ar)?|lördag(?:ar)?|söndag(?:ar)?|mån|tis|ons|tors|tor|fre|lör|sön';
const MONTH_WORDS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const RANGE_ITEM = `(\\d+(?:,\\d+)?|${RANGEABLE}|(?:${WEEKDAY_WORDS}|${MONTH_WORDS})\\.?)`;
const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N},.])${RANGE_ITEM}\\s?[-–—]\\s?${RANGE_ITEM}(?![\\p{L}\\p{N}]|,\\d)`,
  'giu',
);
const WEEKDAY_RE = new RegExp(`^(?:${WEEKDAY_WORDS})\\.?$`, 'iu');
const MONTH_RE = new RegExp(`^(?:${MONTH_WORDS})\\.?$`, 'iu');

type ItemKind = 'number' | 'weekday' | 'month' | 'placeholder';

function itemKind(item: string): ItemKind {
  if (/^\d/.test(item)) return 'number';
  if (/^[\uE800-\uEFFF]$/.test(item)) return 'placeholder';
  return WEEKDAY_RE.test(item) ? 'weekday' : 'month';
}

/** Full weekday or month name for an abbreviation; numbers lose leading zeros ("08" → "8"). */
function speakItem(item: string): string {
  const bare = item.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  const full = WEEKDAY_ABBREVIATIONS[lower] ?? MONTH_ABBREVIATIONS[lower];
  if (full) return likeCase(bare, full);
  if (/^0\d$/.test(bare)) return bare.slice(1);
  return bare;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Whether "a–b" is a span of numbers (rising), not a score or a code. */
function numericSpan(a: string, b: string): boolean {
  const [x, y] = [toNumber(a), toNumber(b)];
  if (y > x) return true;
  // "2021-22": a season or school year written short.
  return /^(19|20)\d\d$/.test(a) && /^\d\d$/.test(b) && y > x % 100;
}

/**
 * "34-49 år" → "34 till 49 år", "mån–fre" → "måndag till fredag", "5 mars–2 april" → "5 mars till 2
 * april", "2021-2026" → "2021 till 2026". A dash between numbers that do not rise ("3-1") is left.
 */
function spans(text: string): string {
  text = text.replace(RANGE, (match, a: string, b: string, offset: number, whole: string) => {
    const [ka, kb] = [itemKind(a), itemKind(b)];
    const ok =
      (ka === 'number' && kb === 'number' && numericSpan(a, b)) ||
      (ka === 'weekday' && kb === 'weekday') ||
      (ka === 'month' && (kb === 'month' || kb === 'number')) ||
      (ka === 'placeholder' && (kb === 'placeholder' || kb === 'number')) ||
      (ka === 'number' && kb === 'placeholder');
    return ok ? `${speakItem(a)} ${spanWord(whole, offset)} ${speakItem(b)}${keepStop(match, offset, whole)}` : match;
  });
  // School and financial years: "2021/22", "2021/2022".
  return text.replace(/(?<![\p{N}/])((?:19|20)\d\d)\/((?:19|20)?\d\d)(?![\p{N}/])/gu, (match, a: string, b: string) =>
    numericSpan(a, b) ? `${a} till ${b}` : match,
  );
}

function signs(text: string): string {
  return text
    .replace(/(?<=^|[\s(])[-−–](?=\d)/gu, 'minus ')
    .replace(/(?<=^|[\s(])\+(?=\d)/gu, 'plus ')
    .replace(/(?<=\d)\+(?![\p{N}])/gu, ' plus')
    .replace(/\s\+\s/g, ' plus ')
    .replace(/±\s?/g, 'plus minus ');
}

// ---------------------------------------------------------------------------------------------------
// Money, percent, units

/** [written, plural, what one is]: after a number only. Case matters ("m" is metre, "M" is not). */
const UNITS: Array<[string, string, string]> = [
  ['km\\/h', 'kilometer i timmen', 'en kilometer i timmen'],
  ['m\\/s', 'meter per sekund', 'en meter per sekund'],
  ['km²|km2', 'kvadratkilometer', 'en kvadratkilometer'],
  ['m²|m2|kvm', 'kvadratmeter', 'en kvadratmeter'],
  ['m³|m3', 'kubikmeter', 'en kubikmeter'],
  ['km', 'kilometer', 'en kilometer'],
  ['cm', 'centimeter', 'en centimeter'],
  ['mm', 'millimeter', 'en millimeter'],
  ['m', 'meter', 'en meter'],
  ['kg', 'kilo', 'ett kilo'],
  ['hg', 'hekto', 'ett hekto'],
  ['mg', 'milligram', 'ett milligram'],
  ['g', 'gram', 'ett gram'],
  ['dl', 'deciliter', 'en deciliter'],
  ['cl', 'centiliter', 'en centiliter'],
  ['ml', 'milliliter', 'en milliliter'],
  ['l', 'liter', 'en liter'],
  ['kWh', 'kilowattimmar', 'en kilowattimme'],
  ['MWh', 'megawattimmar', 'en megawattimme'],
  ['GWh', 'gigawattimmar', 'en gigawattimme'],
  ['kW', 'kilowatt', 'en kilowatt'],
  ['MW', 'megawatt', 'en megawatt'],
  ['dB', 'decibel', 'en decibel'],
  ['ha', 'hektar', 'en hektar'],
  ['tim\\.?|h', 'timmar', 'en timme'],
  ['min\\.?', 'minuter', 'en minut'],
  ['sek\\.?', 'sekunder', 'en sekund'],
  ['st\\.?|stk\\.?', 'stycken', 'ett styck'],
  ['ggr', 'gånger', 'en gång'],
  ['mån\\.?', 'månader', 'en månad'],
  ['tr', 'trappor', 'en trappa'],
];
const COMPILED_UNITS = UNITS.map(([written, plural, singular]) => ({
  // Not before ".letter": "5 m.m." is "med mera", not metres.
  re: new RegExp(`${NB}${NUM}\\s?(?:${written})(?![\\p{L}\\p{N}²³]|\\.\\p{L})`, 'gu'),
  plural,
  singular,
}));

/** Words after "/" that make it "per": "kr/mån", "150 kr/st", "km/tim". */
const PER: Record<string, string> = {
  mån: 'månad', månad: 'månad', år: 'år', st: 'styck', styck: 'styck', person: 'person', pers: 'person',
  tim: 'timme', timme: 'timme', h: 'timme', dag: 'dag', dygn: 'dygn', vecka: 'vecka', v: 'vecka',
  kvm: 'kvadratmeter', 'm²': 'kvadratmeter', m2: 'kvadratmeter', kg: 'kilo', l: 'liter', liter: 'liter',
  gång: 'gång', tillfälle: 'tillfälle', barn: 'barn', hushåll: 'hushåll', elev: 'elev', termin: 'termin',
  läsår: 'läsår', kväll: 'kväll', natt: 'natt', km: 'kilometer', mil: 'mil', kWh: 'kilowattimme',
  'm³': 'kubikmeter', m3: 'kubikmeter', ton: 'ton', lägenhet: 'lägenhet', deltagare: 'deltagare',
}; // prettier-ignore
const PER_RE = new RegExp(`(?<=[\\p{L}\\p{N}%.])\\s?\\/\\s?(${Object.keys(PER).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

const PER_AFTER_AMOUNT =
  /(?<=(?:kronor|krona|öre|euro|dollar|pund|procent|kilo|gram|liter|meter|kilometer|kvadratmeter|timmar|timme|minuter|stycken|styck))\s?\/\s?(?=\p{L})/gu;

function money(text: string): string {
  const amount = (re: string, plural: string, singular: string): void => {
    text = text.replace(new RegExp(`${NB}${NUM}\\s?(?:${re})(?![\\p{L}\\p{N}])`, 'gu'), (match, n: string, offset, whole) => {
      return `${amountWords(n, plural, singular)}${keepStop(match, offset, whole)}`;
    });
  };
  amount('mnkr|mkr|Mkr|MSEK|mn kr|mln kr|milj\\.?\\s?kr\\.?|miljoner kr(?:onor)?\\.?', 'miljoner kronor', 'en miljon kronor');
  amount('mdkr|mdr\\.?\\s?kr\\.?|md kr|miljarder kr(?:onor)?\\.?', 'miljarder kronor', 'en miljard kronor');
  amount('tkr|Tkr|TSEK|tusen kr\\.?', 'tusen kronor', 'ettusen kronor');
  amount('kronor|krona|kr\\.?|SEK|:-|,-', 'kronor', 'en krona');
  amount('öre', 'öre', 'ett öre');
  amount('€|EUR|euro', 'euro', 'en euro');
  amount('\\$|USD|dollar', 'dollar', 'en dollar');
  amount('£|GBP|pund', 'pund', 'ett pund');
  amount('milj\\.?|miljoner|miljon', 'miljoner', 'en miljon');
  amount('mdr|md|miljarder|miljard', 'miljarder', 'en miljard');
  // Currency before the amount: "SEK 500", "€ 20", "$5".
  text = text
    .replace(new RegExp(`(?<![\\p{L}])SEK\\s?${NUM}`, 'gu'), (_m, n: string) => amountWords(n, 'kronor', 'en krona'))
    .replace(new RegExp(`€\\s?${NUM}`, 'gu'), (_m, n: string) => amountWords(n, 'euro', 'en euro'))
    .replace(new RegExp(`\\$\\s?${NUM}`, 'gu'), (_m, n: string) => amountWords(n, 'dollar', 'en dollar'))
    .replace(new RegExp(`£\\s?${NUM}`, 'gu'), (_m, n: string) => amountWords(n, 'pund', 'ett pund'));
  return text;
}

function percentAndDegrees(text: string): string {
  return text
    .replace(/%-enhet/g, 'procentenhet')
    .replace(new RegExp(`${NUM}\\s?%`, 'gu'), (_m, n: string) => amountWords(n, 'procent', 'en procent'))
    .replace(/%/g, ' procent')
    .replace(new RegExp(`${NUM}\\s?‰`, 'gu'), '$1 promille')
    .replace(/‰/g, ' promille')
    .replace(new RegExp(`${NUM}\\s?[°º]\\s?C(?![\\p{L}])`, 'gu'), (_m, n: string) =>
      amountWords(n, 'grader Celsius', 'en grad Celsius'),
    )
    .replace(/[°º]\s?C(?![\p{L}])/gu, ' grader Celsius')
    .replace(new RegExp(`${NUM}\\s?[°º]`, 'gu'), (_m, n: string) => amountWords(n, 'grader', 'en grad'))
    .replace(/[°º]/g, ' grader');
}

function units(text: string): string {
  for (const { re, plural, singular } of COMPILED_UNITS) {
    text = text.replace(re, (match, n: string, offset, whole) => {
      return `${amountWords(n, plural, singular)}${keepStop(match, offset, whole)}`;
    });
  }
  // After the units, so "km/h" is already "kilometer i timmen" and "5 km/tim" becomes "5 kilometer per timme".
  text = text.replace(PER_RE, (_m, unit: string) => ` per ${PER[unit] ?? unit}`);
  // After an amount any noun follows "per": "65 kronor/portion", "20 euro/person", "2 barn/vuxen".
  return text.replace(PER_AFTER_AMOUNT, ' per ').replace(/(?<=\d\s\p{L}+)\s?\/\s?(?=\p{L})/gu, ' per ');
}

// ---------------------------------------------------------------------------------------------------
// Weekdays and months written short

const UNAMBIGUOUS_WEEKDAYS = /(?<![\p{L}\p{N}])([Tt]is|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ör|[Ss]ön)(\.?)(?![\p{L}\p{N}])/gu;
// "mån" is also a word ("i mån av plats", "mån om"): only with a dot, before a time or in a list of days.
const MAN =
  /(?<![\p{L}\p{N}])([Mm]ån)(?:(\.)|(?=\s?(?:\d|[\uE800-\uEFFF]|kl|klockan)|,\s?(?:tis|ons|tors|fre|lör|sön)|\s(?:och|samt|eller)\s(?:tis|ons|tors|fre|lör|sön)))(?![\p{L}\p{N}])/gu;
const MONTH_AFTER_DAY = new RegExp(
  `(?<=\\d\\.?\\s?)(${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);
const MONTH_BEFORE_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?(?=\\s(?:19|20)\\d\\d(?!\\d))`,
  'giu',
);

function weekdaysAndMonths(text: string): string {
  const full = (abbr: string, table: Record<string, string>): string | undefined => table[abbr.toLowerCase()];
  text = text.replace(UNAMBIGUOUS_WEEKDAYS, (match, abbr: string, dot: string, offset, whole) => {
    const name = full(abbr, WEEKDAY_ABBREVIATIONS);
    return name ? likeCase(abbr, name) + (dot ? keepStop(match, offset, whole) : '') : match;
  });
  text = text.replace(MAN, (match, abbr: string, _dot, offset, whole) => likeCase(abbr, 'måndag') + keepStop(match, offset, whole));
  const month = (match: string, abbr: string, offset: number, whole: string): string => {
    const name = full(abbr, MONTH_ABBREVIATIONS);
    return name ? likeCase(abbr, name) + keepStop(match, offset, whole) : match;
  };
  return text.replace(MONTH_AFTER_DAY, month).replace(MONTH_BEFORE_YEAR, month);
}

// ---------------------------------------------------------------------------------------------------
// Symbols and punctuation

function symbols(text: string): string {
  for (const [written, said] of Object.entries(FRACTIONS)) if (written.length === 1) text = text.split(written).join(` ${said} `);
  return text
    .replace(/\s?&\s?/g, ' och ')
    .replace(/~\s?(?=\d)/g, 'cirka ')
    .replace(/≈\s?/g, 'ungefär ')
    .replace(/<\s?(?=\d)/g, 'mindre än ')
    .replace(/>\s?(?=\d)/g, 'mer än ')
    .replace(/≤\s?/g, 'högst ')
    .replace(/≥\s?/g, 'minst ')
    .replace(/(\d)\s?[x×]\s?(?=\d)/g, '$1 gånger ')
    .replace(/\s?×\s?/g, ' gånger ')
    .replace(/\s=\s/g, ' är lika med ')
    .replace(/@/g, ' snabel-a ')
    .replace(/#\s?(?=\d)/g, 'nummer ')
    .replace(/[#*_]/g, ' ')
    .replace(/\b(och|eller)\/(och|eller)\b/g, '$1 $2')
    .replace(/(?<=\p{L})\s?\/\s?(?=\p{L})/gu, ' eller ')
    .replace(/(?<=\d)\/(?=\d)/g, ' snedstreck ')
    .replace(/\s\/\s/g, ', ')
    .replace(/[|•▪◦‣●■]/g, ', ');
}

/** Dashes between words are pauses; dashes starting a line are list marks. */
function dashes(text: string): string {
  return text
    .replace(/^\s*[-–—]+\s+/, '')
    .replace(/\s+[-–—]+\s+/g, ', ')
    .replace(/[–—]/g, ', ');
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/,\s*([.!?])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/[\s,;]+$/, '')
    .trim();
}

/** Collapses white space and drops invisible characters; all space kinds become " ". */
export function collapse(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What the voice should say for Swedish `text`. */
export function swedishSpeech(text: string): string {
  const shelf = new Shelf();
  // Private-use characters would clash with the placeholders; they never carry speech.
  let t = collapse(text.replace(/[\uE000-\uF8FF]/g, ''));
  t = addresses(t, shelf);
  t = phones(t, shelf);
  t = dates(t, shelf);
  t = times(t, shelf);
  t = ordinals(t);
  t = digitGroups(t);
  t = spans(t);
  t = signs(t);
  t = money(t);
  t = percentAndDegrees(t);
  t = units(t);
  t = weekdaysAndMonths(t);
  t = expandAbbreviations(t);
  t = symbols(t);
  t = speakAcronyms(t);
  t = dashes(t);
  return tidy(shelf.restore(tidy(t)));
}
