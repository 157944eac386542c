/**
 * Slashes and range dashes written as words, as easy-to-read Swedish does: a sign asks the reader to
 * know what it stands for, and a voice may say "snedstreck" or nothing.
 *
 * - A rate: "350 kr/månad" → "350 kr per månad", "150 kr/st" → "150 kr per styck".
 * - "och/eller" → "eller" (Swedish "eller" already allows both).
 * - Alternatives: "varan/tjänsten" → "varan eller tjänsten", "bruk/missbruk/beroende" → "bruk, missbruk
 *   eller beroende". Not in an address ("umea.se/bygglov"), between numbers ("1/3", "2023/24"), or in a
 *   name ("Bygg/Miljö": a capital after the slash).
 * - A range with a dash: "måndag–torsdag" → "måndag till torsdag", "kl. 07.00 – 18.00" → "07.00 till
 *   18.00", "2020-2024" → "2020 till 2024". Only days, times and years: a dash between other numbers
 *   may be a phone number ("08–508 000 00"), and a day range before a month ("5–6 december") is a date
 *   the reader knows as written.
 */

/** Words after a slash that make it "per", with how Lättläst writes them. */
// prettier-ignore
const PER: Record<string, string> = {
  år: 'år', mån: 'månad', månad: 'månad', vecka: 'vecka', dag: 'dag', dygn: 'dygn', tim: 'timme', timme: 'timme',
  natt: 'natt', kväll: 'kväll', termin: 'termin', läsår: 'läsår', person: 'person', pers: 'person', st: 'styck',
  styck: 'styck', barn: 'barn', elev: 'elev', hushåll: 'hushåll', lägenhet: 'lägenhet', gång: 'gång',
  tillfälle: 'tillfälle', deltagare: 'deltagare',
};
const RATE = new RegExp(String.raw`(?<=[\p{L}\p{N}%])\s?\/\s?(${Object.keys(PER).join('|')})(?![\p{L}\p{N}])`, 'gu');

const WORD = String.raw`\p{L}[\p{L}'’-]*\p{L}`;
const ALTERNATIVES = new RegExp(
  String.raw`(?<![\p{L}\p{N}\/.:@-])${WORD}(?:\/${WORD})+(?![\p{L}\p{N}\/@]|[.:]\p{L})`,
  'gu',
);

const DAY = '(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:ar)?';
const DAYS = new RegExp(String.raw`(?<![\p{L}])(${DAY})\s?[–-]\s?(${DAY})(?![\p{L}])`, 'giu');
const TIMES = new RegExp(String.raw`(?<![\p{N}.:,])(\d{1,2}[.:]\d{2})\s?–\s?(\d{1,2}[.:]\d{2})(?![\p{N}])`, 'gu');
const HOURS = new RegExp(String.raw`(?<=\bklockan\s)(\d{1,2})\s?[–-]\s?(\d{1,2})(?![\p{N}]|[.:,]\p{N})`, 'gu');
const YEARS = new RegExp(String.raw`(?<![\p{N}-])((?:19|20)\d{2})\s?[–-]\s?((?:19|20)\d{2})(?![\p{N}-])`, 'gu');

/** The sentence with its slashes and range dashes written as words. */
export function writeOutSigns(sentence: string): string {
  return writeOutRanges(writeOutSlashes(sentence));
}

function writeOutRanges(sentence: string): string {
  if (!/[–-]/.test(sentence)) return sentence;
  return sentence
    .replace(DAYS, '$1 till $2')
    .replace(TIMES, '$1 till $2')
    .replace(HOURS, '$1 till $2')
    .replace(YEARS, '$1 till $2');
}

function writeOutSlashes(sentence: string): string {
  if (!sentence.includes('/')) return sentence;
  return sentence
    .replace(RATE, (_m, unit: string) => ` per ${PER[unit]}`)
    .replace(/(?<![\p{L}])och\s?\/\s?eller(?![\p{L}])/gu, 'eller')
    .replace(ALTERNATIVES, (match) => {
      const parts = match.split('/');
      if (parts.slice(1).some((p) => /^\p{Lu}/u.test(p))) return match;
      return parts.length === 2 ? parts.join(' eller ') : `${parts.slice(0, -1).join(', ')} eller ${parts.at(-1)}`;
    });
}
