/** Tokens of one sentence, with their offsets, for the simplifier's rules. */

import { remembered } from './remembered';

export interface Token {
  text: string;
  /** Lower-case text. */
  lower: string;
  start: number;
  end: number;
  /** A run of letters/digits (with inner hyphens, apostrophes, and digit groups "3,5", "14.00"). */
  word: boolean;
  /** White space right before this token. */
  spaceBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’][\p{L}\p{N}]+)|(?:[.,:](?=\p{N})\p{N}+))*|\S/gu;

/**
 * The rules of a sentence tokenize it one after another: the last texts' tokens are kept (read only)
 * so the same sentence is cut once.
 */
export const tokenize: (text: string) => Token[] = remembered(cut, 64);

function cut(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const t = m[0];
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      word: /^[\p{L}\p{N}]/u.test(t),
      spaceBefore: start > 0 && /\s/u.test(text[start - 1] ?? ''),
    });
  }
  return tokens;
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
}

export function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Marks tokens that stand inside parentheses, brackets or quotation marks. */
export function insideMarks(tokens: readonly Token[]): boolean[] {
  const inside: boolean[] = [];
  let depth = 0;
  let quote = false;
  let guillemet = 0;
  for (const t of tokens) {
    const c = t.text;
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === '"' || c === '”' || c === '“') quote = !quote;
    if (c === '«') guillemet++;
    inside.push(depth > 0 || quote || guillemet > 0);
    if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    if (c === '»' && guillemet > 0) guillemet--;
  }
  return inside;
}
