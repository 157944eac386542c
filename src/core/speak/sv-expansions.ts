/**
 * Swedish abbreviations the voice should say in full. Voices read "t.ex." as "t punkt ex" or skip it,
 * so every common one is expanded.
 *
 * Form notation: a "." inside a form also matches ". " ("t. ex."), a final ".?" makes the final dot
 * optional, a space matches one space. The first letter matches either case ("T.ex." at the start of a
 * sentence) unless `exact` is set; the expansion then gets a capital too.
 */

import { lazyRegExp } from './lazy-regexp';

export interface Expansion {
  forms: string[];
  say: string;
  /** Only when a number follows ("s. 12" → "sidan 12", "v. 32" → "vecka 32"). */
  beforeNumber?: boolean;
  /** Only when a lower-case word or a number follows: the bare form also ends sentences ("el.", "ung."). */
  beforeWordOrNumber?: boolean;
  /** Closes a list ("m.m."): a final dot followed by a capital also ends the sentence, so keep it. */
  closing?: boolean;
  /** Match the case as written. */
  exact?: boolean;
}

/** Longer forms come first: "fr.o.m." must be gone before "fr." is tried. */
export const SV_EXPANSIONS: Expansion[] = [
  { forms: ['fr.o.m.?', 'fr o m', 'fr.om.?'], say: 'från och med' },
  { forms: ['t.o.m.?', 't o m', 't.om.?'], say: 'till och med' },
  { forms: ['o.s.v.?', 'osv.?', 'o s v'], say: 'och så vidare', closing: true },
  { forms: ['d.v.s.?', 'dvs.?', 'd v s'], say: 'det vill säga' },
  { forms: ['t.ex.?', 't ex'], say: 'till exempel' },
  { forms: ['bl.a.?', 'bl a'], say: 'bland annat' },
  { forms: ['m.m.?'], say: 'med mera', closing: true },
  { forms: ['m.fl.?', 'm fl'], say: 'med flera', closing: true },
  { forms: ['p.g.a.?', 'pga.?', 'p g a'], say: 'på grund av' },
  { forms: ['i.o.f.s.?', 'iofs.?'], say: 'i och för sig' },
  { forms: ['i.o.m.?', 'iom'], say: 'i och med' },
  { forms: ['m.a.o.?'], say: 'med andra ord' },
  { forms: ['m.h.a.?', 'mha'], say: 'med hjälp av' },
  { forms: ['s.a.s.?'], say: 'så att säga' },
  { forms: ['s.k.?'], say: 'så kallad' },
  { forms: ['f.d.?', 'fd'], say: 'före detta' },
  { forms: ['f.n.?'], say: 'för närvarande', closing: true },
  { forms: ['f.ö.?'], say: 'för övrigt' },
  { forms: ['fr.a.?'], say: 'framför allt' },
  { forms: ['e.d.?'], say: 'eller dylikt', closing: true },
  { forms: ['o.dyl.?', 'o.d.?'], say: 'och dylikt', closing: true },
  { forms: ['dyl.'], say: 'dylikt', closing: true },
  { forms: ['t.h.?'], say: 'till höger' },
  // On municipal pages "t.v." is far more often "tills vidare" ("Stängt t.v.") than "till vänster".
  { forms: ['t.v.?'], say: 'tills vidare', closing: true },
  { forms: ['e.Kr.?', 'e.kr.?'], say: 'efter Kristus', exact: true },
  { forms: ['f.Kr.?', 'f.kr.?'], say: 'före Kristus', exact: true },
  { forms: ['etc.?'], say: 'etcetera', closing: true },
  { forms: ['c:a', 'ca.?'], say: 'cirka' },
  { forms: ['tel.nr.?', 'telnr.?', 'tfnnr.?', 'tel nr'], say: 'telefonnummer' },
  { forms: ['org.nr.?', 'orgnr.?', 'org nr'], say: 'organisationsnummer' },
  { forms: ['pers.nr.?', 'personnr.?'], say: 'personnummer' },
  { forms: ['dnr.?'], say: 'diarienummer' },
  { forms: ['nr.?'], say: 'nummer' },
  { forms: ['tel.?', 'tfn.?'], say: 'telefon' },
  { forms: ['mob.'], say: 'mobil' },
  { forms: ['inkl.?'], say: 'inklusive' },
  { forms: ['exkl.?'], say: 'exklusive' },
  { forms: ['resp.?'], say: 'respektive' },
  { forms: ['jfr.?'], say: 'jämför' },
  { forms: ['kl.?'], say: 'klockan' },
  { forms: ['kap.?'], say: 'kapitel' },
  { forms: ['milj.?'], say: 'miljoner' },
  { forms: ['mdr'], say: 'miljarder' },
  { forms: ['mnkr', 'mkr', 'Mkr', 'MSEK'], say: 'miljoner kronor', exact: true },
  { forms: ['mdkr'], say: 'miljarder kronor', exact: true },
  { forms: ['tkr', 'Tkr', 'TSEK'], say: 'tusen kronor', exact: true },
  { forms: ['SEK'], say: 'kronor', exact: true },
  { forms: ['kr.?'], say: 'kronor', exact: true },
  { forms: ['ang.?'], say: 'angående' },
  { forms: ['anm.'], say: 'anmärkning' },
  { forms: ['avd.'], say: 'avdelning' },
  { forms: ['adr.'], say: 'adress' },
  { forms: ['enl.?'], say: 'enligt' },
  { forms: ['ev.?'], say: 'eventuellt' },
  { forms: ['el.'], say: 'eller', beforeWordOrNumber: true },
  { forms: ['forts.?'], say: 'fortsättning' },
  { forms: ['förf.'], say: 'författare' },
  { forms: ['OBS'], say: 'Observera', exact: true },
  { forms: ['obs.?'], say: 'observera' },
  { forms: ['mvh'], say: 'med vänliga hälsningar' },
  { forms: ['ordf.'], say: 'ordförande' },
  { forms: ['sekr.'], say: 'sekreterare' },
  { forms: ['ledam.'], say: 'ledamot' },
  { forms: ['tf.'], say: 'tillförordnad' },
  { forms: ['prof.'], say: 'professor' },
  { forms: ['doc.'], say: 'docent' },
  { forms: ['dr.'], say: 'doktor' },
  { forms: ['sid.'], say: 'sidan' },
  { forms: ['s.'], say: 'sidan', beforeNumber: true },
  { forms: ['fr.'], say: 'från', beforeNumber: true },
  { forms: ['v.?'], say: 'vecka', beforeNumber: true },
  { forms: ['ung.'], say: 'ungefär', beforeWordOrNumber: true },
  { forms: ['vol.'], say: 'volym' },
  { forms: ['äv.'], say: 'även' },
  { forms: ['övers.'], say: 'översättning' },
  { forms: ['kungl.'], say: 'kungliga' },
  { forms: ['fig.'], say: 'figur', beforeNumber: true },
  { forms: ['ref.'], say: 'referens' },
  { forms: ['proc.'], say: 'procent' },
  { forms: ['vard.'], say: 'vardagar' },
  { forms: ['helgd.'], say: 'helgdagar' },
  { forms: ['dagl.'], say: 'dagligen' },
  { forms: ['vån.'], say: 'våning' },
  { forms: ['S:t', 's:t'], say: 'sankt' },
  { forms: ['åk.?'], say: 'årskurs' },
  { forms: ['prop.'], say: 'proposition' },
  { forms: ['bet.'], say: 'betänkande' },
  { forms: ['p.'], say: 'punkt', beforeNumber: true },
  { forms: ['ggr'], say: 'gånger' },
  { forms: ['kvm'], say: 'kvadratmeter' },
  { forms: ['ex.'], say: 'exempel' },
];

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
}

