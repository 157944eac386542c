/**
 * A long enumeration that ends a sentence becomes a list, as easy-to-read Swedish sets it out:
 *
 *   "Vanliga källor till buller är väg-, spår- och flygtrafik, fläktbuller i fastigheter, ljud från
 *   grannar och konserter."
 *   → "Vanliga källor till buller är:" • väg-, spår- och flygtrafik • fläktbuller i fastigheter
 *     • ljud från grannar • konserter
 *
 * It fires when at least four items (or three of eight words or more), separated by commas and ending with "och"/"samt" + the last
 * item, end the sentence; every item is short (at most six words) and has no finite verb; the
 * lead-in before the first item ends at a finite verb, a preposition or "till exempel"/"bland
 * annat", and has a finite verb of its own, so the lead-in with its list reads as one sentence.
 * A series with "eller" is left alone: a list would lose the choice.
 */

import { PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS, looksFinite } from './sv-words';
import { hasFiniteVerb } from './whole';
import { tokenize, type Token } from './tokens';

/** Marks a line that is a list item (simplify.ts makes it a list-item block). */
export const LIST_ITEM = '\u2022 ';

const MAX_ITEM_WORDS = 6;
const INTRODUCERS = new Set(['exempel', 'annat', 'exempelvis', 'såsom', 'inklusive']);

function itemOk(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === '(' || t.text === ')' || t.text === ':' || t.text === ';') return false;
    if (!t.word) continue;
    words++;
    // "och"/"eller" inside an item joins two things the series does not list ("både A och B"),
    // unless it joins the parts of a hyphenated compound ("väg-, spår- och flygtrafik").
    if (/^(och|eller|samt)$/.test(t.lower) && tokens[k - 1]?.text !== '-') return false;
    if (t.lower === 'både' || t.lower === 'varken') return false;
    if (looksFinite(t.lower) || (SUBORDINATORS.has(t.lower) && t.lower !== 'för')) return false;
  }
  return words > 0 && words <= MAX_ITEM_WORDS;
}

export function enumerationList(sentence: string): string[] | null {
  const text = sentence.trim();
  if (!/[^.]\.$/u.test(text)) return null;
  const tokens = tokenize(text);
  const last = tokens.length - 1; // the full stop
  // The last "och"/"samt" of the sentence, outside parentheses.
  let and = -1;
  for (let k = last - 1; k > 0; k--) {
    if (tokens[k]!.text === ')' || tokens[k]!.text === '(') return null;
    if (tokens[k]!.lower === 'och' || tokens[k]!.lower === 'samt') {
      // "väg-, spår- och flygtrafik": a hyphen before "och" joins words, not items.
      if (tokens[k - 1]!.text === '-') continue;
      and = k;
      break;
    }
    if (tokens[k]!.text === ',') return null;
  }
  if (and < 0 || !itemOk(tokens, and + 1, last)) return null;
  // Items before "och", back over commas; an item that ends with a hyphen belongs to the next.
  const cuts: number[] = []; // comma token indices, right to left
  let k = and - 1;
  let itemEnd = and;
  for (; k > 0; k--) {
    const t = tokens[k]!;
    if (t.text !== ',') continue;
    if (tokens[k - 1]!.text === '-') continue;
    if (!itemOk(tokens, k + 1, itemEnd)) return null;
    cuts.push(k);
    itemEnd = k;
  }
  if (cuts.length < 1) return null;
  // The first item: back from the first comma to a finite verb, preposition or introducer.
  const firstComma = cuts[cuts.length - 1]!;
  let start = firstComma - 1;
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (t.text === ',' && tokens[start - 2]?.text === '-') {
      start--;
      continue;
    }
    if (!t.word && t.text !== '-') break;
    if (t.word && (looksFinite(t.lower) || PREPOSITIONS.has(t.lower) || INTRODUCERS.has(t.lower))) break;
    start--;
  }
  if (!itemOk(tokens, start, firstComma) || start === 0) return null;
  // "... behöver vi veta hans namn, adress och ...": the verb's subject came after it, so what follows
  // is the rest of the clause, not the first item.
  if (tokens.slice(start, firstComma).some((t) => t.word && SUBJECT_PRONOUNS.has(t.lower))) return null;
  const lead = text.slice(0, tokens[start]!.start).trim().replace(/[,:]$/u, '');
  if (!hasFiniteVerb(lead)) return null;
  const ranges: Array<[number, number]> = [];
  let from = start;
  for (const c of cuts.reverse()) {
    ranges.push([from, c]);
    from = c + 1;
  }
  ranges.push([from, and], [and + 1, last]);
  const items = ranges.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end).trim());
  // A short series reads well inline ("hyra, mat och el"): a list from four items, or three long ones.
  const itemWords = items.join(' ').split(/\s+/).length;
  if (items.length < 4 && itemWords < 8) return null;
  return [`${lead}:`, ...items.map((item) => LIST_ITEM + item)];
}
