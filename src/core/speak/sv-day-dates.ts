import { MONTHS, ordinalWord } from './sv-numbers';

/**
 * Days of the month are ordinals in spoken Swedish: "5 mars" is said "femte mars", and "5 till 6
 * december" "femte till sjätte december". Voices read the bare digit as a cardinal ("fem mars"), which
 * sounds wrong to every Swede, so the day is written out.
 */
const MONTH = `(${MONTHS.join('|')})`;
const DAY = '([1-9]|[12]\\d|3[01])';
const PAIR = new RegExp(`(?<![\\d,.:/])${DAY}\\s+(till|och|eller)\\s+${DAY}\\s+${MONTH}\\b`, 'giu');
const SINGLE = new RegExp(`(?<![\\d,.:/])${DAY}\\.?\\s+${MONTH}\\b`, 'giu');

export function dayOrdinals(text: string): string {
  const word = (d: string) => ordinalWord(Number(d)) ?? d;
  return text
    .replace(
      PAIR,
      (_m, a: string, joiner: string, b: string, month: string) => `${word(a)} ${joiner} ${word(b)} ${month}`,
    )
    .replace(SINGLE, (_m, d: string, month: string) => `${word(d)} ${month}`);
}

/**
 * A decimal comma said as "komma": Swedish platform voices say "komma" for "1,5", but espeak-ng says
 * "punkt", and every voice says "1 komma 5" right.
 */
export function decimalCommas(text: string): string {
  return text.replace(/(\d),(\d)/g, '$1 komma $2');
}
