/**
 * Long sentences split at safe points, each part a grammatical Swedish sentence of its own.
 *
 * A sentence is split only when it is long (more than `maxWords` words, 10 by default: MTM's advice
 * for easy-to-read Swedish is one thought a sentence) and only at these points, never inside
 * parentheses or quotation marks, never in a question or exclamation, and never where a part would
 * have fewer than `minPartWords` words:
 *
 * 1. A semicolon between two clauses: "A; b" → "A. B".
 * 2. ", och" / ", men" / ", så" (and "men" without a comma) between two main clauses. The part after
 *    the conjunction must be a main clause of its own: a subject (a pronoun, a determiner and a noun,
 *    a definite noun, or a name) followed at once by a finite verb ("och du får", "men avgiften
 *    betalas"), or a fronted adverb, a finite verb and a subject ("och då anmäler du"). The part
 *    before must have a finite verb of its own, and must not be a subordinate clause that opens the
 *    sentence ("Om du ansöker, och ..." is not split before its first comma). Two verb phrases that
 *    share a subject ("Du fyller i blanketten och skickar den") are never split: the second has no
 *    subject. "och" is dropped ("A, och b" → "A. B"); "men" and "så" are kept ("Men b").
 * 3. A relative clause that ends the sentence, with its own finite verb right after the relative
 *    word, becomes a sentence with a pronoun: ", vilket innebär att" → ". Det innebär att";
 *    ", vilka" → ". De"; ", som handlägger" → ". Den handlägger" when the noun before the comma shows
 *    its gender and number ("-et" → Det, "-na" → De, "-an"/"-en" → Den; nouns for people and names are
 *    left alone, the pronoun would be a guess).
 * 4. "eftersom" after the main clause: "A eftersom b" → "A. Det beror på att b" ("att" keeps the
 *    word order of "eftersom").
 * 5. ", där" + subject pronoun + verb ending the sentence: ". Där" + verb + subject (main clause
 *    order): "..., där du kan låna böcker" → ". Där kan du låna böcker".
 * 6. A lone spaced dash between two main clauses: "Simhallen stänger i juni – den öppnar igen i
 *    augusti" → two sentences. Not a pair of dashes around an insertion, not a dash that opens a line
 *    (a quote), not a headline without a verb ("Budgeten klubbad – skatten oförändrad").
 *
 * The first part gets a full stop; the next starts with a capital. Parts are split again while they
 * are long and a safe point is left. Numbers, names and every other word stay as they were.
 */

import { lixWords } from './lix';
import {
  DEMONSTRATIVES,
  FRONTING_ADVERBS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  looksFinite,
} from './sv-words';
import { capitalise, insideMarks, isCapitalised, tokenize, type Token } from './tokens';
import { subjectAt } from './clause';
import { isImperative } from './whole';
import { isInfinitive } from './coordination';

export interface SplitOptions {
  /** Split sentences with more words than this. */
  maxWords?: number;
  /** Never leave a part with fewer words than this. */
  minPartWords?: number;
}

export const DEFAULT_MAX_WORDS = 10;
export const DEFAULT_MIN_PART_WORDS = 3;

const DETERMINERS = new Set(
  (
    'en ett den det de denna detta dessa alla många flera vissa några inga ingen inget varje min mitt mina din ' +
    'ditt dina hans hennes dess vår vårt våra er ert era deras samma andra båda varken vilken vilket ' +
    'kommunens stadens regionens'
  ).split(' '),
);

/** Sentence openers that make the first clause subordinate, up to the first comma. */
const FRONTED_SUBORDINATORS = new Set([
  'om',
  'när',
  'eftersom',
  'innan',
  'efter',
  'då',
  'medan',
  'även',
  'trots',
  'sedan',
  'så',
  'tills',
  'ifall',
  'fast',
  'fastän',
]);

/**
 * Common imperatives of instructions on public-sector pages. A sentence that starts with one and goes
 * on with ", <imperative>" or "och <imperative>" is a list of steps: each step becomes a sentence.
 */
