/**
 * Slashes written as words, as easy-to-read Swedish does: a slash asks the reader to know what it
 * stands for, and a voice may say "snedstreck" or nothing.
 *
 * - A rate: "350 kr/månad" → "350 kr per månad", "150 kr/st" → "150 kr per styck".
 * - "och/eller" → "eller" (Swedish "eller" already allows both).
 * - Alternatives: "varan/tjänsten" → "varan eller tjänsten", "bruk/missbruk/beroende" → "bruk, missbruk
 *   eller beroende". Not in an address ("umea.se/bygglov"), between numbers ("1/3", "2023/24"), or in a
 *   name ("Bygg/Miljö": a capital after the slash).
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

/** The sentence with its slashes written as words. */
export function writeOutSlashes(sentence: string): string {
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
