/** Clock times: "kl. 14.30" → "klockan 14 och 30", "8.00–16.00" → "8 till 16". */

import type { Shelf } from './placeholders';
import { likeCase, spanWord } from './sv-patterns';

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

function validTime(h: string, m: string | undefined): boolean {
  return Number(h) <= 24 && (m === undefined || Number(m) <= 59);
}

/** Words after which "3.12" is a section or page number, not a time. */
const NOT_TIME_BEFORE =
  /(?:avsnitt|kapitel|kap\.?|punkt|punkterna|bilaga|version|sida|sidan|sid\.?|s\.|paragraf|§|nr\.?|nummer|moment|mom\.?|tabell|figur|fig\.?|del|steg|vers|art\.?|artikel|ver\.?|v\.?)\s*$/iu;
/** Amounts written with a dot: "1.50 kr". */
const NOT_TIME_AFTER = /^\s?(?:kr|kronor|:-|%|procent|sek|euro|€|\$|m\b|km|kg|mm|cm|liter|l\b|milj|mnkr|tkr)/iu;

export function times(text: string, shelf: Shelf): string {
  // "kl. 14.00", "kl 8–16", "klockan 9.00-12.00", "kl. 8 till kl. 16".
  text = text.replace(
    /(?<![\p{L}\p{N}])(kl\.?|klockan)\s?(\d{1,2})(?:[.:](\d{2}))?(?:\s?(?:[-–—]|till)\s?(?:kl\.?\s?)?(\d{1,2})(?:[.:](\d{2}))?)?(?![\p{N}]|[.:]\d)/giu,
    (
      match,
      kl: string,
      h1: string,
      m1: string | undefined,
      h2: string | undefined,
      m2: string | undefined,
      offset: number,
      whole: string,
    ) => {
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
