/** Phone numbers and other digit strings Swedes read in groups. */

import type { Shelf } from './placeholders';
import { spellDigits } from './sv-numbers';

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
  return `${areaSpoken}, ${speakGroups(groups)}`;
}

function speakGroups(groups: string[]): string {
  let spoken = '';
  groups.forEach((g, i) => {
    const said = g.startsWith('0') ? spellDigits(g) : g;
    spoken += i === 0 ? said : `${g.length >= 3 ? ', ' : ' '}${said}`;
  });
  return spoken;
}

export function phones(text: string, shelf: Shelf): string {
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
  // Other numbers written in groups with a two-digit group after the first ("Swisha till 123 456 78 90",
  // "Plusgiro 12 34 56"): read group by group. Amounts never have a two-digit group after the first.
  text = text.replace(/(?<![\p{N},.])\d{2,3}(?: \d{2,3}){2,}(?![\p{N}]|[.,]\d)/gu, (match) => {
    const groups = match.split(' ');
    if (!groups.slice(1).some((g) => g.length === 2)) return match;
    return shelf.put(speakGroups(groups));
  });
  // Bankgiro and plusgiro numbers: the parts as written, never a range.
  text = text.replace(
    /((?:[Bb]ank|[Pp]lus)giro(?:nummer)?|[Bb][Gg]|[Pp][Gg])(:?\s?)(\d{2,4})-(\d{4})(?![\p{N}])/gu,
    (_m, label: string, sep: string, a: string, b: string) => `${label}${sep}${shelf.put(`${a}, ${b}`)}`,
  );
  // 1177 (Vårdguiden) is said "elva sjuttiosju".
  text = text.replace(/(?<![\p{N},./-])1177(?![\p{N}]|\s?(?:kr|kronor|:-|%|procent|st\b|stycken))/gu, () =>
    shelf.put('11 77'),
  );
  // 112 is said "ett ett två" when it is the emergency number.
  text = text.replace(
    /(?<=(?:[Rr]ing|[Rr]inga|[Rr]inger|[Ll]arma|[Ll]armar|nödnumret|nödnummer|larmnumret|numret|SOS Alarm)\s)112(?!\d)|(?<=(?:är|till|på|via)\s)112(?=\s*[.!,)]|\s*$)/gu,
    () => shelf.put('1 1 2'),
  );
  return text;
}
