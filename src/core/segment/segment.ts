/**
 * Sentence boundaries in a block of text.
 *
 * Intl.Segmenter gives the first guess; it knows no abbreviations (ICU's suppression lists are not
 * on by default) so it breaks after "kl.", "t.ex." and initials. We gather every possible break — the
 * segmenter's and every run of . ! ? … followed by white space — and decide each one with rules that
 * look at the word before it and the word after it. The same rules run when the segmenter is missing,
 * so browsers without it get the same answers.
 */

import { abbreviationRole } from './abbreviations';
import { sentenceSegmenter } from './sentence-segmenter';

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Longer sentences are cut at a clause break. One utterance of a browser voice should stay short:
 * Chrome's online voices stop after about 15 s of one utterance, and Swedish voices say about 14
 * characters a second, so 180 characters (about 13 s) stays clear of it. A highlight that covers half
 * a page does not help the reader follow either.
 */
export const MAX_SENTENCE_CHARS = 180;

const TERMINATOR = /[.!?…]/;
/** Closing marks that may follow a terminator: `hit.”`, `(se bilaga.)`. Swedish opens quotes with ” too. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
/** Marks that may stand before the first word of a sentence. */
const OPENERS = new Set(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '(', '[', '{']);
const BULLET = /(?<=^|\s)[•▪◦‣●■]\s/gu;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Words that begin sentences and are never names. After an initial or an abbreviation that usually
 * introduces a name ("A. Lindgren", "t.ex. Umeå"), only one of these shows a new sentence
 * ("... i bilaga A. Där finns ...").
 */
const STARTERS = new Set(
  // Swedish
  (
    'Det Den De Dessa Detta Denna Där Här Då Nu Sedan Så Men Och Eller Om När Efter Innan Eftersom Därför ' +
    'Dessutom Även Också Vi Du Ni Jag Han Hon Man Hen Vår Vårt Våra Din Ditt Dina Er Ert Era Hennes ' +
    'Deras Alla Många Ingen Inget Inga Varje Vad Vem Var Vart Varför Hur Vilken Vilket Vilka Kontakta Ring ' +
    'Läs Skicka Fyll Välj Klicka Gå Tänk Observera Välkommen Tack Nästa På För Till Med Av Från Under Vid ' +
    'Enligt Mellan Ett En Mer Ja Nej Idag Just Redan ' +
    // English
    'The This That These Those It Its We You He She They In On At If When Then There Here Our Your Their ' +
    'His Her An For And But Or So As After Before Please Contact Read See Also Next Today'
  ).split(' '),
);

/**
 * ICU's sentence rules look far ahead past lower-case runs and slow down badly on very long texts
 * (seconds for 100 000 characters). Blocks are far shorter; past this the segmenter is skipped and
 * our own candidates, which already cover every break after . ! ? …, decide alone.
 */
const SEGMENTER_MAX_CHARS = 20_000;

function segmenterBreaks(text: string, lang: string): number[] {
  if (text.length > SEGMENTER_MAX_CHARS) return [];
  const segmenter = sentenceSegmenter(lang);
  if (!segmenter) return [];
  const breaks: number[] = [];
  for (const part of segmenter.segment(text)) if (part.index > 0) breaks.push(part.index);
  return breaks;
}

/** Moves a break back over white space so it sits right after the last mark of the sentence. */
function backOverSpace(text: string, i: number): number {
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return i;
}

/** The first word after a break, past white space and opening quotes/brackets. */
function nextWord(text: string, end: number): string {
  let i = skipSpace(text, end);
  while (i < text.length && OPENERS.has(text[i] ?? '')) i++;
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : text.slice(i, i + 1);
}

/** Start of the white-space-delimited token that ends at `end` (exclusive). */
function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}

function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && OPENERS.has(token[i] ?? '')) i++;
  return token.slice(i);
}

/**
 * The abbreviation role of the token ending with the dot at `dot`, also for forms written with
 * spaces ("t. ex.", "bl. a.", "fr. o. m."): up to three short dotted tokens before it are joined.
 */
function roleBefore(text: string, dot: number, lang: string): ReturnType<typeof abbreviationRole> {
  let start = tokenStart(text, dot + 1);
  let joined = stripOpeners(text.slice(start, dot + 1));
  let role = abbreviationRole(joined, lang);
  for (let n = 0; n < 3 && role === null; n++) {
    const prevEnd = backOverSpace(text, start);
    if (prevEnd === 0 || prevEnd === start) break;
    const prevStart = tokenStart(text, prevEnd);
    const prev = stripOpeners(text.slice(prevStart, prevEnd));
    if (!/^\p{L}{1,3}\.$/u.test(prev)) break;
    joined = prev + joined;
    start = prevStart;
    role = abbreviationRole(joined, lang);
  }
  return role;
}

/**
 * Decides whether the text breaks into two sentences at `end` (just after a terminator and any
 * closing marks). `sentenceStart` is where the current sentence began.
 */
