/** Regular-expression pieces and small helpers shared by the Swedish speech steps. */

export const RANGEABLE = '[\\uE800-\\uEFFF]';
/** Not preceded by a letter, digit, decimal mark or placeholder. */
export const NB = '(?<![\\p{L}\\p{N},.\\uE000-\\uF8FF])';
/** A number, with a decimal comma: "1500", "1,5". */
export const NUM = '(\\d+(?:,\\d+)?)';
export const END = '(?![\\p{L}\\p{N}])';

/** Capital first letter when the written form had one ("Kl." → "Klockan"). */
export function likeCase(written: string, spoken: string): string {
  return /\p{Lu}/u.test(written.charAt(0)) ? spoken.charAt(0).toUpperCase() + spoken.slice(1) : spoken;
}

/** A final dot that a replacement swallowed was also the sentence's full stop: give it back. */
export function keepStop(match: string, offset: number, whole: string): string {
  if (!match.endsWith('.')) return '';
  const rest = whole.slice(offset + match.length);
  return /^\s*["'”’»)\]]*\s*$/u.test(rest) || /^\s+["'”’»(]*\p{Lu}/u.test(rest) ? '.' : '';
}

/**
 * "1 kr" is "en krona", not "ett kronor": with exactly one, the unit is singular and the number a
 * word of the unit's gender (voices read a lone "1" as "ett" whatever follows).
 */
export function amountWords(n: string, plural: string, singular: string): string {
  return n === '1' ? singular : `${n} ${plural}`;
}

/** "mellan 8–16" is "mellan 8 och 16"; every other span is "8 till 16". */
export function spanWord(whole: string, offset: number): string {
  return /(?:^|\s)mellan\s(?:kl\.?\s?|klockan\s)?$/iu.test(whole.slice(Math.max(0, offset - 16), offset))
    ? 'och'
    : 'till';
}
