/**
 * The meaning-kept property: every number, date, amount, percentage and capitalised proper name of
 * the original is still in the simplified text.
 *
 * What is collected from the original:
 * - dates written with a month name ("9 februari 2023", "5–6 december") and ISO dates (2023-02-09);
 * - amounts (a number with kr, kronor, SEK, €, euro, miljoner/miljarder kronor) and percentages
 *   (with % or "procent");
 * - every number on its own (digit groups with their inner spaces, commas, dots, colons: "1 500",
 *   "3,5", "14.00", "090-16 10 00" as its groups);
 * - every word that starts with a capital and is not the first word of its sentence (names,
 *   acronyms: "Umeå", "Stadshuset", "LSS").
 * - every negation, counted (see checkMeaningKept).
 * An item counts as kept when it appears in the simplified text as a whole (not inside a longer
 * number or word), with white space compared loosely (a no-break space equals a space).
 */

import { segmentSentences } from '../segment/segment';

export type KeptKind = 'date' | 'amount' | 'percent' | 'number' | 'name' | 'negation';

export interface KeptItem {
  kind: KeptKind;
  text: string;
}

export interface MeaningCheck {
  kept: boolean;
  items: KeptItem[];
  missing: KeptItem[];
}

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const NUM = String.raw`\d+(?:[ \u00A0\u202F]\d{3})*(?:[.,:]\d+)*`;
const PATTERNS: Array<[KeptKind, RegExp]> = [
  ['date', new RegExp(String.raw`\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:${MONTHS})(?:\s+\d{4})?\b`, 'giu')],
  ['date', /\b\d{4}-\d{2}-\d{2}\b/g],
  [
    'amount',
    new RegExp(
      String.raw`(?<![\d])${NUM}\s*(?:(?:miljoner|miljarder|tusen)\s+)?(?:kr\b|kronor\b|SEK\b|€|euro\b|:-)`,
      'gu',
    ),
  ],
  ['percent', new RegExp(String.raw`(?<![\d])${NUM}\s*(?:%|procent\b)`, 'gu')],
  ['number', new RegExp(String.raw`(?<![\d])${NUM}(?![\d])`, 'gu')],
];

/** Loose white space: every space kind is one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F\u2007]+/gu, ' ');
}

/** Capitalised words that are not the first word of their sentence. */
function names(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const { start, end } of segmentSentences(line, 'sv', Infinity)) {
      const sentence = line.slice(start, end);
      let first = true;
      for (const m of sentence.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
        if (first) {
          first = false;
          continue;
        }
        // After a colon a capital may start a new sentence: still a name check, it costs nothing.
        if (/^\p{Lu}/u.test(m[0])) out.push(m[0]);
      }
    }
  }
  return out;
}

/** The items of a text that a simplification must keep. */
export function meaningItems(text: string): KeptItem[] {
  const t = normaliseSpace(text);
  const seen = new Set<string>();
  const items: KeptItem[] = [];
  const add = (kind: KeptKind, s: string) => {
    const key = kind + '\u0000' + s;
    if (!seen.has(key)) {
      seen.add(key);
      items.push({ kind, text: s });
    }
  };
  for (const [kind, re] of PATTERNS) for (const m of t.matchAll(re)) add(kind, m[0].trim());
  for (const n of names(text)) add('name', n);
  return items;
}

function present(haystack: string, item: KeptItem): boolean {
  const needle = item.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re =
    item.kind === 'name'
      ? new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u')
      : new RegExp(`(?<![\\p{N}])${needle}(?![\\p{N}])`, 'u');
  return re.test(haystack);
}

const NEGATION = /(?<![\p{L}])(?:inte|ej|icke|aldrig|ingen|inget|inga|varken|utan)(?![\p{L}])/giu;

const negationCount = (text: string) => [...text.matchAll(NEGATION)].length;

/**
 * Checks that everything the original says with numbers and names is in the simplified text, and
 * that no negation was lost: the simplified text has at least as many negating words ("inte", "ej",
 * "aldrig", "ingen" ...; "ej" may have become "inte") as the original.
 */
export function checkMeaningKept(original: string, simplified: string): MeaningCheck {
  const items = meaningItems(original);
  const haystack = normaliseSpace(simplified);
  const missing = items.filter((item) => !present(haystack, item));
  const before = negationCount(original);
  if (before > 0) {
    const item: KeptItem = { kind: 'negation', text: `${before} negations` };
    items.push(item);
    if (negationCount(simplified) < before) missing.push(item);
  }
  return { kept: missing.length === 0, items, missing };
}
