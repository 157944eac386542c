/** Numeric dates to words: "2021-03-05" → "den 5 mars 2021", "5/3" → "den 5 mars". */

import type { Shelf } from './placeholders';
import { FRACTIONS, MONTHS, dayMonth } from './sv-numbers';

const DATE_CONTEXT =
  /(?:^|\s)(?:den|från|fr\.\s?o\.\s?m\.?|t\.\s?o\.\s?m\.?|till|senast|före|efter|mellan|och|[-–]|mån|tis|ons|tors|fre|lör|sön|\p{L}+dag(?:en)?)\s*$/iu;

/** Words that follow a fraction, not a date: "1/2 tjänst", "3/4 av kostnaden", "1/3 del". */
const FRACTION_BEFORE =
  /^\s(?:av|dag|dagar|dagen|tid|tjänst|tjänster|tjänsten|timme|timmar|timmen|liter|deciliter|dl|l|kg|kilo|hekto|del|delar|delen|års|år|månad|månader|pris|priset|sats|satsen|mil|km|meter|kopp|matsked|tesked|portion|procent|kostnaden|beloppet|summan|avgiften|kronor|kr|sträckan|vägen)(?![\p{L}])/u;

function withDen(before: string, date: string): string {
  return /(?:^|\s)den\s$/i.test(before) ? date : `den ${date}`;
}

export function dates(text: string, shelf: Shelf): string {
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
  // Day/month, with an optional year: "5/3", "5/3 2021", "5/3-2021". "1/2", "2/3", "3/4" are
  // fractions only before a measure ("1/2 tjänst", "3/4 av kostnaden") and not after a date word
  // ("den 1/4"); otherwise they are dates ("Stängt 2/3", "Sista dag 1/4").
  text = text.replace(
    /(?<![\p{N}/.,:-])(\d{1,2})\/(\d{1,2})(?:(?:\s?-\s?|\s|\/)(\d{4}))?(?![\p{N}]|\/\d|,\d)/gu,
    (match, d: string, m: string, y: string | undefined, offset: number, whole: string) => {
      if (d === '24' && m === '7' && !y) return 'dygnet runt';
      const before = whole.slice(Math.max(0, offset - 20), offset);
      const day = Number(d);
      const month = Number(m);
      const fraction = FRACTIONS[`${day}/${month}`];
      const after = whole.slice(offset + match.length);
      if (fraction && !y && !DATE_CONTEXT.test(before) && FRACTION_BEFORE.test(after)) return fraction;
      const dm = dayMonth(day, month);
      if (!dm) return match;
      return shelf.put(withDen(before, y ? `${dm} ${y}` : dm), true);
    },
  );
  return text;
}
