/**
 * Spans and short weekday and month names: "34-49 år" → "34 till 49 år", "mån–fre" → "måndag till
 * fredag", "15 okt." → "15 oktober".
 */

import { RANGEABLE, keepStop, likeCase, spanWord } from './sv-patterns';
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from './sv-numbers';

const WEEKDAY_WORDS =
  'måndag(?:ar)?|tisdag(?:ar)?|onsdag(?:ar)?|torsdag(?:ar)?|fredag(?:ar)?|lördag(?:ar)?|söndag(?:ar)?|mån|tis|ons|tors|tor|fre|lör|sön';
const MONTH_WORDS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const RANGE_ITEM = `(\\d+(?:,\\d+)?|${RANGEABLE}|(?:${WEEKDAY_WORDS}|${MONTH_WORDS})\\.?)`;
// Not part of a longer chain ("2021-13-45", "1-2-3"): those are codes, not spans.
const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N},./–-])${RANGE_ITEM}\\s?[-–—]\\s?${RANGE_ITEM}(?![\\p{L}\\p{N}]|,\\d|[-–/]\\d)`,
  'giu',
);
const WEEKDAY_RE = new RegExp(`^(?:${WEEKDAY_WORDS})\\.?$`, 'iu');

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
export function spans(text: string): string {
  if (!/[-–—/]/.test(text)) return text; // every span here is written with a dash or a slash
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
  // Letter spans, as in an index: "A–Ö" → "A till Ö".
  text = text.replace(/(?<![\p{L}\p{N}])(\p{Lu})\s?[-–—]\s?(\p{Lu})(?![\p{L}\p{N}])/gu, '$1 till $2');
  // School and financial years: "2021/22", "2021/2022".
  return text.replace(/(?<![\p{N}/])((?:19|20)\d\d)\/((?:19|20)?\d\d)(?![\p{N}/])/gu, (match, a: string, b: string) =>
    numericSpan(a, b) ? `${a} till ${b}` : match,
  );
}

// Not Swedish words, so always weekdays; "Tors" (Tor's) only with a dot or before a time.
const UNAMBIGUOUS_WEEKDAYS =
  /(?<![\p{L}\p{N}])([Tt]is|[Oo]ns|tors|Tors(?=\.|\s?\d)|[Ff]re|[Ll]ör|[Ss]ön)(\.?)(?![\p{L}\p{N}])/gu;
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

/** What every short weekday has; a quick test before the exact patterns. */
const WEEKDAY_STEM = /tis|ons|tors|fre|lör|sön|mån/i;

export function weekdaysAndMonths(text: string): string {
  const full = (abbr: string, table: Record<string, string>): string | undefined => table[abbr.toLowerCase()];
  if (WEEKDAY_STEM.test(text)) {
    text = text.replace(UNAMBIGUOUS_WEEKDAYS, (match, abbr: string, dot: string, offset, whole) => {
      const name = full(abbr, WEEKDAY_ABBREVIATIONS);
      return name ? likeCase(abbr, name) + (dot ? keepStop(match, offset, whole) : '') : match;
    });
    text = text.replace(
      MAN,
      (match, abbr: string, _dot, offset, whole) => likeCase(abbr, 'måndag') + keepStop(match, offset, whole),
    );
  }
  // A month is shortened only next to a day or a year.
  if (!/\d/.test(text)) return text;
  const month = (match: string, abbr: string, offset: number, whole: string): string => {
    const name = full(abbr, MONTH_ABBREVIATIONS);
    return name ? likeCase(abbr, name) + keepStop(match, offset, whole) : match;
  };
  return text.replace(MONTH_AFTER_DAY, month).replace(MONTH_BEFORE_YEAR, month);
}
