/**
 * Small clause-level helpers the Lättläst rules share: where the finite verb is, what the subject is,
 * and how a subordinate clause is turned into a main clause or a question.
 *
 * Swedish word order, which the rules rely on:
 * - main clause: the finite verb comes second ("Du har ...", "Då har du ...");
 * - subordinate clause: subject, then sentence adverbs, then the finite verb ("om du inte har");
 * - yes/no question: the finite verb first ("Har du inte ...?").
 */

import { SENTENCE_ADVERBS, SUBJECT_PRONOUNS, SUBORDINATORS, PREPOSITIONS, looksFinite } from './sv-words';
import { isCapitalised, type Token } from './tokens';

/** A statement's end: a full stop or exclamation mark, perhaps with closing marks after it. */
export const SENTENCE_END = /[.!]["'”’»)]*$/u;

/** Words that may be a whole subject on their own besides the personal pronouns. */
const SUBJECT_WORDS = new Set(['det', 'den', 'de', 'detta', 'denna', 'dessa', 'man', 'någon', 'alla', 'ingen']);

export function isSubjectPronoun(word: string): boolean {
  return SUBJECT_PRONOUNS.has(word) || SUBJECT_WORDS.has(word);
}

/** Index of the next word token at or after k, or -1. */
export function nextWord(tokens: readonly Token[], k: number): number {
  for (let i = k; i < tokens.length; i++) if (tokens[i]!.word) return i;
  return -1;
}

/**
 * A subject at token k: a pronoun, or a short noun phrase (one to three words, none of them a verb,
 * a preposition or a subordinator, e.g. "ansökan", "ditt barn", "Kommunens handläggare"). Returns
 * the index after it, or -1.
 */
export function subjectAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word) return -1;
  if (isSubjectPronoun(t.lower)) return k + 1;
  let j = k;
  while (j < tokens.length && j < k + 3) {
    const x = tokens[j]!;
    if (!x.word || looksFinite(x.lower) || PREPOSITIONS.has(x.lower) || SUBORDINATORS.has(x.lower)) break;
    if (SENTENCE_ADVERBS.has(x.lower) || x.lower === 'och' || x.lower === 'eller') break;
    j++;
  }
  if (j === k) return -1;
  // A phrase must end in a noun-like word: not an adjective or article alone ("en", "alla nya").
  const last = tokens[j - 1]!.lower;
  if (/^(en|ett|den|det|de|din|ditt|dina|er|ert|era|vår|vårt|våra)$/.test(last)) return -1;
  return j;
}

/** Sentence adverbs from k on (e.g. "inte", "också"); returns the index after them. */
export function adverbsAt(tokens: readonly Token[], k: number): number {
  let j = k;
  while (tokens[j]?.word && SENTENCE_ADVERBS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'då') j++;
  return j;
}

/**
 * A subordinate clause at k in its own word order: subject, adverbs, finite verb. Returns the
 * positions, or null.
 */
export function subordinateAt(
  tokens: readonly Token[],
  k: number,
): { subject: [number, number]; adverbs: [number, number]; verb: number } | null {
  const subjectEnd = subjectAt(tokens, k);
  if (subjectEnd < 0) return null;
  const adverbEnd = adverbsAt(tokens, subjectEnd);
  const v = tokens[adverbEnd];
  if (!v?.word) return null;
  const pronoun = subjectEnd === k + 1 && isSubjectPronoun(tokens[k]!.lower);
  if (!looksFinite(v.lower, pronoun)) return null;
  return { subject: [k, subjectEnd], adverbs: [subjectEnd, adverbEnd], verb: adverbEnd };
}

/**
 * A clause put in main-clause order: a reflexive pronoun right after the verb comes before the
 * sentence adverbs ("om du inte känner dig trygg" → "Känner du dig inte trygg?", not "... inte dig
 * ..."). Returns the adverbs and the rest to write after the subject.
 */
export function reflexiveFirst(adverbs: string, rest: string): [string, string] {
  const m = /^(mig|dig|sig|oss)(?![\p{L}])\s*/iu.exec(rest);
  if (!adverbs || !m) return [adverbs, rest];
  return [`${m[1]} ${adverbs}`, rest.slice(m[0].length)];
}

/** The text of tokens [from, to) as written (spaces kept). */
export function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** The first letter in lower case, unless the word is a name (capitalised mid-sentence elsewhere). */
export function lowerFirst(word: string, isName: boolean): string {
  if (isName || !isCapitalised(word)) return word;
  if (/^\p{Lu}{2,}/u.test(word)) return word; // an acronym
  return word.charAt(0).toLocaleLowerCase('sv') + word.slice(1);
}

/** What a rule may know of the whole text: which capitalised words are names, and whether it speaks to the reader. */
export interface RuleContext {
  isName(word: string): boolean;
  /** The text says "du"/"dig"/"din" somewhere: a generic "man" there means the reader. */
  addressesReader: boolean;
}

export const NO_NAMES: RuleContext = { isName: (w) => /^\p{Lu}{2,}/u.test(w), addressesReader: true };

/**
 * What a text tells the rules. Names: words written with a capital where no sentence starts ("i Umeå", "av
 * Skatteverket"), and acronyms. A capitalised word that only ever starts sentences is not a name.
 */
export function contextOf(text: string): RuleContext {
  return contextBuilder().add(text).build();
}

/** contextOf a piece at a time (a long article's blocks, between which the page may run). */
export function contextBuilder() {
  const names = new Set<string>();
  let addressesReader = false;
  const builder = {
    add(text: string) {
      for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}-]*/gu)) names.add(m[0]);
      addressesReader ||= /(?<![\p{L}])(?:du|dig|din|ditt|dina)(?![\p{L}])/iu.test(text);
      return builder;
    },
    build(): RuleContext {
      return { isName: (w) => names.has(w) || /^\p{Lu}{2,}/u.test(w), addressesReader };
    },
  };
  return builder;
}
