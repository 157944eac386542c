/**
 * Plain words for officialese, with Swedish grammar kept right.
 *
 * The list (plain-words-data.ts) gives every inflected form of each officialese word and of its plain
 * word, slot by slot: "erforderliga" becomes "nödvändiga", "tillhandahöll" becomes "gav", "erhålls"
 * becomes "fås". The replacer here looks each form up and decides the cases a form alone leaves open:
 *
 * - One form, two slots ("nyttja" is infinitive and imperative, but "använda" and "använd" differ):
 *   the imperative only at the start of a sentence that is not a question; the infinitive after a modal
 *   verb or "att" (past "inte", "också" ...), the present tense otherwise. Still open: left as it is.
 * - A plain verb with a particle ("inlämna" → "lämna in", "beakta" → "ta hänsyn till"): Swedish puts
 *   an inverted subject pronoun between verb and particle ("lämnar du in"), so the pronoun (and the
 *   adverbs after it) is moved in front of the particle. A finite verb is replaced only where the
 *   subject is known to stand before it (a subject pronoun, "som", or a plain subject first in the
 *   sentence): after a fronted adverbial a noun subject would come between, and we cannot see it.
 * - Capitals: a word is replaced in lower case, or with a capital at the start of a sentence (the plain
 *   word then gets the capital). A capital elsewhere is a name and is never touched.
 * - A phrase is matched only across plain spaces (no punctuation between its words), longest first.
 */

