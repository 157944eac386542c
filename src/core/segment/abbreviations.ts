/**
 * Abbreviations whose final dot does not (usually) end a sentence. The sentence splitter uses them to
 * undo wrong breaks after "t.ex.", "kl.", "Dr." and the like.
 *
 * Each abbreviation has a role:
 * - 'leading': it introduces what follows ("t.ex. Umeå", "kl. 14", "Dr. Lindgren"), so a capital
 *   after it is no sign of a new sentence. Only forms that are not also ordinary words belong here.
 * - 'any': it can close a clause ("bord, stolar m.m.", "100 kr.", "stängt t.v."), so a capital
 *   after it starts a new sentence.
 *
 * Expansions for speech live in sv-expansions.ts; this file is only about where sentences end.
 */

export type AbbreviationRole = 'leading' | 'any';

/**
 * Verbatim from explosion/spaCy spacy/lang/sv/tokenizer_exceptions.py (MIT licence), via
 * /work/shared/data/plain-language/sv-abbreviations.json. A trailing "." in an entry means spaCy
 * only accepts the dotted form (the bare form is an ordinary word: "el", "min", "ung").
 */
export const SPACY_SV_ABBREVIATIONS: readonly string[] = [
  'ang', 'anm', 'bl.a', 'd.v.s', 'doc', 'dvs', 'e.d', 'e.kr', 'el.', 'eng', 'etc', 'exkl', 'ev', 'f.', 'f.d',
  'f.kr', 'f.n', 'f.ö', 'fid', 'fig', 'forts', 'fr.o.m', 'förf', 'inkl', 'iofs', 'jur.', 'kap', 'kl', 'kor.',
  'kr', 'kungl', 'lat', 'm.a.o', 'm.fl', 'm.m', 'max', 'milj', 'min.', 'mos', 'mt', 'mvh', 'o.d', 'o.s.v',
  'obs', 'osv', 'p.g.a', 'proc', 'prof', 'ref', 'resp', 's.a.s', 's.k', 's.t', 'sid', 't.ex', 't.h', 't.o.m',
  't.v', 'tel', 'ung.', 'vol', 'v.', 'äv', 'övers',
]; // prettier-ignore

/** spaCy's month and weekday abbreviations (same source and licence; "sön." and "jul." left out there as ambiguous). */
export const SPACY_SV_MONTH_WEEKDAY: readonly string[] = [
  'jan.', 'febr.', 'feb.', 'apr.', 'jun.', 'aug.', 'sept.', 'sep.', 'okt.', 'nov.', 'dec.',
  'mån.', 'tis.', 'ons.', 'tors.', 'fre.', 'lör.',
]; // prettier-ignore

/** spaCy's case-specific exceptions (same source and licence). */
export const SPACY_SV_CASE_SPECIFIC: readonly string[] = [
  'AB',
  'Dr.',
  'H.M.',
  'H.K.H.',
  'm/s',
  'M/S',
  'Ph.d.',
  'S:t',
  's:t',
];

/**
 * Forms spaCy lacks that are common on municipal pages, and the spaCy forms that introduce what
 * follows. Everything in the spaCy lists that is not named here gets the role 'any'.
 */
const SV_LEADING: readonly string[] = [
  // "som t.ex. Umeå", "bl.a. Region Västerbotten": the next word is often a name
  't.ex', 'bl.a', 's.k', 'dvs', 'd.v.s', 'fr.o.m', 't.o.m', 'p.g.a', 'pga', 'inkl', 'exkl', 'resp', 'f.d', 'jfr',
  'ang', 'enl', 'ev', 'iofs', 'm.a.o', 's.a.s', 'm.h.a', 'i.o.m', 'fr.a',
  // numbers and times follow these: "kl. 14", "ca. 500", "nr. 5", "tel. 090-...", "sid. 12", "v. 32"
  'kl', 'ca', 'c:a', 'nr', 'tel', 'tfn', 'mob', 'sid', 's', 'vol', 'ref', 'kap', 'mom', 'f', 'v', 'fr',
  'adr', 'org.nr', 'org', 'dnr', 'fid', 'proc', 'tf', 'avd', 'vån',
  // titles before names
  'dr', 'prof', 'doc', 'kungl', 'ordf', 'h.m', 'h.k.h',
]; // prettier-ignore

const SV_EXTRA_ANY: readonly string[] = [
  // closing a list: "bord, stolar m.m. Nästa mening" splits before "Nästa"
  'm.m', 'm.fl', 'etc', 'osv', 'o.s.v', 'o.d', 'e.d', 'dyl', 'o.dyl', 'med fl',
  // units and amounts that end clauses: "Avgiften är 200 kr. Betala senast ..."
  'st', 'kr', 'tkr', 'mnkr', 'mkr', 'mdkr', 'mdr', 'milj', 'ggr', 'tim', 'min', 'sek', 'kvm', 'tr', 'obs',
  // months and weekdays spaCy omits
  'jan', 'mar', 'jul', 'sön', 'tor', 'mån', 'vard', 'helgd', 'dagl',
  'forts', 'sekr', 'ledam', 'e.kr', 'f.kr', 'f.n', 't.v', 'ung', 'ph.d',
]; // prettier-ignore

/** English abbreviations for English passages. */
const EN_LEADING: readonly string[] = [
  'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'approx', 'cf', 'incl', 'fig', 'vol', 'pp', 'p',
  'lt', 'sgt', 'capt', 'messrs',
]; // prettier-ignore
// Not "no", "gen", "sen", "hon", "col": they are also ordinary words that end sentences.
const EN_ANY: readonly string[] = ['etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'a.m', 'p.m', 'et al', 'al', 'esp'];

/** Normalises a written abbreviation to a lookup key: lower case, no spaces, no final dot. */
export function abbreviationKey(written: string): string {
  return written.toLowerCase().replace(/\s+/g, '').replace(/\.+$/, '');
}

function buildTable(groups: Array<[readonly string[], AbbreviationRole]>): Map<string, AbbreviationRole> {
  const table = new Map<string, AbbreviationRole>();
  for (const [forms, role] of groups) {
    for (const form of forms) {
      const key = abbreviationKey(form);
      // 'leading' wins: a form listed as leading is never treated as closing.
      if (key && table.get(key) !== 'leading') table.set(key, role);
    }
  }
  return table;
}

const SV_TABLE = buildTable([
  [SPACY_SV_ABBREVIATIONS, 'any'],
  [SPACY_SV_MONTH_WEEKDAY, 'any'],
  [SPACY_SV_CASE_SPECIFIC, 'any'],
  [SV_EXTRA_ANY, 'any'],
  [SV_LEADING, 'leading'],
]);
const EN_TABLE = buildTable([
  [EN_ANY, 'any'],
  [EN_LEADING, 'leading'],
]);

/**
 * Looks up a written token ("t.ex.", "Kl.", "bl. a.") and returns its role, or null when it is not a
 * known abbreviation. The block's language decides which table is asked first ("st." is "stycken"
 * closing a Swedish clause but "St." before an English name); the other table is the fallback,
 * because pages mix the two languages.
 */
export function abbreviationRole(written: string, lang = 'sv'): AbbreviationRole | null {
  const key = abbreviationKey(written);
  const [first, second] = lang.toLowerCase().startsWith('en') ? [EN_TABLE, SV_TABLE] : [SV_TABLE, EN_TABLE];
  return first.get(key) ?? second.get(key) ?? null;
}

/** All lookup keys, for tests and tools. */
export function abbreviationKeys(): string[] {
  return [...new Set([...SV_TABLE.keys(), ...EN_TABLE.keys()])];
}
