/**
 * Active and direct:
 *
 * - A passive with a named agent becomes active, the agent first: "Beslut fattas av nämnden." →
 *   "Nämnden fattar beslut."; "Ansökan kan prövas av nämnden." → "Nämnden kan pröva ansökan.";
 *   in a relative clause "en norm som bestäms av regeringen varje år" → "en norm som regeringen
 *   bestämmer varje år". The active form must be in the lexicon (fattas → fattar, bestäms →
 *   bestämmer, ges → ger, gjordes → gjorde); deponent verbs ("finns", "hoppas") are not passives.
 * - The generic "man" as subject becomes the reader, "du", with its reflexives ("man måste anmäla
 *   sig" → "du måste anmäla dig", "sin/sitt/sina" → "din/ditt/dina").
 */

import { adverbsAt, lowerFirst, NO_NAMES, slice, subjectAt, type RuleContext, SENTENCE_END } from './clause';
import { isInfinitive } from './coordination';
import { MODALS, PREPOSITIONS, SENTENCE_ADVERBS, SUBORDINATORS, looksFinite } from './sv-words';
import { capitalise, isCapitalised, tokenize, type Token } from './tokens';

const DEPONENTS = new Set(
  'finns fanns hoppas hoppades lyckas lyckades trivs trivdes minns mindes syns syntes märks märktes låtsas andas svettas träffas träffades möts möttes ses sågs känns kändes verkar tycks behövs behövdes krävs krävdes'.split(
    ' ',
  ),
);

/** The active finite form of a finite s-passive, checked against the lexicon; null when unknown. */
export function activeOf(passive: string): string | null {
  if (!/s$/.test(passive) || DEPONENTS.has(passive) || passive.length < 3) return null;
  const base = passive.slice(0, -1);
  const candidates = [
    passive.endsWith('as') ? base.slice(0, -1) + 'ar' : '', // fattas → fattar
    /[aeiouyåäö]$/.test(base) ? base + 'r' : '', // ges → ger, nås → når
    base.endsWith('e') ? base : '', // skickades → skickade, gjordes → gjorde
    base + 'er', // läggs → lägger
    base.replace(/([bdfgklmnprstv])$/, '$1$1') + 'er', // bestäms → bestämmer
    base, // görs → gör, gavs → gav
  ];
  for (const c of candidates) if (c && c !== passive && looksFinite(c)) return c;
  return null;
}

/** The active infinitive of a passive infinitive after a modal ("prövas" → "pröva"). */
function activeInfinitive(passive: string): string | null {
  if (!/s$/.test(passive) || DEPONENTS.has(passive)) return null;
  const base = passive.slice(0, -1);
  return isInfinitive(base) ? base : null;
}

/** The agent after "av": up to three words that end at a definite noun, a name or a pronoun-like word. */
function agentAt(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 3; j++) {
    const t = tokens[j]!;
    if (!t.word || looksFinite(t.lower) || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower)) return -1;
    if (isCapitalised(t.text) || /^\p{L}{3,}(?:en|et|na|arna|erna|orna)$/u.test(t.lower)) {
      // A name may go on ("Region Halland", "Skatteverket").
      let e = j + 1;
      while (tokens[e]?.word && isCapitalised(tokens[e]!.text)) e++;
      return e;
    }
  }
  return -1;
}

/** Words from k to the sentence's end (at most four) that can be an agent: no verb, preposition or subordinator. */
function agentToEnd(tokens: readonly Token[], k: number, last: number): boolean {
  if (last - k < 1 || last - k > 4) return false;
  for (let j = k; j < last; j++) {
    const t = tokens[j]!;
    if (!t.word && t.text !== '-') return false;
    if (t.word && (looksFinite(t.lower) || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower))) return false;
  }
  return true;
}

