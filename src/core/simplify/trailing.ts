/**
 * A subordinate clause that ends a long sentence, made a sentence of its own with a few words that
 * carry its link, in main-clause word order:
 *
 * - "så att": "... så att din tillvaro blir lättare." → "... . Då blir din tillvaro lättare."
 * - "för att" with a subject (cause or purpose): "Det pågår en översyn för att verksamheten ska klara
 *   fler ärenden." → "Det pågår en översyn. Det är för att verksamheten ska klara fler ärenden."
 * - "genom att" after a clause whose subject is a pronoun: "Du söker en plats genom att fylla i
 *   blanketten." → "Du söker en plats. Det gör du genom att fylla i blanketten."
 * - a subject relative clause after an indefinite noun: "... lurats av bedragare som utger sig för att
 *   vara från polisen." → "... lurats av bedragare. De utger sig för att vara från polisen." The
 *   pronoun follows the noun: a plural (no article, a plural ending) takes "De", "en ..." "Den",
 *   "ett ..." "Det". Not after "de/den/det/alla/dessa ..." (the clause tells which ones), not for a
 *   person ("en handläggare som ..."), whose pronoun would be a guess.
 *
 * The clause must run to the end of the sentence (no later comma) and the part before must be a
 * whole sentence of its own.
 */

import {
  adverbsAt,
  isSubjectPronoun,
  lowerFirst,
  reflexiveFirst,
  slice,
  subjectAt,
  subordinateAt,
  type RuleContext,
  SENTENCE_END,
} from './clause';
import { NEGATIONS, PREPOSITIONS, SUBORDINATORS, looksFinite } from './sv-words';
import { tokenize, type Token } from './tokens';

const COORDINATORS = new Set(['och', 'eller', 'men', 'samt', 'utan']);

