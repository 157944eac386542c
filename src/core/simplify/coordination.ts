/**
 * Two things a subject does, as two sentences, the subject said again (easy-to-read Swedish repeats
 * the subject rather than leaving it to be remembered):
 *
 * - Finite verbs joined by "och"/"men": "Du fyller i blanketten och skickar den till oss." →
 *   "Du fyller i blanketten. Du skickar den till oss." "Hos oss går ni igenom din ekonomi och planerar
 *   ..." → "... Ni planerar ...". "men" is kept: "Men du ...".
 * - Infinitives after one modal verb, listed with commas and "och"/"eller": "Du kan skriva ut
 *   blanketten, hämta en i receptionen eller använda den vi skickar." → "Du kan skriva ut blanketten.
 *   Du kan också hämta en i receptionen. Du kan också använda den vi skickar." ("också" for a
 *   choice, "eller"; none for "och").
 *
 * Only in a main clause: nothing between subject and "och" may open a subordinate clause ("som",
 * "att", "om", "när" ...), or "och" could belong to it. Never when the first part would end on a
 * particle or preposition ("fyller i och skickar" shares its object), never inside parentheses or
 * quotes, never after a negation (its scope would be lost).
 */

import {
  adverbsAt,
  isSubjectPronoun,
  lowerFirst,
  nextWord,
  slice,
  subjectAt,
  type RuleContext,
  NO_NAMES,
  SENTENCE_END,
} from './clause';
import { isImperative } from './whole';
import { NEGATIONS, PREPOSITIONS, SUBORDINATORS, looksFinite } from './sv-words';
import { capitalise, insideMarks, tokenize, type Token } from './tokens';

const PARTICLES = new Set([
  'in',
  'ut',
  'upp',
  'ner',
  'ned',
  'av',
  'på',
  'fram',
  'bort',
  'igenom',
  'emot',
  'till',
  'om',
]);
const LIST_MODALS = new Set(['kan', 'ska', 'skall', 'måste', 'behöver', 'får', 'bör', 'kunde', 'skulle']);

/** Is the word an infinitive (the lexicon lists its present: betala → betalar, skriva → skriver)? */
export function isInfinitive(word: string): boolean {
  if (word.length < 2) return false;
  // "betala" (betalar), "köpa" (köper, köp), "köra" (kör); a short verb ends in another vowel: "gå" (går).
  if (word.endsWith('a')) return isImperative(word) || isImperative(word.slice(0, -1));
  return /[åoeiyuöä]$/.test(word) && word.length <= 3 && looksFinite(word + 'r');
}

/** Subject and first finite verb of a main clause: "Du fyller", "Hos oss går ni". */
function subjectAndVerb(tokens: readonly Token[]): { subject: [number, number]; verb: number } | null {
  const s = subjectAt(tokens, 0);
  if (s > 0 && tokens[s]?.word && looksFinite(tokens[s]!.lower, isSubjectPronoun(tokens[0]!.lower)))
    return { subject: [0, s], verb: s };
  // Fronted adverbial: the finite verb, then a subject pronoun.
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || (t.word && SUBORDINATORS.has(t.lower))) return null;
    if (t.word && looksFinite(t.lower) && tokens[k + 1]?.word && isSubjectPronoun(tokens[k + 1]!.lower))
      return { subject: [k + 1, k + 2], verb: k };
  }
  return null;
}

/** A statement that opens with a word and has a main clause's subject and verb, tokenized. */
function mainStatement(sentence: string) {
  const text = sentence.trim();
  if (!SENTENCE_END.test(text)) return null;
  const tokens = tokenize(text);
  if (nextWord(tokens, 0) !== 0) return null;
  const sv = subjectAndVerb(tokens);
  return sv ? { text, tokens, sv } : null;
}

function subjectText(text: string, tokens: readonly Token[], subject: [number, number], ctx: RuleContext): string {
  const s = slice(text, tokens, subject[0], subject[1]);
  return subject[0] === 0 ? s : capitalise(lowerFirst(s, ctx.isName(tokens[subject[0]]!.text)));
}

