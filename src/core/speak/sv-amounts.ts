/** Numbers with what they count: digit groups, signs, money, percent, degrees and units. */

import { lazyRegExp } from './lazy-regexp';
import { NB, NUM, amountWords, keepStop } from './sv-patterns';

/** "1 500" → "1500", "12 345 678" → "12345678": a voice should read one number, not two. */
export function digitGroups(text: string): string {
  return text.replace(
    /(?<![\p{N},.\uE000-\uF8FF])(\d{1,3})((?: \d{3})+)(?![\p{N}])/gu,
    (_m, head: string, rest: string) => head + rest.replace(/ /g, ''),
  );
}

export function signs(text: string): string {
  return text
    .replace(/(?<=^|[\s(])[-−–](?=\d)/gu, 'minus ')
    .replace(/(?<=^|[\s(])\+(?=\d)/gu, 'plus ')
    .replace(/(?<=\d)\+(?![\p{N}])/gu, ' plus')
    .replace(/\s\+\s/g, ' plus ')
    .replace(/±\s?/g, 'plus minus ');
}

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
  re: lazyRegExp(`${NB}${NUM}\\s?(?:${written})(?![\\p{L}\\p{N}²³]|\\.\\p{L})`, 'gu'),
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
const PER_RE = lazyRegExp(`(?<=[\\p{L}\\p{N}%.])\\s?\\/\\s?(${Object.keys(PER).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

const PER_AFTER_AMOUNT =
  /(?<=(?:kronor|krona|öre|euro|dollar|pund|procent|kilo|gram|liter|meter|kilometer|kvadratmeter|timmar|timme|minuter|stycken|styck))\s?\/\s?(?=\p{L})/gu;

/** [written after the amount, plural, what one is], in the order they are tried. */
const AMOUNTS: Array<[string, string, string]> = [
  ['mnkr|mkr|Mkr|MSEK|mn kr|mln kr|milj\\.?\\s?kr\\.?|miljoner kr(?:onor)?\\.?', 'miljoner kronor', 'en miljon kronor'],
  ['mdkr|mdr\\.?\\s?kr\\.?|md kr|miljarder kr(?:onor)?\\.?', 'miljarder kronor', 'en miljard kronor'],
  ['tkr|Tkr|TSEK|tusen kr\\.?', 'tusen kronor', 'ettusen kronor'],
  ['kronor|krona|kr\\.?|SEK|:-|,-', 'kronor', 'en krona'],
  ['öre', 'öre', 'ett öre'],
  ['€|EUR|euro', 'euro', 'en euro'],
  ['\\$|USD|dollar', 'dollar', 'en dollar'],
  ['£|GBP|pund', 'pund', 'ett pund'],
  ['milj\\.?|miljoner|miljon', 'miljoner', 'en miljon'],
  ['mdr|md|miljarder|miljard', 'miljarder', 'en miljard'],
];
const COMPILED_AMOUNTS = AMOUNTS.map(([written, plural, singular]) => ({
  re: lazyRegExp(`${NB}${NUM}\\s?(?:${written})(?![\\p{L}\\p{N}])`, 'gu'),
  plural,
  singular,
}));
/** Currency before the amount: "SEK 500", "€ 20", "$5". */
const CURRENCY_FIRST: Array<[RegExp, string, string]> = [
  [new RegExp(`(?<![\\p{L}])SEK\\s?${NUM}`, 'gu'), 'kronor', 'en krona'],
  [new RegExp(`€\\s?${NUM}`, 'gu'), 'euro', 'en euro'],
  [new RegExp(`\\$\\s?${NUM}`, 'gu'), 'dollar', 'en dollar'],
  [new RegExp(`£\\s?${NUM}`, 'gu'), 'pund', 'ett pund'],
];

export function money(text: string): string {
  if (!/\d/.test(text)) return text; // an amount has digits
  for (const { re, plural, singular } of COMPILED_AMOUNTS) {
    text = text.replace(re(), (match, n: string, offset, whole) => {
      return `${amountWords(n, plural, singular)}${keepStop(match, offset, whole)}`;
    });
  }
  for (const [re, plural, singular] of CURRENCY_FIRST) {
    text = text.replace(re, (_m, n: string) => amountWords(n, plural, singular));
  }
  return text;
}

export function percentAndDegrees(text: string): string {
  if (!/[%‰°º]/.test(text)) return text; // every rule here reads one of these signs
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

export function units(text: string): string {
  // A unit is read only after a number, and "per" only at a slash: most sentences have neither.
  const digits = /\d/.test(text);
  if (!digits && !text.includes('/')) return text;
  if (digits) {
    for (const { re, plural, singular } of COMPILED_UNITS) {
      text = text.replace(re(), (match, n: string, offset, whole) => {
        return `${amountWords(n, plural, singular)}${keepStop(match, offset, whole)}`;
      });
    }
  }
  // After the units, so "km/h" is already "kilometer i timmen" and "5 km/tim" becomes "5 kilometer per timme".
  text = text.replace(PER_RE(), (_m, unit: string) => ` per ${PER[unit] ?? unit}`);
  // After an amount any noun follows "per": "65 kronor/portion", "20 euro/person", "2 barn/vuxen".
  return text.replace(PER_AFTER_AMOUNT, ' per ').replace(/(?<=\d\s\p{L}+)\s?\/\s?(?=\p{L})/gu, ' per ');
}