export const IMPERATIVES = new Set(
  (
    'ansök anmäl använd betala bifoga boka byt fyll gå håll klicka kom kontakta kontrollera lämna läs logga ' +
    'mejla ring se skicka skriv spara ställ svara sök ta titta tänk välj vänta öppna ladda besök ange följ ' +
    'glöm spola stäng släck ha lägg sätt kör visa meddela berätta be'
  ).split(' '),
);

/** Adverbs that can open a main clause after a comma: ", då skickas ...", ", sedan kan du ...". */
const LINKING_ADVERBS = new Set(['då', 'sedan', 'därefter', 'därför', 'annars', 'dessutom']);

/** An imperative: one of the common ones, or a verb whose present the lexicon lists ("försök" → "försöker"). */
function isImperativeWord(word: string): boolean {
  return (
    IMPERATIVES.has(word) || (word.length > 2 && !looksFinite(word) && isImperative(word) && !PREPOSITIONS.has(word))
  );
}

/** Neuter nouns whose plural definite ends in -en ("barnen", "husen", "besluten"). */
const NEUTER_ZERO_PLURAL = new Set(
  (
    'barn hus beslut år lov bygglov djur land kort projekt intyg villkor ord mål problem tillstånd program ' +
    'förslag möten rum fönster bidrag kontor avtal papper protokoll evenemang jobb lån medel skäl krav ' +
    'ärend områd'
  ).split(' '),
);

interface Piece {
  /** Token index of the first token of the right-hand part. */
  at: number;
  /** Text that starts the right-hand part (replacing tokens [cut, at)). */
  lead: string;
  /** Token index where the left-hand part ends (exclusive). */
  cut: number;
}

function words(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.word) n++;
  return n;
}

function hasFinite(tokens: Token[], from: number, to: number): boolean {
  const v = mainClauseAt(tokens, from);
  if (v >= 0 && v < to) return true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (looksFinite(t.lower)) return true;
    const prev = tokens[k - 1];
    // After a subject pronoun a verb-looking word is the verb.
    if (prev?.word && SUBJECT_PRONOUNS.has(prev.lower) && looksFinite(t.lower, true)) return true;
    // Before an inverted subject pronoun too: "Biljetter köper du".
    const next = tokens[k + 1];
    if (next?.word && SUBJECT_PRONOUNS.has(next.lower) && k > 0 && looksFinite(t.lower, true)) return true;
  }
  return false;
}

function isNameAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.word && isCapitalised(t.text) && !/^\p{Lu}+$/u.test(t.text.slice(0, 2));
}

/**
 * Does a main clause start at token k? Subject then finite verb, or a fronted adverb, a finite verb
 * and a subject. Returns the index of the finite verb, or -1.
 */
export function mainClauseAt(tokens: Token[], k: number): number {
  const known = knownClauseAt(tokens, k);
  if (known >= 0) return known;
  const t = tokens[k];
  if (!t?.word) return -1;
  // Any short subject phrase that the lexicon shows is followed by a finite verb: "liknande
  // brottslighet förekommer", "priserna är höga".
  const s = subjectAt(tokens, k);
  if (s > k && s <= k + 4 && tokens[s]?.word && looksFinite(tokens[s]!.lower)) return s;
  // A fronted time or place phrase, then the verb and its subject: "i oktober blir Hallandstrafiken".
  if (PREPOSITIONS.has(t.lower)) {
    for (let j = k + 1; j <= k + 4; j++) {
      const x = tokens[j];
      const y = tokens[j + 1];
      if (!x?.word || SUBORDINATORS.has(x.lower)) return -1;
      if (
        j > k + 1 &&
        looksFinite(x.lower) &&
        y?.word &&
        (SUBJECT_PRONOUNS.has(y.lower) || isCapitalised(y.text) || /^\p{L}{3,}(?:en|et|na)$/u.test(y.lower)) &&
        !PREPOSITIONS.has(y.lower)
      )
        return j;
    }
  }
  return -1;
}

