/**
 * Writes the figures part of docs/lattlast.md from the real-text corpus: the bars on both sides of
 * the split, each rule family's share of the LIX drop (the drop with every rule, less the drop with
 * that family turned off), what the drop is made of, and ten before/after pairs drawn from the
 * held-back texts by a stated seed. The prose around it is kept: only the part between the
 * "figures" markers is replaced.
 *
 *   npx tsx scripts/lattlast-doc.ts          write docs/lattlast.md
 */

import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { join } from 'node:path';
import { contextOf, RULE_FAMILIES, simplifyArticle, simplifySentence, articleText } from '../src/core/simplify';
import { lixWords } from '../src/core/simplify/lix';
import { evaluateText, proseSentences, summarise, type SideSummary } from './eval/simplify-metrics';
import { loadRealTexts } from '../tests/unit/simplify/real-texts';
import { ROOT } from '../tests/unit/simplify/corpus';

const SEED = 20261206;
const DOC = join(ROOT, 'docs/lattlast.md');
const START = '<!-- figures: written by scripts/lattlast-doc.ts -->';
const END = '<!-- end of figures -->';

const texts = loadRealTexts();
if (texts.length === 0) {
  console.error('lattlast-doc: no texts in tests/fixtures/lattlast/texts');
  process.exit(2);
}

function sides(without?: string): { held: SideSummary; dev: SideSummary } {
  const scores = texts.map((t) => evaluateText(t, without ? { without: [without] } : {}));
  return {
    held: summarise(scores.filter((s) => s.side === 'held')),
    dev: summarise(scores.filter((s) => s.side === 'dev')),
  };
}

/** Pooled words per sentence and share of long words, before and after, on one side. */
function composition(side: 'held' | 'dev') {
  const pool = { before: { w: 0, s: 0, l: 0 }, after: { w: 0, s: 0, l: 0 } };
  for (const t of texts.filter((x) => x.side === side)) {
    const r = simplifyArticle(t.article);
    pool.before.w += r.lix.before.words;
    pool.before.s += r.lix.before.sentences;
    pool.before.l += r.lix.before.longWords;
    pool.after.w += r.lix.after.words;
    pool.after.s += r.lix.after.sentences;
    pool.after.l += r.lix.after.longWords;
  }
  return pool;
}

/** mulberry32: a small seeded generator, so anyone can draw the same pairs again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const all = sides();
const lines: string[] = [START, ''];
const f = (n: number) => n.toFixed(1);
lines.push('## Figures', '');
lines.push(`Measured on ${texts.length} real texts, ${all.held.n} of them held back (\`npm run eval:simplify\`).`, '');
lines.push('| | held back (of record) | development | bar |', '|---|---|---|---|');
lines.push(`| texts | ${all.held.n} | ${all.dev.n} | |`);
lines.push(
  `| mean LIX before → after | ${f(all.held.lixBefore)} → ${f(all.held.lixAfter)} | ${f(all.dev.lixBefore)} → ${f(all.dev.lixAfter)} | |`,
);
lines.push(`| mean LIX drop | **${f(all.held.drop)}** | ${f(all.dev.drop)} | at least 10 |`);
lines.push(
  `| median sentence, words | ${all.held.medianBefore} → **${all.held.medianAfter}** | ${all.dev.medianBefore} → ${all.dev.medianAfter} | 12 or less |`,
);
lines.push(
  `| sentences not whole | **${all.held.fragments}** of ${all.held.sentences} | ${all.dev.fragments} of ${all.dev.sentences} | 0 |`,
);
lines.push(`| meaning kept | **${all.held.kept} of ${all.held.n}** | ${all.dev.kept} of ${all.dev.n} | all |`);
lines.push('');

lines.push('### What the drop is made of', '');
lines.push('LIX is words per sentence plus the percentage of long words. Pooled over each side:', '');
lines.push('| | words per sentence | long words |', '|---|---|---|');
for (const side of ['held', 'dev'] as const) {
  const c = composition(side);
  lines.push(
    `| ${side === 'held' ? 'held back' : 'development'} | ${f(c.before.w / c.before.s)} → ${f(c.after.w / c.after.s)} | ${f((100 * c.before.l) / c.before.w)} % → ${f((100 * c.after.l) / c.after.w)} % |`,
  );
}
lines.push('');

lines.push("### Each rule family's share of the drop", '');
lines.push(
  'The drop with every rule, less the drop with one family turned off (`npm run eval:simplify -- --without <family>`).',
  '',
);
lines.push('| family | held back | development |', '|---|---|---|');
for (const family of RULE_FAMILIES) {
  const off = sides(family);
  const share = (a: SideSummary, b: SideSummary) =>
    `${f(a.drop - b.drop)} (${a.drop ? Math.round((100 * (a.drop - b.drop)) / a.drop) : 0} %)`;
  lines.push(`| ${family} | ${share(all.held, off.held)} | ${share(all.dev, off.dev)} |`);
}
lines.push('');

lines.push(`### Ten before/after pairs from the held-back texts (seed ${SEED})`, '');
lines.push(
  'Drawn by mulberry32 with the seed above from every prose sentence of eight words or more in the held-back texts, in file order; unchanged sentences are drawn too.',
  '',
);
const pool: Array<{ url: string; sentence: string; ctx: ReturnType<typeof contextOf> }> = [];
for (const t of texts.filter((x) => x.side === 'held')) {
  const ctx = contextOf(articleText(t.article));
  for (const { text } of proseSentences(t.article))
    if (lixWords(text).length >= 8) pool.push({ url: t.url, sentence: text, ctx });
}
const next = random(SEED);
const picked = new Set<number>();
while (picked.size < Math.min(10, pool.length)) picked.add(Math.floor(next() * pool.length));
let n = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const p = pool[i]!;
  const after = simplifySentence(p.sentence, {}, p.ctx).lines;
  n++;
  lines.push(`${n}. <${p.url}>`, '', `   > ${p.sentence}`, '');
  lines.push(...after.map((l) => `   - ${l.replace(/^\u2022 /, '• ')}`), '');
}
lines.push(END);

const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < 0) {
  console.error('lattlast-doc: docs/lattlast.md has no figures markers');
  process.exit(1);
}
// Formatted as `npm run lint` expects it.
const text = await prettier.format(doc.slice(0, from) + lines.join('\n') + doc.slice(to + END.length), {
  ...(await prettier.resolveConfig(DOC)),
  filepath: DOC,
});
writeFileSync(DOC, text);
console.log(`docs/lattlast.md: figures written (held-back drop ${f(all.held.drop)}, median ${all.held.medianAfter})`);