function isBoundary(text: string, end: number, sentenceStart: number, lang: string): boolean {
  let k = end;
  while (k > sentenceStart && CLOSERS.has(text[k - 1] ?? '')) k--;
  let t0 = k;
  while (t0 > sentenceStart && TERMINATOR.test(text[t0 - 1] ?? '')) t0--;
  const cluster = text.slice(t0, k);
  const closed = k < end;

  const after = skipSpace(text, end);
  if (after >= text.length) return false;
  // No terminator: the segmenter broke at a line or paragraph separator, which always ends a sentence.
  if (cluster === '') return true;
  let first = after;
  while (first < text.length && OPENERS.has(text[first] ?? '')) first++;
  const c = text[first] ?? '';
  // Swedish and English sentences start with a capital: a lower-case word continues the sentence
  // ("Vad? sa han.", "den 5. mars", "www.umea.se. och").
  if (LOWER.test(c)) return false;
  if (/[?!]/.test(cluster)) return true;

  if (cluster.length > 1 || cluster === '…') {
    // Ellipsis: "[…]" and "(…)" mark omitted text; otherwise only a capital starts a new sentence.
    const before = text[t0 - 1] ?? '';
    if ((before === '[' || before === '(') && closed) return false;
    return UPPER.test(c);
  }

  // A single dot.
  if (closed) return true; // "(se bilaga.) Nästa", "”Kom hit.” Sedan"
  const dot = t0;
  const tStart = tokenStart(text, dot + 1);
  const token = stripOpeners(text.slice(tStart, dot + 1));
  const starter = STARTERS.has(nextWord(text, end));

  // Initials: "A. Lindgren", "C.G. Jung".
  if (/^(\p{Lu}\.)+$/u.test(token)) return starter;

  const role = roleBefore(text, dot, lang);
  if (role === 'leading') return starter;
  if (role === 'any') return UPPER.test(c);

  // A list number at the start of the sentence: "1. Fyll i blanketten."
  if (/^\d+\.$/.test(token) && skipSpace(text, sentenceStart) >= tStart) return false;
  return true;
}

/** Where an over-long sentence may be cut, best first: after ; or :, before a dash, after a comma, at a space. */
const CUTS: Array<[RegExp, number]> = [
  [/[;:](?=\s)/g, 1],
  [/\s[–—-](?=\s)/g, 0],
  [/,(?=\s)/g, 1],
  [/\s/g, 0],
];

/** Cuts an over-long range at the best clause break before the limit. Every pass moves forward. */
function splitLong(text: string, start: number, end: number, out: SentenceRange[], max: number): void {
  start = skipSpace(text, start);
  while (end - start > max) {
    const window = text.slice(start, start + max);
    const min = Math.floor(max / 3);
    let cut = -1;
    for (const [pattern, offset] of CUTS) {
      for (const m of window.matchAll(pattern)) if (m.index + offset >= min) cut = m.index + offset;
      if (cut > 0) break;
    }
    if (cut <= 0) {
      cut = max;
      // Do not cut a surrogate pair in two.
      if (/[\uDC00-\uDFFF]/.test(text[start + cut] ?? '')) cut--;
    }
    pushTrimmed(text, start, start + cut, out);
    start = skipSpace(text, start + cut);
  }
  pushTrimmed(text, start, end, out);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  start = skipSpace(text, start);
  end = backOverSpace(text, end);
  if (end > start) out.push({ start, end });
}

/**
 * Splits `text` into sentences. Returns UTF-16 offsets into `text`, in order, each trimmed of white
 * space and never empty. `lang` is a BCP 47 tag ("sv", "sv-SE", "en"). `maxChars` cuts over-long
 * sentences for speech (MAX_SENTENCE_CHARS by default); Infinity gives the sentences as written,
 * which is what LIX and Lättläst count.
 */
export function segmentSentences(text: string, lang: string, maxChars = MAX_SENTENCE_CHARS): SentenceRange[] {
  const candidates = new Set<number>();
  for (const b of segmenterBreaks(text, lang)) candidates.add(backOverSpace(text, b));
  for (const m of text.matchAll(/[.!?…]+["'”’»›)\]}]*(?=\s)/gu)) candidates.add(m.index + m[0].length);
  const hard = new Set<number>();
  // Line and paragraph separators end sentences, as in the segmenter (and without it).
  for (const m of text.matchAll(/[\n\r\u0085\u2028\u2029]/g)) hard.add(backOverSpace(text, m.index));
  for (const m of text.matchAll(BULLET)) {
    const at = backOverSpace(text, m.index);
    if (at > 0) hard.add(at);
  }

  const ends = [...new Set([...candidates, ...hard])].filter((e) => e > 0 && e < text.length).sort((a, b) => a - b);
  const ranges: SentenceRange[] = [];
  let sentenceStart = 0;
  for (const end of ends) {
    if (end <= sentenceStart) continue;
    if (!hard.has(end) && !isBoundary(text, end, sentenceStart, lang)) continue;
    splitLong(text, sentenceStart, end, ranges, maxChars);
    sentenceStart = end;
  }
  splitLong(text, sentenceStart, text.length, ranges, maxChars);
  return ranges;
}
