/**
 * One long sentence made several short, whole ones. The rule families are tried in order on a
 * sentence; the first whose parts are all whole sentences (capital or digit first, a finite verb, a
 * full stop or question mark: ./whole.ts) and at least three words long wins, and each part is
 * shortened again. A rule whose result has a fragment is not used, so a split can never show the
 * reader a piece of a sentence.
 */

import { frontedCondition, trailingCondition, youWho } from './conditions';
import { modalList, sharedSubject } from './coordination';
import { lixWords } from './lix';
import { enumerationList, LIST_ITEM } from './lists';
import { splitSentence, type SplitOptions } from './split';
import { trailingClause } from './trailing';
import { speakerTitle } from './quotes';
import { isWholeSentence, notWhole } from './whole';
import { NO_NAMES, type RuleContext } from './clause';

export type RuleFamily =
  | 'abbreviations'
  | 'signs'
  | 'plain-words'
  | 'du'
  | 'passive'
  | 'quotes'
  | 'conditions'
  | 'lists'
  | 'coordination'
  | 'clauses'
  | 'finish';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  'abbreviations',
  'signs',
  'plain-words',
  'du',
  'passive',
  'quotes',
  'conditions',
  'lists',
  'coordination',
  'clauses',
  'finish',
];

export interface SplitRule {
  family: RuleFamily;
  /** Sentences with at most this many words are left as they are. */
  minWords: number;
  apply(sentence: string, options: SplitOptions, ctx: RuleContext): string[] | null;
}

/** Easy-to-read Swedish keeps to one thought a sentence: a sentence of more than eight words is worth splitting. */
const SHORT = 8;

export const SPLIT_RULES: readonly SplitRule[] = [
  { family: 'quotes', minWords: SHORT, apply: (s) => speakerTitle(s) },
  { family: 'conditions', minWords: SHORT, apply: (s) => frontedCondition(s) },
  { family: 'conditions', minWords: SHORT, apply: (s, _o, ctx) => youWho(s, ctx) },
  { family: 'conditions', minWords: SHORT, apply: (s, _o, ctx) => trailingCondition(s, ctx) },
  { family: 'lists', minWords: SHORT, apply: (s) => enumerationList(s) },
  { family: 'coordination', minWords: SHORT, apply: (s, _o, ctx) => modalList(s, ctx) },
  { family: 'coordination', minWords: SHORT, apply: (s, _o, ctx) => sharedSubject(s, ctx) },
  {
    family: 'clauses',
    minWords: SHORT,
    apply: (s, o) => {
      const parts = splitSentence(s, o);
      return parts.length > 1 ? parts : null;
    },
  },
  { family: 'clauses', minWords: SHORT, apply: (s, _o, ctx) => trailingClause(s, ctx) },
];

function acceptable(parts: readonly string[], original: string): boolean {
  if (parts.length < 2) return false;
  // A list: its lead-in is whole but for the colon that opens the list; the items are not sentences.
  if (parts[1]!.startsWith(LIST_ITEM)) return notWhole(parts[0]!, { leadsList: true }) === null;
  // A sentence that was not whole to begin with cannot be held to it, but it must not get worse.
  const strict = isWholeSentence(original);
  return parts.every((p) => lixWords(p).length >= 3 && (!strict || isWholeSentence(p)));
}

export function shorten(
  sentence: string,
  rules: readonly SplitRule[],
  options: SplitOptions = {},
  ctx: RuleContext = NO_NAMES,
  depth = 0,
): string[] {
  const words = lixWords(sentence).length;
  if (depth > 6) return [sentence];
  for (const rule of rules) {
    if (words <= rule.minWords) continue;
    const parts = rule.apply(sentence, options, ctx);
    if (!parts || !acceptable(parts, sentence)) continue;
    if (parts[1]!.startsWith(LIST_ITEM)) return parts;
    return parts.flatMap((p) => shorten(p, rules, options, ctx, depth + 1));
  }
  return [sentence];
}
