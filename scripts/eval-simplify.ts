/**
 * `npm run eval:simplify`: Lättläst measured on real text (tests/fixtures/lattlast/texts: unedited
 * Swedish kommun, region and agency pages, each with its URL). The corpus is split by host; the
 * held-back texts are only scored, and their figures are the ones of record.
 *
 * Per text (with its URL) and per side: LIX before and after, the median sentence length of the
 * simplified prose, how many of its sentences are not whole (no capital or digit first, no full
 * stop, or no finite verb), and whether every number, date, amount, name and negation is kept.
 * Exits 1 when the held-back side misses a bar, 2 when the corpus is missing.
 *
 *   npm run eval:simplify [-- --verbose] [-- --without <rule>]   (a rule family off, for its share)
 */

import { checkMeaningKept, simplifyArticle, articleText } from '../src/core/simplify';
import { evaluateText, summarise, type TextScore } from './eval/simplify-metrics';
import { loadRealTexts } from '../tests/unit/simplify/real-texts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const without = args.includes('--without') ? args[args.indexOf('--without') + 1] : undefined;

const texts = loadRealTexts();
if (texts.length === 0) {
  console.error('eval:simplify: no texts in tests/fixtures/lattlast/texts (the real-text corpus is missing)');
  process.exit(2);
}

const scores: TextScore[] = [];
for (const t of texts) {
  const score = evaluateText(t, without ? { without: [without] } : {});
  scores.push(score);
  // Held-back texts are only scored: their text is never printed while rules are written.
  if (verbose && t.side === 'dev') {
    const result = simplifyArticle(t.article, without ? { without: [without] } : {});
    const check = checkMeaningKept(articleText(t.article), articleText(result.article));
    console.log(`\n── ${t.file} (${t.side})\n${articleText(result.article)}`);
    console.log(`Det viktigaste: ${result.keyPoints.join(' | ')}`);
    if (!check.kept) console.log(`MISSING: ${check.missing.map((m) => m.text).join(', ')}`);
    for (const f of score.fragments) console.log(`NOT WHOLE (${f.why}): ${f.sentence}`);
  }
}

const line = (s: TextScore) =>
  `${s.side === 'held' ? 'H' : 'd'} LIX ${s.lixBefore.toFixed(1).padStart(5)} → ${s.lixAfter
    .toFixed(1)
    .padStart(5)}  median ${String(s.medianAfter).padStart(2)}  not whole ${s.fragments.length}  ${
    s.kept ? 'kept' : 'LOST ' + s.missing.join(', ')
  }  ${s.url}`;
for (const s of scores) console.log(line(s));
console.log('');

const held = summarise(scores.filter((s) => s.side === 'held'));
const dev = summarise(scores.filter((s) => s.side === 'dev'));
const hosts = (side: string) => new Set(scores.filter((s) => s.side === side).map((s) => s.host)).size;
console.log('                         held back (of record)   development');
console.log(`texts (hosts)            ${`${held.n} (${hosts('held')})`.padEnd(24)}${dev.n} (${hosts('dev')})`);
const row = (label: string, h: string, d: string) => console.log(`${label.padEnd(25)}${h.padEnd(24)}${d}`);
row(
  'mean LIX before → after',
  `${held.lixBefore.toFixed(1)} → ${held.lixAfter.toFixed(1)}`,
  `${dev.lixBefore.toFixed(1)} → ${dev.lixAfter.toFixed(1)}`,
);
row('mean LIX drop', held.drop.toFixed(1), dev.drop.toFixed(1));
row('median sentence, words', `${held.medianBefore} → ${held.medianAfter}`, `${dev.medianBefore} → ${dev.medianAfter}`);
row('sentences not whole', `${held.fragments} of ${held.sentences}`, `${dev.fragments} of ${dev.sentences}`);
row('meaning kept', `${held.kept} of ${held.n}`, `${dev.kept} of ${dev.n}`);
row('words replaced, splits', `${held.replacements}, ${held.splits}`, `${dev.replacements}, ${dev.splits}`);
if (without) console.log(`(rule family "${without}" turned off)`);

const misses: string[] = [];
if (held.drop < 10) misses.push(`mean LIX drop ${held.drop.toFixed(1)} < 10`);
if (held.medianAfter > 12) misses.push(`median sentence ${held.medianAfter} > 12 words`);
if (held.fragments > 0) misses.push(`${held.fragments} sentences not whole`);
if (held.kept < held.n) misses.push(`meaning lost on ${held.n - held.kept} texts`);
console.log(misses.length ? `held-back bars NOT met: ${misses.join('; ')}` : 'held-back bars met');
process.exit(misses.length ? 1 : 0);
