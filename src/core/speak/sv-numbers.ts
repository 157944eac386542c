/**
 * Swedish words for the few number forms a voice cannot be trusted with: ordinals ("3:e" is read
 * "tre e" by some voices), month names for numeric dates, weekday names, simple fractions. Plain
 * cardinals stay digits: every Swedish voice reads "1500" and "2021" correctly.
 */

const ORDINALS_1_19 = [
  '', 'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde',
  'elfte', 'tolfte', 'trettonde', 'fjortonde', 'femtonde', 'sextonde', 'sjuttonde', 'artonde', 'nittonde',
]; // prettier-ignore
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];
const UNITS = ['', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];

/**
 * The Swedish ordinal word for 1..999 ("första", "tjugoförsta", "hundrade", "tvåhundrafemte"), or
 * null outside that range.
 */
export function ordinalWord(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 999) return null;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const prefix = hundreds === 0 ? '' : `${hundreds === 1 ? '' : UNITS[hundreds]}hundra`;
  if (rest === 0) return `${prefix}de`; // "hundrade", "tvåhundrade"
  if (rest < 20) return prefix + ORDINALS_1_19[rest];
  const tens = Math.floor(rest / 10);
  const unit = rest % 10;
  // "tjugonde", "trettionde"; with a unit: "tjugoförsta", "trettioandra".
  return prefix + (unit === 0 ? `${TENS[tens]}nde` : `${TENS[tens]}${ORDINALS_1_19[unit]}`);
}

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
]; // prettier-ignore

/** Month abbreviations as written on Swedish pages, to full names. */
export const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: 'januari',
  feb: 'februari',
  febr: 'februari',
  mar: 'mars',
  apr: 'april',
  jun: 'juni',
  jul: 'juli',
  aug: 'augusti',
  sep: 'september',
  sept: 'september',
  okt: 'oktober',
  nov: 'november',
  dec: 'december',
};

/** Weekday abbreviations to full names. "tor" is only safe in ranges (it is also a name). */
export const WEEKDAY_ABBREVIATIONS: Record<string, string> = {
  mån: 'måndag',
  tis: 'tisdag',
  ons: 'onsdag',
  tor: 'torsdag',
  tors: 'torsdag',
  fre: 'fredag',
  lör: 'lördag',
  sön: 'söndag',
};

export const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/** Days in each month, February counted as 29: a date check, not a calendar. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "5 mars" for day 5, month 3, or null when the pair is no date. */
export function dayMonth(day: number, month: number): string | null {
  const days = MONTH_DAYS[month - 1];
  if (days === undefined || day < 1 || day > days) return null;
  // Spoken Swedish says the day as an ordinal: "femte mars".
  return `${ordinalWord(day) ?? day} ${MONTHS[month - 1]}`;
}

/** Fractions read as words; others are left to the voice. */
export const FRACTIONS: Record<string, string> = {
  '1/2': 'en halv',
  '1/3': 'en tredjedel',
  '2/3': 'två tredjedelar',
  '1/4': 'en fjärdedel',
  '3/4': 'tre fjärdedelar',
  '½': 'en halv',
  '⅓': 'en tredjedel',
  '⅔': 'två tredjedelar',
  '¼': 'en fjärdedel',
  '¾': 'tre fjärdedelar',
};

/** Digits one by one ("090" → "0 9 0"), as Swedes read area codes and identity numbers. */
export function spellDigits(digits: string): string {
  return digits.replace(/\D/g, '').split('').join(' ');
}