/** The clause shapes known before the lexicon: pronoun, determiner, fronted adverb, name, definite noun. */
function knownClauseAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word) return -1;
  const w = t.lower;
  const next = tokens[k + 1];
  if (!next?.word) return -1;
  // Subject pronoun + verb: "du får", "vi skickar".
  if (SUBJECT_PRONOUNS.has(w) && !(w === 'de' && !looksFinite(next.lower))) {
    return looksFinite(next.lower, true) ? k + 1 : -1;
  }
  // "det/den/detta/dessa" + verb.
  if (DEMONSTRATIVES.has(w) && looksFinite(next.lower)) return k + 1;
  // Fronted adverb + verb + subject: "då anmäler du", "sedan betalas avgiften".
  if (FRONTING_ADVERBS.has(w) && w !== 'i' && looksFinite(next.lower, true)) {
    const s = tokens[k + 2];
    if (s?.word && (SUBJECT_PRONOUNS.has(s.lower) || DEMONSTRATIVES.has(s.lower) || DETERMINERS.has(s.lower)))
      return k + 1;
    if (s?.word && /(?:en|et|na|an)$/.test(s.lower) && !PREPOSITIONS.has(s.lower)) return k + 1;
    return -1;
  }
  // Determiner + up to three words + verb: "de flesta aktiviteter börjar", "en vecka kostar".
  if (DETERMINERS.has(w)) {
    for (let j = k + 1; j <= k + 4; j++) {
      const x = tokens[j];
      if (!x?.word) return -1;
      if (j > k + 1 && looksFinite(x.lower)) return j;
      if (PREPOSITIONS.has(x.lower) || SUBORDINATORS.has(x.lower) || SENTENCE_ADVERBS.has(x.lower)) return -1;
    }
    return -1;
  }
  // A name ("Umeå kommun har", "Kontaktcenter svarar").
  if (isNameAt(tokens, k)) {
    for (let j = k + 1; j <= k + 3; j++) {
      const x = tokens[j];
      if (!x?.word) break;
      if (looksFinite(x.lower)) return j;
      if (!isCapitalised(x.text) && !/^(kommun|stad|region|län)$/.test(x.lower)) break;
    }
    // Not a name after all (a capital that starts the sentence): on to the noun.
  }
  // A definite noun, perhaps with a short prepositional phrase: "avgiften betalas", "trycket i ledningarna har".
  if (/(?:en|et|na|an)$/.test(w) && w.length > 3 && !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w)) {
    if (looksFinite(next.lower, true) && !PREPOSITIONS.has(next.lower)) return k + 1;
    if (!PREPOSITIONS.has(next.lower)) return -1;
    for (let j = k + 2; j <= k + 4; j++) {
      const x = tokens[j];
      if (!x?.word || SUBORDINATORS.has(x.lower) || SENTENCE_ADVERBS.has(x.lower)) return -1;
      if (j > k + 2 && looksFinite(x.lower)) return j;
    }
  }
  return -1;
}

/**
 * Token index where a subordinate clause opening the sentence ends: its comma, or, when it has none,
 * the main clause's verb that follows the clause's own verb ("Om det behövs kan nämnden ..."). 0 when
 * the sentence does not open with one.
 */
function frontedClauseEnd(tokens: Token[], inside: boolean[]): number {
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || !FRONTED_SUBORDINATORS.has(tokens[first]!.lower)) return 0;
  for (let k = first + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && !inside[k]) return k;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    if (
      t.word &&
      prev.word &&
      looksFinite(t.lower) &&
      looksFinite(prev.lower, true) &&
      next?.word &&
      (SUBJECT_PRONOUNS.has(next.lower) || DEMONSTRATIVES.has(next.lower) || /(?:en|et|na|an)$/.test(next.lower))
    )
      return k;
  }
  return tokens.length;
}

