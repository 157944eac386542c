/**
 * Swedish text normalisation for speech: what a browser voice (Microsoft Bengt, Apple Alva/Klara/
 * Oskar, Google Svenska, espeak-ng) should be given so that it says what a Swede reading aloud would
 * say. The output keeps plain numbers as digits — Swedish voices read "1500" and "2021" correctly — and
 * spells out only what voices get wrong: abbreviations, dates (days are ordinals: "femte mars"), times,
 * decimal commas ("1 komma 5"), phone numbers, units, symbols, acronyms, web and e-mail addresses.
 *
 * The steps run in a fixed order. A step whose result must not be touched again (a phone number read
 * in digit groups, an address) puts it on a shelf and leaves a private-use placeholder character in
 * the text; the placeholders are replaced by their words at the end.
 */

import { speakAcronyms } from './acronyms';
import { Shelf } from './placeholders';
import { addresses } from './sv-addresses';
import { digitGroups, money, percentAndDegrees, signs, units } from './sv-amounts';
import { dates } from './sv-dates';
import { dayOrdinals, decimalCommas } from './sv-day-dates';
import { expandAbbreviations } from './sv-expansions';
import { ordinals } from './sv-ordinals';
import { phones } from './sv-phones';
import { spans, weekdaysAndMonths } from './sv-spans';
import { symbols, dashes } from './sv-symbols';
import { times } from './sv-times';

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
  // Addresses first: their dots, dashes and digits belong to no other rule.
  t = addresses(t, shelf);
  // Phone and identity numbers before dates, spans and digit groups would take their dashes and spaces.
  t = phones(t, shelf);
  // Dates before times ("05.03.2021" is no time) and both before spans, which join them ("8–16").
  t = dates(t, shelf);
  t = times(t, shelf);
  t = ordinals(t);
  // "1 500" becomes one number before spans and amounts look at it ("3 500–4 000 kr").
  t = digitGroups(t);
  t = spans(t);
  // Signs after spans, so only a dash that is no span is read "minus".
  t = signs(t);
  t = money(t);
  t = percentAndDegrees(t);
  t = units(t);
  t = weekdaysAndMonths(t);
  // After months are written out ("5 dec." → "5 december"), the day before one becomes an ordinal.
  t = dayOrdinals(t);
  t = decimalCommas(t);
  // Abbreviations after amounts and units, which need the short forms ("5 st", "2 milj. kr").
  t = expandAbbreviations(t);
  t = symbols(t);
  // Acronyms last: by now every all-caps word left is a word or an acronym, not an abbreviation.
  t = speakAcronyms(t);
  t = dashes(t);
  return tidy(shelf.restore(tidy(t)));
}
