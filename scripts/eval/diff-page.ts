/**
 * Debug aid: `tsx scripts/eval/diff-page.ts <readability-id | municipal-name>` prints the words we
 * miss and the words we add against the expected text, and the same for plain Readability.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokens } from './metrics';
import { expectedText, hasPageFile, READABILITY_DIR, READABILITY_URL, readPageFile } from './readability-pages';
import { municipalFixtures } from './municipal';
import { runPage } from './run-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const id = process.argv[2] ?? '';
const rdir = path.join(READABILITY_DIR, id);
let html: string;
let url: string;
let expected: string;
if (id && hasPageFile(rdir, 'source.html')) {
  html = readPageFile(rdir, 'source.html');
  url = READABILITY_URL;
  expected = await expectedText(rdir);
} else {
  const fx = municipalFixtures(path.join(ROOT, 'tests/fixtures/municipal')).find((f) => f.name === id);
  if (!fx) throw new Error(`no page ${id}`);
  html = fx.html;
  url = fx.spec.url;
  expected = fx.expected ?? '';
}
const run = await runPage(html, url, { steer: process.argv.includes('--steer') ? true : undefined });
const bagDiff = (a: string, b: string) => {
  const m = new Map<string, number>();
  for (const t of tokens(b)) m.set(t, (m.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of tokens(a)) {
    const n = m.get(t) ?? 0;
    if (n > 0) m.set(t, n - 1);
    else out.push(t);
  }
  return out;
};
console.log('signals:', run.detection.signals.join(', '));
console.log('title:', run.article?.title, '| published', run.article?.published, '| updated', run.article?.updated);
console.log('OURS extra  :', bagDiff(run.ours, expected).join(' '));
console.log('OURS missing:', bagDiff(expected, run.ours).join(' '));
console.log('PLAIN extra  :', bagDiff(run.plain, expected).join(' '));
console.log('PLAIN missing:', bagDiff(expected, run.plain).join(' '));
if (process.argv.includes('--text')) console.log('\n--- ours ---\n' + run.ours);
if (process.argv.includes('--plain')) console.log('\n--- plain ---\n' + run.plain);
