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

interface Matcher {
  /** Forms by their first word, longest first; each form as its words. */
  byFirst: Map<string, Array<{ words: string[]; entry: GlossaryEntry }>>;
}

let matcher: Matcher | null = null;

function buildMatcher(): Matcher {
  const byFirst = new Map<string, Array<{ words: string[]; entry: GlossaryEntry }>>();
  const add = (form: string, entry: GlossaryEntry) => {
    const words = form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((f) => f.words.join(' ') === form)) list.push({ words, entry });
    byFirst.set(words[0]!, list);
  };
  for (const entry of GLOSSARY) {
    // Terms written with a capital (names, acronyms) match only as written; others also capitalised.
    const exact = /\p{Lu}/u.test(entry.term);
    for (const form of entry.forms) {
      add(form, entry);
      if (!exact) add(form.charAt(0).toLocaleUpperCase('sv') + form.slice(1), entry);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Words with inner hyphens ("e-tjänst", "plan-"): a glossary form is matched word by word. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]*)*/gu;

/** Every glossary word in a text, in order, none overlapping. */
export function findGlossaryTerms(text: string): GlossaryMatch[] {
  matcher ??= buildMatcher();
  const words = [...text.matchAll(WORD)];
  const out: GlossaryMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = matcher.byFirst.get(words[i]![0]);
    if (!forms) continue;
    for (const { words: fw, entry } of forms) {
      let ok = true;
      for (let k = 1; k < fw.length && ok; k++) {
        const prev = words[i + k - 1]!;
        const w = words[i + k];
        // Only white space between the words of a form.
        ok = !!w && w[0] === fw[k] && /^[\s\u00A0]+$/u.test(text.slice(prev.index + prev[0].length, w.index));
      }
      if (!ok) continue;
      const last = words[i + fw.length - 1]!;
      out.push({
        term: entry.term,
        explanation: entry.explanation,
        start: words[i]!.index,
        end: last.index + last[0].length,
      });
      i += fw.length - 1;
      break;
    }
  }
  return out;
}

/**
 * Glossary words in an article's Swedish blocks: the first place each term appears in each block
 * (a view marks it there; the same word later in the block needs no second mark).
 */
export function glossaryHits(article: Pick<Article, 'blocks'>): GlossaryHit[] {
  return article.blocks.flatMap((block, index) => blockGlossaryHits(block, index));
}

/** The glossary hits of one block (its index in the article given), as glossaryHits finds them. */
export function blockGlossaryHits(block: Article['blocks'][number], index: number): GlossaryHit[] {
  if (!/^sv\b/i.test(block.lang) || block.kind === 'title') return [];
  const hits: GlossaryHit[] = [];
  const seen = new Set<string>();
  for (const m of findGlossaryTerms(block.text)) {
    if (seen.has(m.term)) continue;
    seen.add(m.term);
    hits.push({ ...m, block: index });
  }
  return hits;
}
