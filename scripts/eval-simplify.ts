/**
 * `npm run eval:simplify`: Lättläst over the municipal corpus (tests/fixtures/municipal, every page with
 * an article; the sample pages when the corpus is missing). Prints, per page and overall, LIX before
 * and after (Swedish blocks; a page without Swedish text is listed, not measured), the pooled words
 * per sentence and share of long words that make it up, the share of sentences over 20 words before
 * and after, and the meaning-kept property (every number, date, amount, percentage and name still
 * there). Exits 1 when the bar is missed:
 * mean LIX at least 10 points lower, meaning kept on every page.
 *
 *   npm run eval:simplify [-- --samples | --all] [-- --verbose]
 */

import { loadCorpus } from '../tests/unit/simplify/corpus';
import { articleText, checkMeaningKept, simplifyArticle } from '../src/core/simplify';
import { isSwedish } from '../src/core/simplify/simplify';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.includes('--samples') ? 'samples' : args.includes('--all') ? 'all' : 'municipal';

let pages = loadCorpus(which);
if (which === 'municipal' && pages.length === 0) {
  console.log('tests/fixtures/municipal has no pages: using the sample pages');
  pages = loadCorpus('samples');
}

const rows: string[] = [];
let n = 0;
let lixBefore = 0;
let lixAfter = 0;
let sentencesBefore = 0;
let sentencesAfter = 0;
let longBefore = 0;
let longAfter = 0;
// Pooled counts, to show what the mean LIX is made of: sentence length and the share of long words.
const pooled = { before: { words: 0, sentences: 0, long: 0 }, after: { words: 0, sentences: 0, long: 0 } };
let kept = 0;
let replacements = 0;
let splits = 0;
const failures: string[] = [];
const notSwedish: string[] = [];

for (const page of pages) {
  if (!page.article) continue;
  // Lättläst is for Swedish text: a page with no Swedish block is listed, not measured.
  if (!page.article.blocks.some((b) => isSwedish(b.lang))) {
    notSwedish.push(page.file);
    continue;
  }
  const result = simplifyArticle(page.article);
  const check = checkMeaningKept(articleText(page.article), articleText(result.article));
  n++;
  lixBefore += result.lix.before.value;
  lixAfter += result.lix.after.value;
  sentencesBefore += result.stats.sentencesBefore;
  sentencesAfter += result.stats.sentencesAfter;
  longBefore += result.stats.longBefore;
  longAfter += result.stats.longAfter;
  for (const when of ['before', 'after'] as const) {
    pooled[when].words += result.lix[when].words;
    pooled[when].sentences += result.lix[when].sentences;
    pooled[when].long += result.lix[when].longWords;
  }
  replacements += result.stats.replacements;
  splits += result.stats.splits;
  if (check.kept) kept++;
  else failures.push(`${page.file}: missing ${check.missing.map((m) => `${m.kind} "${m.text}"`).join(', ')}`);
  rows.push(
    `${page.file.padEnd(62)} LIX ${result.lix.before.value.toFixed(1).padStart(5)} → ${result.lix.after.value
      .toFixed(1)
      .padStart(
        5,
      )}  >20 words ${String(result.stats.longBefore).padStart(3)} → ${String(result.stats.longAfter).padStart(3)}  ${check.kept ? 'kept' : 'LOST'}`,
  );
  if (verbose) {
    console.log(`\n── ${page.file}\n${articleText(result.article)}\nKey points: ${result.keyPoints.join(' | ')}`);
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';
console.log(rows.join('\n'));
console.log('');
if (n === 0) {
  console.log('no page with an article');
  process.exit(1);
}
const meanBefore = lixBefore / n;
const meanAfter = lixAfter / n;
console.log(`pages with a Swedish article: ${n} (of ${pages.length})`);
if (notSwedish.length) console.log(`not measured, no Swedish text: ${notSwedish.join(', ')}`);
console.log(`mean LIX: ${meanBefore.toFixed(1)} → ${meanAfter.toFixed(1)} (${(meanAfter - meanBefore).toFixed(1)})`);
const wps = (p: typeof pooled.before) => (p.words / p.sentences).toFixed(2);
console.log(`words per sentence (all pages): ${wps(pooled.before)} → ${wps(pooled.after)}`);
console.log(
  `long words (> 6 letters): ${pct(pooled.before.long, pooled.before.words)} (${pooled.before.long}/${pooled.before.words}) → ${pct(pooled.after.long, pooled.after.words)} (${pooled.after.long}/${pooled.after.words})`,
);
console.log(
  `sentences over 20 words: ${pct(longBefore, sentencesBefore)} (${longBefore}/${sentencesBefore}) → ${pct(longAfter, sentencesAfter)} (${longAfter}/${sentencesAfter})`,
);
console.log(`words replaced: ${replacements}, sentences split: ${splits}`);
console.log(`meaning kept: ${pct(kept, n)} (${kept}/${n})`);
for (const f of failures) console.log('  ' + f);
const bar = meanBefore - meanAfter >= 10 && kept === n;
console.log(bar ? 'bar met' : 'bar NOT met (mean LIX at least 10 lower, meaning kept on every page)');
process.exit(bar ? 0 : 1);