function formSource(form: string, exact: boolean): string {
  const optionalDot = form.endsWith('.?');
  const body = optionalDot ? form.slice(0, -2) : form;
  let src = '';
  [...body].forEach((ch, i) => {
    if (ch === '.') src += i === body.length - 1 ? '\\.' : '\\.\\s?';
    else if (ch === ' ') src += '\\s';
    else if (i === 0 && !exact && ch.toLowerCase() !== ch.toUpperCase())
      src += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else src += escape(ch);
  });
  return optionalDot ? `${src}\\.?` : src;
}

interface Compiled {
  pattern: () => RegExp;
  entry: Expansion;
  /**
   * For each form, the pieces every match of it contains, in lower case: "t.o.m." → "t.", "o.", "m";
   * "t o m" → "t o m". A text that lacks a piece of every form is skipped without running the pattern:
   * most sentences hold no abbreviation, and 92 patterns a sentence were most of the cost of planning
   * speech. (A space in a form matches the one space that white space is collapsed to first.)
   */
  pieces: string[][];
}

function piecesOf(form: string): string[] {
  const body = form.replace(/\.\?$/, '');
  return (body.match(/[^.]+\.?/g) ?? []).map((piece) => piece.toLowerCase());
}

function mayMatch(lower: string, pieces: readonly string[][]): boolean {
  return pieces.some((form) => form.every((piece) => lower.includes(piece)));
}