/** "S V1 X och V2 Y." → "S V1 X. S V2 Y." */
export function sharedSubject(sentence: string, ctx: RuleContext = NO_NAMES): string[] | null {
  const clause = mainStatement(sentence);
  if (!clause) return null;
  const { text, tokens, sv } = clause;
  const inside = insideMarks(tokens);
  for (let k = sv.verb + 1; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    if (inside[k]) continue;
    if (t.word && (SUBORDINATORS.has(t.lower) || NEGATIONS.has(t.lower)) && t.lower !== 'så') return null;
    if (t.text === ',' || t.text === ';' || t.text === ':') return null;
    if (t.lower !== 'och' && t.lower !== 'men') continue;
    const v2 = tokens[k + 1]!;
    if (!v2.word || !looksFinite(v2.lower)) continue;
    // The first part has more than its verb, and does not end on a particle or preposition.
    const before = tokens[k - 1]!;
    if (k - sv.verb < 3 || PARTICLES.has(before.lower) || PREPOSITIONS.has(before.lower)) continue;
    const left = text.slice(0, t.start).trim() + '.';
    const subject = subjectText(text, tokens, sv.subject, ctx);
    const rest = text.slice(v2.start);
    const right =
      t.lower === 'men'
        ? `Men ${lowerFirst(subject, ctx.isName(tokens[sv.subject[0]]!.text))} ${rest}`
        : `${capitalise(subject)} ${rest}`;
    return [left, right];
  }
  return null;
}

/** Modals of duty: a choice among what one must do is no list of duties. */
const DUTY_MODALS = new Set(['ska', 'skall', 'måste', 'bör', 'behöver']);

/** "S M VP1, VP2 eller VP3." → "S M VP1. S M också VP2. S M också VP3." */
export function modalList(sentence: string, ctx: RuleContext = NO_NAMES): string[] | null {
  const clause = mainStatement(sentence);
  if (!clause || !LIST_MODALS.has(clause.tokens[clause.sv.verb]!.lower)) return null;
  const { text, tokens, sv } = clause;
  // Subject first ("Du kan"), or inverted right after the modal ("Här kan du").
  const afterModal = sv.subject[0] === 0 ? sv.verb + 1 : sv.subject[1];
  const adverbEnd = adverbsAt(tokens, afterModal);
  for (let k = afterModal; k < adverbEnd; k++) if (NEGATIONS.has(tokens[k]!.lower)) return null;
  const first = tokens[adverbEnd];
  if (!first?.word || !isInfinitive(first.lower)) return null;
  const inside = insideMarks(tokens);
  // Item starts: after ", " or " och "/" eller " an infinitive.
  const starts: Array<{ at: number; cut: number }> = [];
  for (let k = adverbEnd + 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (inside[k]) continue;
    if (t.word && SUBORDINATORS.has(t.lower) && t.lower !== 'så') break;
    const joiner = t.text === ',' || t.lower === 'och' || t.lower === 'eller';
    if (!joiner) continue;
    let at = k + 1;
    if (t.text === ',' && (tokens[at]?.lower === 'och' || tokens[at]?.lower === 'eller')) at++;
    const w = tokens[at];
    if (!w?.word || !isInfinitive(w.lower) || looksFinite(w.lower)) continue;
    const prev = tokens[k - 1]!;
    if (PARTICLES.has(prev.lower) || PREPOSITIONS.has(prev.lower)) return null;
    starts.push({ at, cut: k });
    k = at;
  }
  if (starts.length === 0) return null;
  // A series that ends "... eller arbetslös" offers a choice as a whole, even where its first items are
  // joined by commas. What one may do ("kan") is said one choice a sentence, with "också"; what one
  // must do ("ska arbeta, studera eller vara arbetslös") is not split: each sentence would be a duty.
  const last = tokens.findIndex(
    (t, k) => k > adverbEnd && !inside[k] && t.word && SUBORDINATORS.has(t.lower) && !/^(för|så)$/.test(t.lower),
  );
  // (The items' own joiners lie in this stretch too: it runs on past "för", where the items stop.)
  const series = tokens.slice(adverbEnd + 1, last < 0 ? tokens.length : last);
  const choice = series.some((t) => t.lower === 'eller');
  if (choice && DUTY_MODALS.has(tokens[sv.verb]!.lower)) return null;
  const modal = tokens[sv.verb]!.text;
  const subject = subjectText(text, tokens, sv.subject, ctx);
  const out = [text.slice(0, tokens[starts[0]!.cut]!.start).trim() + '.'];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? tokens[starts[i + 1]!.cut]!.start : text.length;
    const item = text
      .slice(tokens[s.at]!.start, end)
      .trim()
      .replace(/[.!]+$/u, '');
    out.push(`${capitalise(subject)} ${modal}${choice ? ' också' : ''} ${item}.`);
  });
  return out;
}
