/**
 * Finds the glossary's municipal words in a text, so a view can explain each where it appears.
 * A term matches as a whole word (not inside a compound: "bygglovsansökan" is not "bygglov"), in
 * any of its listed forms, the longest term first ("ekonomiskt bistånd" before "bistånd").
 */

import type { Article } from '../model';
import { GLOSSARY_ROWS } from './glossary-data';

export interface GlossaryEntry {
  term: string;
  /** Every written form that matches, genitives included. */
  forms: string[];
  explanation: string;
}

export interface GlossaryMatch {
  term: string;
  explanation: string;
  /** Offsets of the match in the text searched. */
  start: number;
  end: number;
}

export interface GlossaryHit extends GlossaryMatch {
  /** Index of the block of the article the match is in. */
  block: number;
}

function formsOf(term: string, extra: string): string[] {
  const forms = new Set<string>([term]);
  for (const f of extra.split(/\s+/).filter(Boolean)) forms.add(f.replace(/~/g, term).replace(/_/g, ' '));
  for (const f of [...forms]) if (!/[sxz]$/.test(f)) forms.add(f + 's');
  return [...forms];
}

export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_ROWS.map(([term, extra, explanation]) => ({
  term,
  forms: formsOf(term, extra),
  explanation,
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  re: RegExp;
  byForm: Map<string, GlossaryEntry>;
}

let matcher: Matcher | null = null;

function buildMatcher(): Matcher {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of GLOSSARY) {
    // Terms written with a capital (names, acronyms) match only as written; others also capitalised.
    const exact = /\p{Lu}/u.test(entry.term);
    for (const form of entry.forms) {
      if (!byForm.has(form)) byForm.set(form, entry);
      if (!exact) {
        const cap = form.charAt(0).toLocaleUpperCase('sv') + form.slice(1);
        if (!byForm.has(cap)) byForm.set(cap, entry);
      }
    }
  }
  const alternatives = [...byForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => escape(f).replace(/ /g, '[\\s\\u00A0]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
  return { re, byForm };
}

/** Every glossary word in a text, in order, none overlapping. */
export function findGlossaryTerms(text: string): GlossaryMatch[] {
  matcher ??= buildMatcher();
  const out: GlossaryMatch[] = [];
  for (const m of text.matchAll(matcher.re)) {
    const entry = matcher.byForm.get(m[0].replace(/[\s\u00A0]+/g, ' '));
    if (entry)
      out.push({ term: entry.term, explanation: entry.explanation, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Glossary words in an article's Swedish blocks: the first place each term appears in each block
 * (a view marks it there; the same word later in the block needs no second mark).
 */
export function glossaryHits(article: Pick<Article, 'blocks'>): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  article.blocks.forEach((block, index) => {
    if (!/^sv\b/i.test(block.lang) || block.kind === 'title') return;
    const seen = new Set<string>();
    for (const m of findGlossaryTerms(block.text)) {
      if (seen.has(m.term)) continue;
      seen.add(m.term);
      hits.push({ ...m, block: index });
    }
  });
  return hits;
}
