/**
 * Conditions and causes as two short sentences, the way easy-to-read Swedish writes them:
 *
 * - A condition first: "Om du vill ansöka om bygglov, måste du fylla i en blankett." →
 *   "Vill du ansöka om bygglov? Då måste du fylla i en blankett." The clause after "om" becomes a
 *   yes/no question (finite verb first: "om du inte har" → "Har du inte ...?"), the main clause
 *   follows after "Då" (it already has its verb second).
 * - A condition last, after a comma: "Du kan söka via e-tjänsten, om du har e-legitimation." →
 *   "Har du e-legitimation? Då kan du söka via e-tjänsten." The main clause must start with its
 *   subject (so "Då" can take the first place); "om" without a comma is left alone, since after
 *   "besked", "fråga" or "ansöka" it means "whether" or "about".
 * - A cause first: "Eftersom du inte har svarat, skickar vi en påminnelse." → "Du har inte svarat.
 *   Därför skickar vi en påminnelse." A time first the same way, with "Då": "När du skriver ditt
 *   namn på kortet betyder det att ..." → "Du skriver ditt namn på kortet. Då betyder det att ...".
 *   A time that is not the reader's or the office's own doing is asked, as a condition: "När det
 *   inträffar en kris kan det ..." → "Inträffar det en kris? Då kan det ...".
 * - A purpose first, said to the reader: "För att få bistånd måste du ..." → "Vill du få bistånd?
 *   Då måste du ...".
 * - A condition already put as a question: "Har du frågor kan du ringa oss." → "Har du frågor? Då kan
 *   du ringa oss."
 *
 * Each fires only when the clause is plain: a subject (a pronoun or a noun phrase of up to three
 * words), then sentence adverbs, then a finite verb (from the lexicon), and a main clause whose
 * finite verb comes right after the subordinate clause. Anything else is left for other rules.
 */

import {
  adverbsAt,
  isSubjectPronoun,
  lowerFirst,
  nextWord,
  NO_NAMES,
  reflexiveFirst,
  slice,
  subjectAt,
  subordinateAt,
  type RuleContext,
  SENTENCE_END,
} from './clause';
import { looksFinite, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from './sv-words';
import { isInfinitive } from './coordination';
import { capitalise, tokenize, type Token } from './tokens';

/** A definite noun: "kommunen", "barnet", "handläggarna". */
const DEFINITE = /^\p{L}{3,}(?:en|et|na)$/u;

/** Index where a fronted subordinate clause ends: its comma, or the main clause's verb. -1 when unclear. */
function clauseEnd(tokens: readonly Token[], verb: number): { end: number; main: number } | null {
  let depth = 0;
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth) continue;
    if (t.text === ',') {
      const m = nextWord(tokens, k + 1);
      if (m < 0) return null;
      // ", så kan du": "så" only marks the main clause.
      const main = tokens[m]!.lower === 'så' && looksFinite(tokens[m + 1]?.lower ?? '') ? m + 1 : m;
      return looksFinite(tokens[main]!.lower) ? { end: k, main } : null;
    }
    if (t.text === ';' || t.text === ':' || t.text === '–') return null;
    // No comma: the main clause starts where a finite verb is followed by its subject, a pronoun or a
    // definite noun ("meddelar kommunen").
    const next = tokens[k + 1];
    // A second clause joined to the condition ("om du har sagt till och hyresvärden inte åtgärdar"):
    // the condition is no longer one plain question.
    if (t.word && /^(och|eller|men)$/.test(t.lower)) {
      const a = adverbsAt(tokens, k + 1);
      const second = subordinateAt(tokens, k + 1);
      // "om du vill söka stöd och omsorg kan du ...": a verb with its subject after it is the main
      // clause (verb second), and "omsorg" was the condition's second object. Not "det", which may be
      // the verb's object ("och hyresvärden inte åtgärdar det").
      const main = second && SUBJECT_PRONOUNS.has(tokens[second.verb + 1]?.lower ?? '');
      if ((second && !main) || (tokens[a]?.word && looksFinite(tokens[a]!.lower))) return null;
    }
    // "... så har du": "så" marks the main clause.
    const subject = tokens[k + 2]?.lower ?? '';
    if (
      t.lower === 'så' &&
      next?.word &&
      looksFinite(next.lower) &&
      (isSubjectPronoun(subject) || (DEFINITE.test(subject) && !PREPOSITIONS.has(subject) && !looksFinite(subject)))
    )
      return { end: k, main: k + 1 };
    if (
      t.word &&
      looksFinite(t.lower) &&
      next?.word &&
      tokens[k - 1]?.word &&
      // After "och"/"eller" it is a second verb of the clause; after a determiner, an adjective
      // ("på de önskade köalternativen").
      !/^(och|eller|de|den|det|en|ett|dessa|denna|detta|din|ditt|dina|sin|sitt|sina|våra|vår|vårt)$/.test(
        tokens[k - 1]!.lower,
      ) &&
      (isSubjectPronoun(next.lower) ||
        (DEFINITE.test(next.lower) && !PREPOSITIONS.has(next.lower) && !looksFinite(next.lower)))
    )
      return { end: k, main: k };
  }
  return null;
}