function pronounFor(noun: Token, prev: Token | undefined): string | null {
  const w = noun.lower;
  if (!noun.word || isCapitalised(noun.text) || w.length < 4) return null;
  // People: the pronoun would be a guess (han, hon, hen, den).
  if (/(?:aren|ören|anden|enden|enten|isten|ingen|iken)$/.test(w) && !/ningen$/.test(w)) return null;
  if (/(?:arna|orna|erna|rna|na)$/.test(w)) return 'De';
  if (/et$/.test(w) && !/(?:het|itet)$/.test(w)) return 'Det';
  if (/en$/.test(w)) return NEUTER_ZERO_PLURAL.has(w.slice(0, -2)) ? 'De' : 'Den';
  if (/an$/.test(w)) return 'Den';
  // After a genitive the noun stands in its bare form: "Konserthusets biljettkassa" (-a nouns are common gender).
  if (/[^n]a$/.test(w) && prev?.word && /s$/.test(prev.lower) && prev.lower.length > 3) return 'Den';
  return null;
}

/**
 * Without a comma, "och"/"men" join main clauses only in plain cases: the right part starts with a
 * subject pronoun and its verb, and the left clause (since the last comma) has no subordinate
 * clause that the right part could belong to ("... om ansökan är komplett och du har betalat").
 */
function pronounClauseWithoutSubordinator(tokens: Token[], k: number, after: number): boolean {
  const s = tokens[after];
  if (!s?.word) return false;
  // A noun subject needs the lexicon's word that its verb is finite; a pronoun shows it plainly.
  if (!(SUBJECT_PRONOUNS.has(s.lower) || s.lower === 'det') && mainClauseAt(tokens, after) < 0) return false;
  // Back to the sentence's start: a comma does not close a clause ("att A är litet, B är högt och C").
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':') break;
    // The sentence's own first word counts too: "Hur de ser ut och kostnaderna kan du läsa ...".
    if (opensClause(tokens, j)) return false;
  }
  return true;
}

/** Does token j open a subordinate clause? "att" before an infinitive ("att bedöma") opens none. */
function opensClause(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!t.word || !SUBORDINATORS.has(t.lower)) return false;
  const next = tokens[j + 1]?.lower ?? '';
  return !(t.lower === 'att' && isInfinitive(next) && !looksFinite(next));
}

/** Is there a subordinator between the sentence's first word and k (a clause the part after k may belong to)? */
function subordinateBefore(tokens: Token[], first: number, k: number): boolean {
  for (let j = first + 1; j < k; j++) if (opensClause(tokens, j)) return true;
  return false;
}

/** Does the rest of the sentence, from k, run to its end as one clause (no ", <finite verb>" later)? */
function runsToEnd(tokens: Token[], k: number, inside: boolean[]): boolean {
  for (let j = k; j < tokens.length - 1; j++) {
    if (tokens[j]!.text === ',' && !inside[j] && looksFinite(tokens[j + 1]!.lower)) return false;
  }
  return true;
}

