/**
 * "Det viktigaste": the article's three most central whole sentences, for the top of the Lättläst view.
 *
 * Extractive and offline: each sentence is scored by how much of the article's own vocabulary it
 * carries (cosine between the sentence's content words and the article's word counts, words cut to
 * a crude stem), with a bonus for words of the title, for the first sentences (municipal pages put
 * the point first), and for concrete facts (numbers, dates, amounts). Sentences that lean on the one
 * before ("Den ...", "Det beror på att ...", "Men ..."), questions, very short or very long ones and
 * "Publicerad/Senast uppdaterad" lines are not candidates. The best are picked greedily, leaving out
 * any that repeat one already picked and any off the topic (no word shared with the rest of the
 * article, or under 40 % of the best score), and returned in the article's order.
 */

import type { Article } from '../model';
import { sentenceTexts } from './lix';
import { isWholeSentence } from './whole';

export interface KeyPointOptions {
  /** At most this many; by default three (one for every three sentences in a shorter text). */
  max?: number;
  /** The sentences of a block's text (the caller's, when it has them already). */
  sentencesOf?: (text: string, lang: string) => readonly string[];
}

/**
 * Only this many sentences from the start are weighed: public pages put the point first, and a
 * page of hundreds of thousands of words must not hold the tab while every sentence is scored.
 */
export const KEY_POINT_SENTENCES = 1500;

const STOPWORDS = new Set(
  (
    'och i att det som en på är av för med till den har de inte om ett han hon men var sig så kan du jag vi ni ' +
    'man eller när från även också här där då ska skall vill får måste bör kommer blir blev vara varit hade ' +
    'finns fanns detta denna dessa din ditt dina vår vårt våra er ert era sin sitt sina hans hennes deras ' +
    'alla många mer mest flera några inga ingen inget varje vid under över efter före mellan hur vad vilken ' +
    'vilket vilka dig oss dem honom henne mig sedan nu bara redan mycket andra annan annat samma än ju nog ' +
    'kr kl ca t ex bl a cirka'
  ).split(' '),
);

const ANAPHORIC =
  /^(?:Den|De|Dessa|Denna|Detta|Där|Då|Men|Så|Sedan|Därefter|Dessutom|Han|Hon|Hen|Det (?:beror|innebär|betyder|gäller också))\b/u;
const METADATA =
  /^(?:Publicerad|Senast|Uppdaterad|Sidan (?:uppdaterades|publicerades)|Granskad|Kontakta|Dela|Skriv ut)\b/iu;

function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  const m =
    /^(.{4,}?)(?:arnas|ernas|ornas|arna|erna|orna|ande|ende|heten|ning|ingen|ningen|ens|ets|ar|er|or|en|et|na|a|s|t|n)$/u.exec(
      w,
    );
  return (m?.[1] ?? w).slice(0, 8);
}

function contentStems(text: string): string[] {
  return (text.match(/\p{L}[\p{L}-]*/gu) ?? [])
    .filter((w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase()))
    .map(stem);
}

interface Candidate {
  text: string;
  order: number;
  stems: Set<string>;
  score: number;
}

/** Key points of an article (works best on the simplified one: short sentences read well alone). */
export function keyPoints(article: Pick<Article, 'blocks' | 'title'>, options: KeyPointOptions = {}): string[] {
  const sentences: Array<{ text: string; order: number }> = [];
  const split = options.sentencesOf ?? sentenceTexts;
  for (const block of article.blocks) {
    if (sentences.length >= KEY_POINT_SENTENCES) break;
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    if (!/^sv\b/i.test(block.lang)) continue;
    for (const text of split(block.text, block.lang)) sentences.push({ text, order: sentences.length });
  }
  if (sentences.length === 0) return [];
  const max = options.max ?? Math.min(3, Math.max(1, Math.round(sentences.length / 3)));

  const docCounts = new Map<string, number>();
  for (const s of sentences)
    for (const st of new Set(contentStems(s.text))) docCounts.set(st, (docCounts.get(st) ?? 0) + 1);
  const docNorm = Math.sqrt([...docCounts.values()].reduce((a, c) => a + c * c, 0)) || 1;
  const title = new Set(contentStems(article.title));

  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const words = s.text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 5 || words.length > 30) continue;
    // Whole sentences only: a fact-box line or a lead-in to a list ("... kräver bygglov:") does not stand alone.
    if (!/[.!]["'”’»)]*$/u.test(s.text) || ANAPHORIC.test(s.text) || METADATA.test(s.text)) continue;
    // Never a fragment: a capital first, a finite verb, a full stop (./whole.ts).
    if (!isWholeSentence(s.text)) continue;
    const stems = new Set(contentStems(s.text));
    if (stems.size < 2) continue;
    let dot = 0;
    for (const st of stems) dot += docCounts.get(st) ?? 0;
    const centrality = dot / (Math.sqrt(stems.size) * docNorm);
    const titleShare = title.size ? [...stems].filter((st) => title.has(st)).length / title.size : 0;
    const position = 0.15 / (1 + s.order / 2);
    const facts = /\d/.test(s.text) ? 0.05 : 0;
    candidates.push({ text: s.text, order: s.order, stems, score: centrality + 0.25 * titleShare + position + facts });
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = candidates[0]?.score ?? 0;
  const onTopic = (c: Candidate) => [...c.stems].some((st) => (docCounts.get(st) ?? 0) > 1 || title.has(st));
  // In a short article where no sentence shares a word with another, topic says nothing.
  const topical = candidates.some(onTopic);
  const picked: Candidate[] = [];
  for (const c of candidates) {
    if (picked.length >= max) break;
    // Off the article's topic: shares no word with the rest of it, or scores far below the best.
    if ((topical && !onTopic(c)) || c.score < 0.4 * best) continue;
    const repeats = picked.some((p) => {
      const shared = [...c.stems].filter((st) => p.stems.has(st)).length;
      return shared / Math.min(c.stems.size, p.stems.size) > 0.6;
    });
    if (!repeats) picked.push(c);
  }
  return picked.sort((a, b) => a.order - b.order).map((c) => c.text);
}