/** "du inte har rätt till X" (subordinate order) → "Har du inte rätt till X" (question order). */
function asQuestion(text: string, tokens: readonly Token[], at: number, end: number): string | null {
  const sub = subordinateAt(tokens, at);
  if (!sub || sub.verb >= end) return null;
  // Two verbs in the condition ("om du inte vill eller kan använda") do not make one question.
  if (/^(och|eller)$/.test(tokens[sub.verb + 1]?.lower ?? '')) return null;
  const subject = slice(text, tokens, sub.subject[0], sub.subject[1]);
  const [adverbs, rest] = reflexiveFirst(
    slice(text, tokens, sub.adverbs[0], sub.adverbs[1]),
    slice(text, tokens, sub.verb + 1, end),
  );
  return [capitalise(tokens[sub.verb]!.text), subject, adverbs, rest].filter(Boolean).join(' ') + '?';
}

/** "du inte har svarat" → "Du har inte svarat" (main clause order). */
function asStatement(text: string, tokens: readonly Token[], at: number, end: number): string | null {
  const sub = subordinateAt(tokens, at);
  if (!sub || sub.verb >= end) return null;
  const subject = slice(text, tokens, sub.subject[0], sub.subject[1]);
  const [adverbs, rest] = reflexiveFirst(
    slice(text, tokens, sub.adverbs[0], sub.adverbs[1]),
    slice(text, tokens, sub.verb + 1, end),
  );
  return capitalise([subject, tokens[sub.verb]!.text, adverbs, rest].filter(Boolean).join(' ')) + '.';
}

function tail(text: string, tokens: readonly Token[], from: number): string {
  return text.slice(tokens[from]!.start).trim();
}

/** A fronted "Om ..." or "Eftersom ..." clause made a sentence of its own. */
export function frontedCondition(sentence: string): string[] | null {
  const text = sentence.trim();
  if (!SENTENCE_END.test(text)) return null;
  const tokens = tokenize(text);
  const f = nextWord(tokens, 0);
  if (f !== 0) return null;
  const word = tokens[0]!.lower;
  if (word === 'för' && tokens[1]?.lower === 'att') return purposeFirst(text, tokens);
  if (looksFinite(word) && isSubjectPronoun(tokens[1]?.lower ?? '')) return verbFirst(text, tokens);
  if (word !== 'om' && word !== 'eftersom' && word !== 'när') return null;
  // "När det gäller skolan finns ...": "as for", no time.
  if (word === 'när' && tokens[1]?.lower === 'det' && /^(gäller|kommer)$/.test(tokens[2]?.lower ?? '')) return null;
  const sub = subordinateAt(tokens, 1);
  if (!sub) return null;
  const end = clauseEnd(tokens, sub.verb);
  if (!end) return null;
  const mainVerb = tokens[end.main]!;
  // The main clause keeps its verb-second order after "Då" or "Därför": verb, then its subject.
  if (!looksFinite(mainVerb.lower) || !tokens[end.main + 1]?.word) return null;
  const main = tail(text, tokens, end.main);
  // A time said as a statement tells the reader that it happens. That holds for what the reader or the
  // office does ("När du har skickat in ansökan ..."), not for what may come: "När det inträffar en kris
  // kan det ta dagar ..." is asked, as a condition is ("Inträffar det en kris? Då kan det ta dagar ...").
  const asked = word === 'om' || (word === 'när' && !/^(du|ni|vi|jag)$/.test(tokens[sub.subject[0]]!.lower));
  if (asked) {
    const question = asQuestion(text, tokens, 1, end.end);
    return question ? [question, `Då ${lowerFirst(main, false)}`] : null;
  }
  const statement = asStatement(text, tokens, 1, end.end);
  return statement ? [statement, `${word === 'när' ? 'Då' : 'Därför'} ${lowerFirst(main, false)}`] : null;
}

/**
 * A condition written as a question, verb first: "Har du inte tillgång till skrivare kan du beställa en
 * blankett." → "Har du inte tillgång till skrivare? Då kan du beställa en blankett." The condition
 * already has question order; only its end is found (clauseEnd: the main clause's verb and subject).
 */
function verbFirst(text: string, tokens: readonly Token[]): string[] | null {
  const end = clauseEnd(tokens, 0);
  if (!end || end.end < 3) return null;
  const mainVerb = tokens[end.main]!;
  if (!looksFinite(mainVerb.lower) || !tokens[end.main + 1]?.word) return null;
  const question = slice(text, tokens, 0, end.end) + '?';
  return [question, `Då ${lowerFirst(tail(text, tokens, end.main), false)}`];
}