function runsToEnd(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (/^[,;:(]$/.test(tokens[k]!.text)) return false;
  return true;
}

function leftOf(text: string, tokens: readonly Token[], k: number): string {
  return text.slice(0, tokens[k]!.start).replace(/[\s,]+$/u, '') + '.';
}

/** "S adv V rest" (subordinate order) → "V S adv rest" after a fronted "Då". */
function inverted(text: string, tokens: readonly Token[], at: number, ctx: RuleContext): string | null {
  const sub = subordinateAt(tokens, at);
  if (!sub) return null;
  const subject = slice(text, tokens, sub.subject[0], sub.subject[1]);
  const [adverbs, rest] = reflexiveFirst(
    slice(text, tokens, sub.adverbs[0], sub.adverbs[1]),
    text.slice(tokens[sub.verb]!.end).trim(),
  );
  const s = lowerFirst(subject, ctx.isName(tokens[sub.subject[0]]!.text));
  return [tokens[sub.verb]!.text, s, adverbs].filter(Boolean).join(' ') + (rest.startsWith('.') ? rest : ' ' + rest);
}

const INDEFINITE_PLURAL = /^\p{Ll}{3,}(?:ar|er|or)$/u;
/** A definite noun ("perioden", "beslutet", "reglerna") names a known thing: the clause tells which one. */
const DEFINITE = /(?:en|et|na)$/u;
/** Words that bind a "för att" to what stands before it ("bara för att", "just för att"). */
const FOCUS = new Set(['bara', 'enbart', 'endast', 'just', 'främst', 'delvis', 'inte', 'mest']);
const PERSON = /(?:are|ör|ent|ant|ist|are|iker|ing|man|kvinna|person|barn|förälder|handläggare|läkare)$/u;
const DETERMINERS = new Set([
  'de',
  'den',
  'det',
  'dessa',
  'denna',
  'detta',
  'alla',
  'varje',
  'vilka',
  'vilken',
  'samma',
  'sådana',
]);

/** The pronoun for an indefinite noun before "som", or null when it cannot be told. */
function pronounBefore(tokens: readonly Token[], som: number): string | null {
  const noun = tokens[som - 1];
  if (!noun?.word || noun.text !== noun.lower || PERSON.test(noun.lower) || noun.lower.length < 4) return null;
  // "ett företag eller som arbetar ...": a second "som" clause, after a conjunction, not a noun.
  if (COORDINATORS.has(noun.lower) || SUBORDINATORS.has(noun.lower) || PREPOSITIONS.has(noun.lower)) return null;
  if (DEFINITE.test(noun.lower) && !INDEFINITE_PLURAL.test(noun.lower)) return null;
  // Look back over adjectives to the article, if any.
  for (let j = som - 2; j >= Math.max(0, som - 4); j--) {
    const t = tokens[j]!;
    if (!t.word) break;
    if (DETERMINERS.has(t.lower)) return null;
    if (t.lower === 'en') return 'Den';
    if (t.lower === 'ett') return 'Det';
    if (looksFinite(t.lower) || SUBORDINATORS.has(t.lower) || /^(av|från|med|för|till|i|på|om|mot|hos)$/.test(t.lower))
      break;
  }
  return INDEFINITE_PLURAL.test(noun.lower) && !looksFinite(noun.lower) ? 'De' : null;
}

/** Words in -en/-et/-na that are no definite noun. */
const NOT_NOUNS = new Set(['igen', 'även', 'egen', 'öppen', 'liten', 'ingen', 'någon', 'annan', 'sådan', 'sedan']);

/**
 * ", som" + finite verb to the end of the sentence, after a noun (a non-restrictive relative clause:
 * the comma says it adds to what is named, not tells which one). The clause becomes a sentence about
 * that thing, in main-clause order: "... på en valblankett, som skrivs ut och skickas till oss." →
 * "... på en valblankett. Den skrivs ut och skickas till oss."; "... av regionstyrelsen, som nu skickar
 * ärendet vidare." → "... av regionstyrelsen. Regionstyrelsen skickar nu ärendet vidare." A definite
 * noun or a name is said again (no guess at its pronoun), an indefinite noun gets its pronoun
 * (pronounBefore). Not when "som" is followed by a subject ("som du hittar": the thing is its object)
 * or a verb that is not finite ("som kallats": the "har" left out).
 */
function commaWhich(text: string, tokens: readonly Token[], comma: number): string[] | null {
  const som = comma + 1;
  if (!runsToEnd(tokens, som + 1) || /^det (?:är|var) /iu.test(text)) return null;
  const a = adverbsAt(tokens, som + 1);
  const v = tokens[a];
  if (!v?.word || !looksFinite(v.lower) || tokens.slice(som + 1).filter((x) => x.word).length < 4) return null;
  const noun = tokens[comma - 1]!;
  if (!noun.word || comma < 3) return null;
  let thing: string | null;
  if (/^\p{Lu}/u.test(noun.text)) {
    // A name of up to three capitalised words ("Region Halland"), never the sentence's first word.
    let from = comma - 1;
    while (from > 1 && comma - from < 3 && tokens[from - 1]!.word && /^\p{Lu}/u.test(tokens[from - 1]!.text)) from--;
    thing = from > 0 ? slice(text, tokens, from, comma) : null;
  } else if (
    noun.text === noun.lower &&
    noun.lower.length >= 5 &&
    DEFINITE.test(noun.lower) &&
    !INDEFINITE_PLURAL.test(noun.lower) &&
    !NOT_NOUNS.has(noun.lower) &&
    !looksFinite(noun.lower) &&
    !PREPOSITIONS.has(noun.lower) &&
    !SUBORDINATORS.has(noun.lower)
  ) {
    thing = noun.text.charAt(0).toLocaleUpperCase('sv') + noun.text.slice(1);
  } else {
    thing = pronounBefore(tokens, comma);
  }
  if (!thing) return null;
  const adverbs = slice(text, tokens, som + 1, a);
  return [leftOf(text, tokens, comma), `${thing} ${v.text}${adverbs ? ' ' + adverbs : ''}${text.slice(v.end)}`];
}

export function trailingClause(sentence: string, ctx: RuleContext): string[] | null {
  const text = sentence.trim();
  if (!SENTENCE_END.test(text)) return null;
  const tokens = tokenize(text);
  for (let k = 3; k < tokens.length - 3; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.text === ',' && next.word && /^(så|för|genom)$/.test(next.lower)) continue; // handled at the word
    // ", som <finite verb> ...": a clause set off by a comma adds to a thing already named.
    if (t.text === ',' && next.lower === 'som') {
      const parts = commaWhich(text, tokens, k);
      if (parts) return parts;
      continue;
    }
    if (!t.word) continue;
    // "så att" + clause.
    if (t.lower === 'så' && next.lower === 'att' && runsToEnd(tokens, k + 2)) {
      const main = inverted(text, tokens, k + 2, ctx);
      if (main) return [leftOf(text, tokens, k), `Då ${main}`];
    }
    // "för att" + subject + finite verb; not where a negation or "bara" reaches over it ("inte få
    // färdtjänst bara för att ..." says the reason is not enough).
    if (
      t.lower === 'för' &&
      next.lower === 'att' &&
      runsToEnd(tokens, k + 2) &&
      subordinateAt(tokens, k + 2) &&
      !FOCUS.has(tokens[k - 1]?.lower ?? '') &&
      !/^(och|eller|men|samt)$/.test(tokens[k - 1]?.lower ?? '') &&
      // not a particle verb's own preposition: "är till för att"
      !PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') &&
      !tokens.slice(0, k).some((x) => NEGATIONS.has(x.lower))
    ) {
      return [leftOf(text, tokens, k), `Det är för att ${text.slice(tokens[k + 2]!.start)}`];
    }
    // "genom att" + infinitive, after a clause whose subject is a pronoun.
    if (t.lower === 'genom' && next.lower === 'att' && runsToEnd(tokens, k + 2)) {
      const s = subjectAt(tokens, 0);
      const subject = tokens[0]!.lower;
      if (
        s === 1 &&
        isSubjectPronoun(subject) &&
        !/^(det|den|de|man)$/.test(subject) &&
        looksFinite(tokens[1]?.lower ?? '')
      )
        return [leftOf(text, tokens, k), `Det gör ${subject} genom att ${text.slice(tokens[k + 2]!.start)}`];
    }
    // "<indefinite noun> som <finite verb> ..." ending the sentence; never a cleft ("Det är X som ...").
    if (t.lower === 'som' && k > 4 && runsToEnd(tokens, k + 1) && !/^det (?:är|var) /iu.test(text)) {
      const a = adverbsAt(tokens, k + 1);
      const v = tokens[a];
      if (!v?.word || !looksFinite(v.lower)) continue;
      const pronoun = pronounBefore(tokens, k);
      // A short clause reads best where it is ("utgifter som finns i ett hushåll").
      if (!pronoun || tokens.slice(k + 1).filter((x) => x.word).length < 5) continue;
      const adverbs = slice(text, tokens, k + 1, a);
      const rest = text.slice(v.end);
      return [leftOf(text, tokens, k), `${pronoun} ${v.text}${adverbs ? ' ' + adverbs : ''}${rest}`];
    }
  }
  return null;
}
