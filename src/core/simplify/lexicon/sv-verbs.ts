/**
 * Finite Swedish verb forms from a real lexicon (the Hunspell sv_SE dictionary, through
 * scripts/gen-lexicon.mjs): present, past and s-passive forms of about 8,600 verbs. The packed list is
 * unpacked into a Set the first time a word is looked up (a few milliseconds), so a page that never
 * opens Lättläst never pays for it.
 */

import { FINITE_FORMS_PACKED } from './sv-verbs-data';

let forms: Set<string> | null = null;

function unpack(): Set<string> {
  const set = new Set<string>();
  let prev = '';
  for (const entry of FINITE_FORMS_PACKED.split(' ')) {
    const word = prev.slice(0, entry.charCodeAt(0) - 97) + entry.slice(1);
    set.add(word);
    prev = word;
  }
  return set;
}

/**
 * Verb particles and adverbs that stand first in a compound verb the dictionary may not list
 * ("återanvänder", "omprövas", "tillämpar" is listed; "samordnas" is built).
 */
const VERB_PREFIXES =
  /^(?:åter|upp|till|in|ut|om|över|under|av|på|fram|bort|sam|mot|genom|med|ned|ner|efter|före|vidare|när|an|be|er|miss)(?=\p{L}{4,}$)/u;

/** Is this lower-case word a finite verb form in the lexicon (or a particle + a listed form)? */
export function isLexiconFinite(word: string): boolean {
  forms ??= unpack();
  if (forms.has(word)) return true;
  const m = VERB_PREFIXES.exec(word);
  return !!m && forms.has(word.slice(m[0].length));
}

/** How many forms the lexicon holds (for the docs and a sanity test). */
export function lexiconSize(): number {
  forms ??= unpack();
  return forms.size;
}