/**
 * "För att få bistånd måste du visa ..." → "Vill du få bistånd? Då måste du visa ...": a purpose
 * first, said to the reader (the main clause's subject is "du" or "ni"), is what the reader wants.
 */
function purposeFirst(text: string, tokens: readonly Token[]): string[] | null {
  const inf = tokens[2];
  if (!inf?.word || !isInfinitive(inf.lower)) return null;
  for (let k = 3; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '(') return null;
    const at = t.text === ',' ? k + 1 : k;
    const v = tokens[at];
    const s = tokens[at + 1];
    if (!v?.word || !looksFinite(v.lower) || !s?.word || (s.lower !== 'du' && s.lower !== 'ni')) {
      if (t.text === ',') return null;
      continue;
    }
    const purpose = slice(text, tokens, 2, k);
    return [`Vill ${s.lower} ${purpose}?`, `Då ${lowerFirst(tail(text, tokens, at), false)}`];
  }
  return null;
}

/**
 * "Du som är över 65 år kan få ..." → "Är du över 65 år? Då kan du få ...". Public pages address
 * their reader by what the reader is or has; the question says it first. "Den som ..." reads the
 * same in a text that speaks to the reader ("Den som vill söka ..." → "Vill du söka ...?").
 */
export function youWho(sentence: string, ctx: RuleContext = NO_NAMES): string[] | null {
  const text = sentence.trim();
  if (!SENTENCE_END.test(text)) return null;
  const tokens = tokenize(text);
  const who = tokens[0]?.lower;
  if (!(who === 'du' || who === 'ni' || (who === 'den' && ctx.addressesReader)) || tokens[1]?.lower !== 'som')
    return null;
  const you = who === 'ni' ? 'ni' : 'du';
  const adverbEnd = adverbsAt(tokens, 2);
  const verb = tokens[adverbEnd];
  if (!verb?.word || !looksFinite(verb.lower, true)) return null;
  // The main clause's verb: a finite verb after the relative clause that does not belong to a
  // clause of its own (not right after a subordinator or a subject).
  // A subordinator opens a clause whose first finite verb is its own ("som gör", "att en plan antas");
  // "att" before an infinitive opens none ("att förflytta dig").
  let open = 0;
  for (let k = adverbEnd + 1; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.text === ';' || t.text === ':' || t.text === '(') return null;
    if (t.word && SUBORDINATORS.has(t.lower) && !(t.lower === 'att' && isInfinitive(tokens[k + 1]?.lower ?? ''))) {
      open++;
      continue;
    }
    if (!t.word || !looksFinite(t.lower)) continue;
    if (open > 0) {
      open--;
      continue;
    }
    if (!prev.word && prev.text !== ',') continue;
    if (prev.word && (isSubjectPronoun(prev.lower) || looksFinite(prev.lower))) continue;
    if (!tokens[k + 1]?.word) return null;
    const adverbs = slice(text, tokens, 2, adverbEnd);
    const rest = slice(text, tokens, adverbEnd + 1, prev.text === ',' ? k - 1 : k);
    const question = [capitalise(verb.text), you, adverbs, rest].filter(Boolean).join(' ') + '?';
    const main = text.slice(tokens[k + 1]!.start);
    return [question, `Då ${t.text} ${you} ${main}`];
  }
  return null;
}

/** "Main clause, om condition." → "Condition? Då main clause." */
export function trailingCondition(sentence: string, ctx: RuleContext = NO_NAMES): string[] | null {
  const text = sentence.trim();
  if (!SENTENCE_END.test(text)) return null;
  const tokens = tokenize(text);
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.text !== ',' || tokens[k + 1]!.lower !== 'om') continue;
    // The condition runs to the end of the sentence: no later comma.
    if (tokens.slice(k + 2).some((t) => t.text === ',' || t.text === ';')) return null;
    const last = tokens.length - 1;
    const question = asQuestion(text, tokens, k + 2, last);
    if (!question) return null;
    // The main clause starts with its subject and verb: "Du kan ...", "Kommunen hjälper ...".
    const subjectEnd = subjectAt(tokens, 0);
    if (subjectEnd < 0) return null;
    const verb = tokens[subjectEnd];
    if (!verb?.word || !looksFinite(verb.lower, isSubjectPronoun(tokens[0]!.lower))) return null;
    const subject = slice(text, tokens, 0, subjectEnd);
    const rest = slice(text, tokens, subjectEnd + 1, k);
    return [question, `Då ${verb.text} ${lowerFirst(subject, ctx.isName(tokens[0]!.text))}${rest ? ' ' + rest : ''}.`];
  }
  return null;
}