/** The safe split points of one sentence, best first. */
function splitPoints(tokens: Token[]): Piece[] {
  const inside = insideMarks(tokens);
  const fronted = frontedClauseEnd(tokens, inside);
  const firstWord = tokens.findIndex((t) => t.word);
  const imperativeStart =
    firstWord >= 0 && isImperativeWord(tokens[firstWord]!.lower) && tokens[firstWord + 1]?.lower !== 'du';
  const points: Array<Piece & { rank: number }> = [];
  for (let k = firstWord + 1; k < tokens.length; k++) {
    if (inside[k]) continue;
    const t = tokens[k]!;
    const comma = t.text === ',';
    if (t.text === ';') {
      const n = tokens[k + 1];
      if (n?.word) points.push({ cut: k, at: k + 1, lead: '', rank: 0 });
      continue;
    }
    // 6. A lone spaced dash between two main clauses.
    if ((t.text === '–' || t.text === '—') && t.spaceBefore && tokens[k + 1]?.spaceBefore) {
      const dashes = tokens.filter((x, j) => (x.text === '–' || x.text === '—') && j > firstWord).length;
      if (dashes === 1 && k > fronted && mainClauseAt(tokens, k + 1) >= 0 && hasFinite(tokens, firstWord, k))
        points.push({ cut: k, at: k + 1, lead: '', rank: 1 });
      continue;
    }
    if (k <= fronted) continue;
    const conj = comma ? tokens[k + 1] : t.word ? t : undefined;
    if (!conj?.word) continue;
    const c = conj.lower;
    const after = comma ? k + 2 : k + 1;
    // 2b. Steps of an instruction: "Fyll i ansökan och skicka den", "Logga in, fyll i ... och välj".
    if (imperativeStart && (comma || c === 'och')) {
      const step = c === 'och' ? tokens[after] : conj;
      const stepAt = c === 'och' ? after : k + 1;
      if (
        step?.word &&
        isImperativeWord(step.lower) &&
        !(tokens[stepAt + 1]?.word && SUBJECT_PRONOUNS.has(tokens[stepAt + 1]!.lower))
      ) {
        points.push({ cut: k, at: stepAt, lead: '', rank: 1 });
        continue;
      }
    }
    // 2c. A comma between two main clauses with a pronoun subject: "Vissa behövs ..., andra hjälper oss".
    if (comma && !/^(och|men|så|eller|utan|för)$/.test(c)) {
      const subject = SUBJECT_PRONOUNS.has(c) || c === 'andra' || c === 'vissa' || c === 'många';
      const v = tokens[k + 2];
      if (
        subject &&
        v?.word &&
        looksFinite(v.lower) &&
        !(c === 'det' && v.lower === 'vill') &&
        hasFinite(tokens, firstWord, k)
      ) {
        points.push({ cut: k, at: k + 1, lead: '', rank: 2 });
        continue;
      }
      // A noun subject and its finite verb (the lexicon's): "Tidsaspekten är svår, den nationella
      // rekommendationen är minst en vecka." Not when the clause before the comma is subordinate
      // ("Det beror på att kapitalet är litet, priserna är höga"): the second clause may belong to it.
      const v2 = mainClauseAt(tokens, k + 1);
      if (
        v2 > k + 1 &&
        // not ", det vill säga ..."
        !(c === 'det' && tokens[k + 2]?.lower === 'vill') &&
        !SUBORDINATORS.has(c) &&
        !FRONTING_ADVERBS.has(c) &&
        hasFinite(tokens, firstWord, k) &&
        !subordinateBefore(tokens, firstWord, k) &&
        runsToEnd(tokens, k + 1, inside)
      ) {
        points.push({ cut: k, at: k + 1, lead: '', rank: 2 });
        continue;
      }
    }
    // 4b. "tack vare att" after the main clause: ". Det beror på att".
    if (c === 'tack' && tokens[after]?.lower === 'vare' && tokens[after + 1]?.lower === 'att') {
      if (runsToEnd(tokens, after + 2, inside) && hasFinite(tokens, firstWord, k))
        points.push({ cut: k, at: after + 2, lead: 'Det beror på att ', rank: 2 });
      continue;
    }
    // 2e. ", då skickas beskeden ut": a clause that opens with a linking adverb and its verb.
    if (comma && LINKING_ADVERBS.has(c) && tokens[after]?.word && looksFinite(tokens[after]!.lower)) {
      const s = tokens[after + 1];
      if (
        s?.word &&
        !PREPOSITIONS.has(s.lower) &&
        hasFinite(tokens, firstWord, k) &&
        runsToEnd(tokens, after, insideMarks(tokens))
      ) {
        points.push({ cut: k, at: k + 1, lead: '', rank: 1 });
        continue;
      }
    }
    // 2. Coordinated main clauses.
    if (comma ? c === 'och' || c === 'men' || c === 'så' : c === 'och' || c === 'men') {
      if (c === 'så') {
        // ", så ordnar vi det": "så" + verb + subject.
        const v = tokens[after];
        const s = tokens[after + 1];
        if (!(
          v?.word &&
          looksFinite(v.lower) &&
          s?.word &&
          (SUBJECT_PRONOUNS.has(s.lower) || DEMONSTRATIVES.has(s.lower))
        ))
          continue;
      } else if (mainClauseAt(tokens, after) < 0) continue;
      if (!comma && !pronounClauseWithoutSubordinator(tokens, k, after)) continue;
      if (!hasFinite(tokens, firstWord, k)) continue;
      const lead = c === 'och' ? '' : capitalise(c) + ' ';
      points.push({ cut: k, at: after, lead, rank: 1 });
      continue;
    }
    // 2d. ", medan" + a clause with subject and verb in main-clause order: two facts side by side.
    if (comma && c === 'medan') {
      const v = mainClauseAt(tokens, after);
      if (v < 0 || !hasFinite(tokens, firstWord, k) || !runsToEnd(tokens, after, inside)) continue;
      // "Om personen kan lämnas ensam, medan föraren parkerar, har hen ...": inside a condition that
      // opens the sentence, "medan" is part of it and what follows is no sentence of its own.
      if (SUBORDINATORS.has(tokens[firstWord]!.lower)) continue;
      points.push({ cut: k, at: after, lead: '', rank: 2 });
      continue;
    }
    // 3. Relative clauses that end the sentence.
    if (comma && (c === 'vilket' || c === 'vilka' || c === 'vilken' || c === 'som')) {
      const v = tokens[after];
      if (!v?.word || !looksFinite(v.lower) || !runsToEnd(tokens, after, inside)) continue;
      let pronoun: string | null = c === 'vilket' ? 'Det' : c === 'vilka' ? 'De' : c === 'vilken' ? 'Den' : null;
      if (c === 'som') pronoun = pronounFor(tokens[k - 1]!, tokens[k - 2]);
      if (!pronoun) continue;
      if (!hasFinite(tokens, firstWord, k)) continue;
      points.push({ cut: k, at: after, lead: pronoun + ' ', rank: 2 });
      continue;
    }
    // 4. "eftersom" after the main clause.
    if (c === 'eftersom') {
      if (!runsToEnd(tokens, after, inside) || !hasFinite(tokens, firstWord, k)) continue;
      if (!hasFinite(tokens, after, tokens.length) && !tokens.slice(after).some((x) => looksFinite(x.lower, true)))
        continue;
      points.push({ cut: k, at: after, lead: 'Det beror på att ', rank: 2 });
      continue;
    }
    // 5. ", där du kan ..." → ". Där kan du ..."
    if (comma && c === 'där') {
      const s = tokens[after];
      const v = tokens[after + 1];
      if (!s?.word || !SUBJECT_PRONOUNS.has(s.lower) || !v?.word || !looksFinite(v.lower, true)) continue;
      if (!runsToEnd(tokens, after, inside) || !hasFinite(tokens, firstWord, k)) continue;
      points.push({ cut: k, at: after + 2, lead: `Där ${v.text} ${s.text} `, rank: 3 });
    }
  }
  return points.sort((a, b) => a.rank - b.rank);
}