/** "S [modal] V-s [X] av AGENT." → "AGENT [modal] V S [X]." */
export function passiveToActive(sentence: string, ctx: RuleContext = NO_NAMES): string | null {
  const text = sentence.trim();
  const tokens = tokenize(text);
  // In a relative clause: "som bestäms av regeringen varje år" → "som regeringen bestämmer varje år".
  for (let k = 0; k < tokens.length - 3; k++) {
    if (tokens[k]!.lower !== 'som' || tokens[k + 2]?.lower !== 'av') continue;
    const verb = tokens[k + 1]!;
    const active = verb.word ? activeOf(verb.lower) : null;
    if (!active) continue;
    const agentEnd = agentAt(tokens, k + 3);
    if (agentEnd < 0) continue;
    const agent = slice(text, tokens, k + 3, agentEnd);
    return text.slice(0, verb.start) + `${agent} ${active}` + text.slice(tokens[agentEnd - 1]!.end);
  }
  if (!SENTENCE_END.test(text) || tokens[0]?.word !== true) return null;
  const subjectEnd = subjectAt(tokens, 0);
  if (subjectEnd < 0) return null;
  // The verb, perhaps after a modal and sentence adverbs: "Ansökan (kan inte) prövas".
  const modal =
    tokens[subjectEnd]?.word && MODALS.has(tokens[subjectEnd]!.lower) && tokens[subjectEnd]!.lower !== 'att';
  const adverbFrom = modal ? subjectEnd + 1 : -1;
  const v = modal ? adverbsAt(tokens, adverbFrom) : subjectEnd;
  const verb = tokens[v];
  if (!verb?.word) return null;
  const active = modal ? activeInfinitive(verb.lower) : activeOf(verb.lower);
  if (!active) return null;
  // Sentence adverbs after a finite passive stay right after the active verb: "prövas sedan".
  const after = modal ? v + 1 : adverbsAt(tokens, v + 1);
  // "av" + agent, ending the sentence; nothing on the way may open another clause.
  const last = tokens.length - 1;
  let by = -1;
  for (let k = v + 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || (t.word && SUBORDINATORS.has(t.lower))) return null;
    if (t.lower === 'av') by = k;
  }
  if (by < 0 || !agentToEnd(tokens, by + 1, last)) return null;
  // "av" right after the verb (or its adverbs) names the agent; after a noun it means "of":
  // "redovisas med den skattepliktiga delen av beloppet".
  const beforeBy = tokens[by - 1]!;
  if (by - 1 !== v && !(beforeBy.word && SENTENCE_ADVERBS.has(beforeBy.lower))) return null;
  const agent = capitalise(slice(text, tokens, by + 1, last));
  const subject = lowerFirst(slice(text, tokens, 0, subjectEnd), ctx.isName(tokens[0]!.text));
  const middle = slice(text, tokens, after, by);
  const parts = modal
    ? [agent, tokens[subjectEnd]!.text, slice(text, tokens, adverbFrom, v), active, subject, middle]
    : [agent, active, slice(text, tokens, v + 1, after), subject, middle];
  return parts.filter(Boolean).join(' ') + text.slice(tokens[last]!.start);
}

const REFLEXIVE: Record<string, string> = { sig: 'dig', sin: 'din', sitt: 'ditt', sina: 'dina' };

/** Generic "man" as subject → "du", with its reflexives. */
export function manToDu(sentence: string): string | null {
  const tokens = tokenize(sentence);
  let changed = false;
  const out: string[] = [];
  let cursor = 0;
  let seen = false;
  tokens.forEach((t, i) => {
    if (!t.word) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Generic "man" says what anyone does now, and stands where a main clause's subject stands: first
    // ("Man ansöker ..."), right after the verb that follows a short opening ("Ansökan gör man ...",
    // "Första gången man söker ..."), or in a condition ("om man har ..."). Elsewhere, after "att",
    // "där" or a noun, "man" is usually the people just named ("beslutade att man förordar").
    const present = (w: Token | undefined) =>
      !!w?.word && looksFinite(w.lower) && /(?:r|kan|ska|måste|bör|får)$/.test(w.lower) && w.lower !== 'var';
    const first = tokens.findIndex((x) => x.word);
    const verbAfter =
      present(next) || (next?.word && /^(inte|också|även|ju|alltid|ofta)$/.test(next.lower) && present(tokens[i + 2]));
    const inverted = present(prev) && ((i - first <= 4 && !tokens.slice(first, i).some((x) => x.text === ',')) || seen);
    const opens = i === first || (prev?.word && /^(om|när|innan|eftersom|gången)$/.test(prev.lower));
    const subject = t.lower === 'man' && ((opens && verbAfter) || inverted);
    let to: string | null = null;
    if (subject) {
      to = t.text === 'Man' ? 'Du' : 'du';
      seen = true;
    } else if (seen && t.text === t.lower && Object.hasOwn(REFLEXIVE, t.lower)) {
      // Own keys only: the word "constructor" must not find Object.prototype's (Lättläst showed its source).
      to = REFLEXIVE[t.lower]!;
    }
    if (to === null) return;
    out.push(sentence.slice(cursor, t.start), to);
    cursor = t.end;
    changed = true;
  });
  if (!changed) return null;
  out.push(sentence.slice(cursor));
  return out.join('');
}