const COMPILED: Compiled[] = SV_EXPANSIONS.map((entry) => {
  const forms = entry.forms.map((f) => formSource(f, entry.exact === true)).join('|');
  // After a final dot anything may follow ("v.10"); a form ending in a letter must end the word.
  let after = '(?:(?<=\\.)|(?![\\p{L}\\p{N}]))';
  if (entry.beforeNumber) after += '(?=\\s?\\d)';
  if (entry.beforeWordOrNumber) after += '(?=\\s[\\p{Ll}\\d])';
  // Not inside a word, a number, a URL placeholder, or after a dot ("www.kl").
  const pattern = lazyRegExp(`(?<![\\p{L}\\p{N}.:\\uE000-\\uF8FF])(?:${forms})${after}`, 'gu');
  return { pattern, entry, pieces: entry.forms.map(piecesOf) };
});

/** What stands after a match that ends a sentence: only closing marks, or a new capitalised sentence. */
const AT_END = /^\s*["'”’»)\]]*\s*$/u;
const NEW_SENTENCE = /^\s+["'”’»(]*\p{Lu}/u;

/** Expands every abbreviation of SV_EXPANSIONS in `text`, or those `only` lets through. */
export function expandAbbreviations(text: string, only?: (entry: Expansion) => boolean): string {
  let lower = text.toLowerCase();
  for (const { pattern, entry, pieces } of COMPILED) {
    if (!mayMatch(lower, pieces) || (only && !only(entry))) continue;
    const before = text;
    text = text.replace(pattern(), (match: string, offset: number, whole: string) => {
      let say = entry.say;
      if (!entry.exact && /\p{Lu}/u.test(match.charAt(0))) say = say.charAt(0).toUpperCase() + say.slice(1);
      if (match.endsWith('.')) {
        const rest = whole.slice(offset + match.length);
        // The abbreviation's dot was also the full stop: keep one for the voice's pause.
        if (AT_END.test(rest) || (entry.closing && NEW_SENTENCE.test(rest))) say += '.';
        // "v.10", "t.ex.Umeå": the written form needed no space, the words do.
        else if (/^[\p{L}\p{N}]/u.test(rest)) say += ' ';
      }
      return say;
    });
    // An expansion is text the later patterns see too, as when every pattern ran in turn.
    if (text !== before) lower = text.toLowerCase();
  }
  // "så kallad" agrees with its noun: plural and definite forms take "så kallade" ("s.k. trygghetsboenden").
  return text.replace(/(så kallad)(?=\s\p{L}+(?:or|ar|er|na|en)(?![\p{L}]))/giu, '$1e');
}