function endWithStop(text: string): string {
  const t = text.replace(/[\s,;:–—-]+$/u, '');
  return /[.!?…]["'”’»)\]]*$/u.test(t) ? t : t + '.';
}

/** Splits one sentence into shorter sentences where it is safe. */
export function splitSentence(sentence: string, options: SplitOptions = {}): string[] {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const minPart = options.minPartWords ?? DEFAULT_MIN_PART_WORDS;
  const text = sentence.trim();
  if (lixWords(text).length <= maxWords) return [text];
  // Questions and exclamations stay whole; so do enumerations "a) ... b) ..." and "1) ...".
  if (/[?!]["'”’»)]*$/u.test(text)) return [text];
  if (/(?:^|\s)(?:[a-z]|\d{1,2})\)\s/u.test(text)) return [text];
  const tokens = tokenize(text);
  const total = words(tokens, 0, tokens.length);
  for (const p of splitPoints(tokens)) {
    const leftWords = words(tokens, 0, p.cut);
    const rightWords = words(tokens, p.at, tokens.length) + lixWords(p.lead).length;
    if (leftWords < minPart || rightWords < minPart) continue;
    if (leftWords + rightWords < total - 2) continue; // never drop more than a conjunction
    const left = endWithStop(text.slice(0, tokens[p.cut]!.start));
    const rest = text.slice(tokens[p.at]!.start);
    const right = p.lead ? p.lead + rest : capitalise(rest);
    return [...splitSentence(left, options), ...splitSentence(right, options)];
  }
  return [text];
}