import {
  PLAIN_ENTRIES,
  type AdjEntry,
  type NounEntry,
  type PhraseEntry,
  type PlainEntry,
  type VerbEntry,
} from './plain-words-data';
import {
  FRONTING_ADVERBS,
  MODALS,
  OPENING_MARKS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from './sv-words';
import { mainClauseAt } from './split';
import { capitalise, isCapitalised, tokenize, type Token } from './tokens';

type VerbSlot = 'inf' | 'pres' | 'pret' | 'sup' | 'imp' | 'pinf' | 'ppres' | 'ppret' | 'psup';
type NounSlot = 'sg' | 'sgdef' | 'pl' | 'pldef' | 'gsg' | 'gsgdef' | 'gpl' | 'gpldef';
type AdjSlot = 'utr' | 'neu' | 'plur';
export type Slot = VerbSlot | NounSlot | AdjSlot | 'phrase';

export interface Rule {
  words: string[];
  to: string;
  slot: Slot;
  entry: PlainEntry;
  /** The plain verb has more words than the officialese one-word verb: a particle verb. */
  particle: boolean;
}

const VERB_SLOTS: VerbSlot[] = ['inf', 'pres', 'pret', 'sup', 'imp'];
const PASSIVE_SLOTS: VerbSlot[] = ['pinf', 'ppres', 'ppret', 'psup'];
const NOUN_SLOTS: NounSlot[] = ['sg', 'sgdef', 'pl', 'pldef'];
const ADJ_SLOTS: AdjSlot[] = ['utr', 'neu', 'plur'];
const FINITE: ReadonlySet<Slot> = new Set<Slot>(['pres', 'pret', 'ppres', 'ppret']);

function split(forms: string): string[] {
  return forms.split('|').map((f) => f.trim());
}

/** Adds "s" to the first word of a form ("lämnade in" → "lämnades in"). */
function onHead(form: string, change: (head: string) => string): string {
  const [head = '', ...tail] = form.split(' ');
  return [change(head), ...tail].join(' ');
}

/**
 * The passive (s-form) of "inf|pres|past|supine": anmoda → anmodas, anmodas, anmodades, anmodats;
 * ställa → ställas, ställs, ställdes, ställts; läsa → läses; bestämma → bestäms; ge → ges.
 */
export function passiveOf(active: readonly string[]): string[] {
  const [inf = '-', pres = '-', pret = '-', sup = '-'] = active;
  const head = (f: string) => f.split(' ')[0] ?? '';
  const pinf = inf === '-' ? '-' : onHead(inf, (h) => h + 's');
  let ppres = '-';
  if (pres !== '-') {
    const p = head(pres);
    const i = head(inf);
    ppres = onHead(pres, () => {
      if (i !== '-' && p === i + 'r') return i + 's';
      if (p.endsWith('er')) {
        const stem = p.slice(0, -2);
        if (stem.endsWith('s')) return stem + 'es';
        if (stem.endsWith('mm')) return stem.slice(0, -1) + 's';
        return stem + 's';
      }
      return p + 's';
    });
  }
  const ppret = pret === '-' ? '-' : onHead(pret, (h) => h + 's');
  const psup = sup === '-' ? '-' : onHead(sup, (h) => h + 's');
  return [pinf, ppres, ppret, psup];
}

function genitive(form: string): string {
  return /[sxz]$/.test(form) ? form : form + 's';
}

/** Every (form → plain form) rule of one entry. */
export function rulesOf(entry: PlainEntry): Rule[] {
  const pairs: Array<[string, string, Slot]> = [];
  if ('verb' in entry) {
    const from = split(entry.verb);
    const to = split(entry.to);
    VERB_SLOTS.forEach((slot, i) => pairs.push([from[i] ?? '-', to[i] ?? '-', slot]));
    if (entry.passive !== false) {
      const pf = entry.passive ? split(entry.passive.from) : passiveOf(from);
      const pt = entry.passive ? split(entry.passive.to) : passiveOf(to);
      PASSIVE_SLOTS.forEach((slot, i) => pairs.push([pf[i] ?? '-', pt[i] ?? '-', slot]));
    }
  } else if ('noun' in entry) {
    const from = split(entry.noun);
    const to = split(entry.to);
    NOUN_SLOTS.forEach((slot, i) => {
      const f = from[i] ?? '-';
      const t = to[i] ?? '-';
      pairs.push([f, t, slot]);
      if (f !== '-' && t !== '-') pairs.push([genitive(f), genitive(t), ('g' + slot) as NounSlot]);
    });
  } else if ('adj' in entry) {
    const from = split(entry.adj);
    const to = split(entry.to);
    ADJ_SLOTS.forEach((slot, i) => pairs.push([from[i] ?? '-', to[i] ?? '-', slot]));
  } else {
    for (const f of split(entry.phrase)) pairs.push([f, entry.to, 'phrase']);
  }
  const rules: Rule[] = [];
  for (const [f, t, slot] of pairs) {
    if (f === '-' || t === '-' || !f || !t || f === t) continue;
    const words = f.split(' ');
    const particle = 'verb' in entry && words.length === 1 && t.split(' ').length > 1;
    rules.push({ words, to: t, slot, entry, particle });
  }
  return rules;
}

/** Rules indexed by their first word. */
function buildIndex(entries: readonly PlainEntry[]): Map<string, Rule[]> {
  const index = new Map<string, Rule[]>();
  for (const entry of entries) {
    for (const rule of rulesOf(entry)) {
      const key = rule.words[0]!;
      const list = index.get(key) ?? [];
      list.push(rule);
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let defaultIndex: Map<string, Rule[]> | null = null;

export interface Replacement {
  from: string;
  to: string;
  slot: Slot;
}

export interface PlainResult {
  text: string;
  replacements: Replacement[];
}

interface Ctx {
  tokens: Token[];
  /** Index of the first word token of the sentence. */
  firstWord: number;
  question: boolean;
}

function prevWord(ctx: Ctx, i: number): Token | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = ctx.tokens[k]!;
    if (t.word) return t;
    return null; // punctuation between
  }
  return null;
}

/** The word before `i`, skipping sentence adverbs ("ska inte", "som också"). */
function prevSkippingAdverbs(ctx: Ctx, i: number): Token | null {
  let k = i;
  for (;;) {
    const p = prevWord(ctx, k);
    if (!p) return null;
    if (!SENTENCE_ADVERBS.has(p.lower)) return p;
    k = ctx.tokens.indexOf(p);
  }
}

/** Matches rule words at token i; returns the index after the match or -1. */
function matchAt(ctx: Ctx, i: number, rule: Rule): number {
  let k = i;
  for (let w = 0; w < rule.words.length; w++) {
    const t = ctx.tokens[k];
    if (!t || !t.word) return -1;
    if (w > 0 && !t.spaceBefore) return -1;
    const expected = rule.words[w]!;
    if (t.text !== expected && !(w === 0 && k === ctx.firstWord && t.text === capitalise(expected))) return -1;
    k++;
  }
  return k;
}

function entryAllows(ctx: Ctx, i: number, end: number, entry: PlainEntry): boolean {
  if (entry.midSentence && i === ctx.firstWord) return false;
  const before = prevWord(ctx, i);
  if (entry.notAfter && before && entry.notAfter.includes(before.lower)) return false;
  const after = ctx.tokens[end];
  if (entry.notBefore && after && entry.notBefore.includes(after.lower)) return false;
  if (entry.notBeforeClause && mainClauseAt(ctx.tokens, end) >= 0) return false;
  return true;
}

/** Chooses among rules that matched the same words in different slots. */
function choose(ctx: Ctx, i: number, rules: Rule[]): Rule | null {
  const distinct = new Set(rules.map((r) => r.to));
  if (distinct.size === 1) return rules[0]!;
  let left = rules;
  const slots = new Set(left.map((r) => r.slot));
  if (slots.has('imp')) {
    const imperative = i === ctx.firstWord && !ctx.question;
    left = imperative ? left.filter((r) => r.slot === 'imp') : left.filter((r) => r.slot !== 'imp');
  }
  const has = (s: Slot) => left.some((r) => r.slot === s);
  if ((has('inf') && has('pres')) || (has('pinf') && has('ppres'))) {
    const p = prevSkippingAdverbs(ctx, i);
    const infinitive = !!p && MODALS.has(p.lower);
    left = left.filter((r) =>
      infinitive ? r.slot !== 'pres' && r.slot !== 'ppres' : r.slot !== 'inf' && r.slot !== 'pinf',
    );
  }
  if (has('sg') && has('sgdef')) {
    const p = prevWord(ctx, i);
    const indefinite =
      !p || PREPOSITIONS.has(p.lower) || /^(en|ett|någon|något|ingen|inget|varje|annan|annat)$/.test(p.lower);
    if (!indefinite || i === ctx.firstWord) return null;
    left = left.filter((r) => r.slot !== 'sgdef');
  }
  return new Set(left.map((r) => r.to)).size === 1 ? left[0]! : null;
}

/** Is the subject of the finite verb at i known to stand before it (so a particle can follow the verb)? */
function subjectBefore(ctx: Ctx, i: number): boolean {
  const p = prevSkippingAdverbs(ctx, i);
  if (p && (SUBJECT_PRONOUNS.has(p.lower) || p.lower === 'som' || p.lower === 'det' || p.lower === 'den')) {
    // "det"/"den" right before a verb is its subject ("det kvarstår"), unless it ends a fronted phrase.
    if (p.lower !== 'det' && p.lower !== 'den') return true;
    return (
      ctx.tokens.indexOf(p) === ctx.firstWord ||
      /^(och|men|att|om|när|eftersom|så)$/.test(prevWord(ctx, ctx.tokens.indexOf(p))?.lower ?? '')
    );
  }
  // A plain subject first in the sentence: "Ansökan inlämnas ...", "Alla sökande inkommer ...".
  const words = ctx.tokens.slice(ctx.firstWord, i);
  if (words.length === 0 || words.length > 5 || words.some((t) => !t.word)) return false;
  const first = words[0]!.lower;
  if (FRONTING_ADVERBS.has(first) || PREPOSITIONS.has(first) || SUBORDINATORS.has(first)) return false;
  return !words.some((t) => PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || SENTENCE_ADVERBS.has(t.lower));
}

/**
 * Replaces officialese in one sentence. `text` should be a single sentence (its first word is taken as
 * sentence-initial); a longer text is handled, but only its first word counts as a sentence start.
 */
export function plainWords(text: string, entries?: readonly PlainEntry[]): PlainResult {
  const index = entries ? buildIndex(entries) : (defaultIndex ??= buildIndex(PLAIN_ENTRIES));
  const tokens = tokenize(text);
  let firstWord = tokens.findIndex((t) => t.word);
  if (firstWord < 0) return { text, replacements: [] };
  for (let k = 0; k < firstWord; k++) if (!OPENING_MARKS.test(tokens[k]!.text)) firstWord = -1;
  const ctx: Ctx = { tokens, firstWord, question: /\?["'”»)]*\s*$/.test(text) };
  // Never in a text written in capitals (an acronym-heavy heading): names and acronyms look alike.
  const out: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const candidates = index.get(t.lower);
    if (!candidates) continue;
    if (isCapitalised(t.text) && i !== firstWord) continue;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue;
    // Longest match first; rules of the same length are the same words in different slots.
    const matched: Rule[] = [];
    let end = -1;
    for (const rule of candidates) {
      if (matched.length && rule.words.length < matched[0]!.words.length) break;
      const e = matchAt(ctx, i, rule);
      if (e < 0 || !entryAllows(ctx, i, e, rule.entry)) continue;
      matched.push(rule);
      end = e;
    }
    if (!matched.length) continue;
    const rule = choose(ctx, i, matched);
    if (!rule) continue;
    // After "vara"/"bli" the form is a participle, not a supine ("intyget ska vara utfärdat"): the plain
    // verb's supine ("gett") would be wrong there, and its participle is not in the list.
    if (
      rule.slot === 'sup' &&
      /^(vara|är|var|varit|bli|blir|blev|blivit)$/.test(prevSkippingAdverbs(ctx, i)?.lower ?? '')
    )
      continue;
    let to = rule.to;
    let consumedTo = end;
    if (rule.particle && FINITE.has(rule.slot)) {
      const [head = '', ...tail] = to.split(' ');
      const next = tokens[end];
      const passive = rule.slot === 'ppres' || rule.slot === 'ppret';
      const subjectAfter =
        next && next.word && (SUBJECT_PRONOUNS.has(next.lower) || (passive && /^(det|den)$/.test(next.lower)));
      if (!subjectAfter && !subjectBefore(ctx, i)) continue;
      // The particle goes after an inverted subject pronoun and after sentence adverbs:
      // "inlämnar du inte" → "lämnar du inte in", "du inlämnar inte" → "du lämnar inte in".
      let k = subjectAfter ? end + 1 : end;
      while (tokens[k]?.word && SENTENCE_ADVERBS.has(tokens[k]!.lower) && tokens[k]!.spaceBefore) k++;
      if (k > end) {
        to = `${head} ${text.slice(tokens[end]!.start, tokens[k - 1]!.end)} ${tail.join(' ')}`;
        consumedTo = k;
      }
    } else if (rule.particle && rule.slot === 'imp' && i !== firstWord) continue;
    if (i === firstWord && isCapitalised(t.text)) to = capitalise(to);
    const last = tokens[consumedTo - 1]!;
    out.push(text.slice(cursor, t.start), to);
    replacements.push({ from: text.slice(t.start, last.end), to, slot: rule.slot });
    cursor = last.end;
    i = consumedTo - 1;
  }
  out.push(text.slice(cursor));
  return { text: out.join(''), replacements };
}

/** Every rule of the default list (for tests and counts). */
export function allRules(): Rule[] {
  return PLAIN_ENTRIES.flatMap(rulesOf);
}

export type { AdjEntry, NounEntry, PhraseEntry, PlainEntry, VerbEntry };
