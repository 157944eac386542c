/**
 * Is a sentence whole? Lättläst shows only whole sentences: one that starts with a capital letter or a
 * digit, has a finite verb, and ends with a full stop, question mark or exclamation mark. A line
 * such as "och då kan du ansöka" or "– en punkt där ..." is a fragment.
 *
 * A finite verb is a present, past or s-passive form in the lexicon (src/core/simplify/lexicon), a word of
 * the closed class of auxiliaries and irregular verbs, or an imperative first in the sentence (the
 * lexicon knows "betala" is a verb because it lists "betalar": the imperative is the form whose
 * present adds -r or -er).
 */

import { isLexiconFinite } from './lexicon/sv-verbs';
import { isGrammarWord, looksFinite, SUBJECT_PRONOUNS } from './sv-words';

const WORD = /[\p{L}]+(?:[-'’][\p{L}]+)*/gu;
const OPENING = /^[\s"'“”‘’„«»‹›([{]*/u;
const ENDING = /[.!?…]["'”’»)\]]*$/u;

/** Is `word` (lower case) an imperative, i.e. a verb whose present tense the lexicon lists? */
export function isImperative(word: string): boolean {
  if (word.length < 2 || isGrammarWord(word)) return false;
  return looksFinite(word + 'r') || looksFinite(word + 'er') || (word.endsWith('r') && isLexiconFinite(word));
}

/** Does the sentence have a finite verb? */
export function hasFiniteVerb(sentence: string): boolean {
  const words = (sentence.match(WORD) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (looksFinite(w)) return true;
    if (i > 0 && SUBJECT_PRONOUNS.has(words[i - 1]!) && looksFinite(w, true)) return true;
  }
  if (words.length > 0 && isImperative(words[0]!)) return true;
  // An imperative after a fronted clause: "För att göra ett byte, kontakta Vårdvalsenheten."
  const afterComma = /,\s+(\p{Ll}+)/gu;
  for (const m of sentence.matchAll(afterComma)) if (isImperative(m[1]!) && !looksFinite(m[1]!)) return true;
  return false;
}

export type NotWhole = 'start' | 'end' | 'verb';

/**
 * Why a sentence is not whole, or null when it is. `leadsList`: the sentence opens a list that
 * follows it, so it may end with a colon ("På biblioteket finns:" and its items read as one).
 */
export function notWhole(sentence: string, { leadsList = false } = {}): NotWhole | null {
  const s = sentence.trim();
  const body = s.replace(OPENING, '');
  if (!/^[\p{Lu}\p{N}]/u.test(body)) return 'start';
  if (!ENDING.test(s) && !(leadsList && /:$/u.test(s))) return 'end';
  // An ellipsis at the end is text cut off (a teaser: "... och utökar festi..."), not a sentence's end.
  if (/(?:\.\.\.|…)["'”’»)\]]*$/u.test(s)) return 'end';
  // A conjunction last ("... ett företag eller.") leaves the sentence open: a piece cut off its rest.
  if (/(?<![\p{L}])(?:och|eller|men|samt|att|som|både)[.!?]["'”’»)\]]*$/iu.test(s)) return 'end';
  if (!hasFiniteVerb(s)) return 'verb';
  return null;
}

export const isWholeSentence = (sentence: string): boolean => notWhole(sentence) === null;
