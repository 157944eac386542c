/**
 * `npm run eval:extract`: how right extraction is, measured. For the municipal corpus
 * (tests/fixtures/municipal/) and for Readability's own test pages, per page and on average: token
 * precision, recall and F1 of our text and of plain Readability's against the expected text, plus the
 * corpus's own checks (detection, title, dates, text that must and must not be read, boilerplate).
 *
 *   npm run eval:extract [-- --only municipal|readability] [--verbose] [--json out.json]
 *
 * Exits 1 when a bar is missed: municipal average F1 < 0.97, any boilerplate string left, any failed
 * check, any Readability page more than 0.01 F1 below plain Readability, or a Readability page
 * detected as public sector. Exits 2 when a corpus it is asked to read is missing.
 *
 * Both corpora are in the repository: tests/fixtures/municipal/ and tests/fixtures/readability/ (a
 * gzip-compressed copy of Readability's test pages). The per-page checks of the municipal corpus also
 * run in `npm test` (tests/pages/municipal-pages.test.ts); this script adds the figures.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mean, type Scores } from './eval/metrics';
import { evalMunicipalPage, municipalFixtures, type MunicipalResult } from './eval/municipal';
import {
  evalReadabilityPage,
  READABILITY_DIR,
  readabilityPageIds,
  type ReadabilityResult,
} from './eval/readability-pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MUNICIPAL_DIR = path.join(ROOT, 'tests/fixtures/municipal');

const BARS = { municipalF1: 0.97, readabilityDelta: -0.01 };

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const filter = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
/** --steer: run Readability's pages with the public-sector rules forced on (a robustness check, no bar). */
const steer = args.includes('--steer') ? true : undefined;

const f = (n: number) => n.toFixed(3);
const row = (s: Scores) => `${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`;
const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

const failures: string[] = [];
const report: Record<string, unknown> = {};

/** A corpus with no pages: say which and where, and exit 2 (as eval:simplify does). */
function missing(corpus: string, dir: string): never {
  const where = path.relative(ROOT, dir) || dir;
  console.error(`eval:extract: no pages in ${where} (the ${corpus} ${existsSync(dir) ? 'is empty' : 'is missing'})`);
  process.exit(2);
}

const municipalAll = only === 'readability' ? [] : municipalFixtures(MUNICIPAL_DIR);
const readabilityAll = only === 'municipal' ? [] : readabilityPageIds(READABILITY_DIR);
if (only !== 'readability' && municipalAll.length === 0) missing('municipal corpus', MUNICIPAL_DIR);
if (only !== 'municipal' && readabilityAll.length === 0) missing("corpus of Readability's test pages", READABILITY_DIR);

if (only !== 'readability') {
  const fixtures = municipalAll.filter((fx) => !filter || fx.name.includes(filter));
  const results: MunicipalResult[] = [];
  for (const fx of fixtures) results.push(await evalMunicipalPage(fx));
  console.log(`\nMunicipal corpus (${results.length} pages, tests/fixtures/municipal/)`);
  console.log(`${pad('page', 44)} ${pad('kind', 9)} ours P    R     F1    | plain P  R     F1    | checks`);
  for (const r of results) {
    const scores = r.ours
      ? `${row(r.ours)} | ${row(r.plain!)}`
      : `${pad('(not an article page)', 17)}     | ${pad('', 17)}`;
    console.log(
      `${pad(r.name, 44)} ${pad(r.type, 9)} ${scores} | ${r.problems.length ? r.problems.length + ' FAILED' : 'ok'}`,
    );
    if (r.problems.length || verbose) for (const p of r.problems) console.log(`      - ${p}`);
    for (const p of r.problems) failures.push(`${r.name}: ${p}`);
  }
  const summarise = (label: string, set: MunicipalResult[]) => {
    const scored = set.filter((r) => r.ours);
    if (!scored.length) return null;
    const ours = mean(scored.map((r) => r.ours!));
    const plain = mean(scored.map((r) => r.plain!));
    console.log(`${pad(`average, ${label} (${scored.length} article pages)`, 54)} ${row(ours)} | ${row(plain)}`);
    return { pages: scored.length, ours, plain };
  };
  const all = summarise('all', results);
  const groups: Record<string, unknown> = {};
  for (const group of [...new Set(results.map((r) => r.group))])
    groups[group] = summarise(
      group,
      results.filter((r) => r.group === group),
    );
  const boilerplateLeft = results.reduce((n, r) => n + r.boilerplate.length, 0);
  const checks = results.reduce((n, r) => n + r.checks, 0);
  const failed = results.reduce((n, r) => n + r.problems.length, 0);
  console.log(`boilerplate strings left: ${boilerplateLeft}; checks: ${checks - failed}/${checks} passed`);
  if (all && all.ours.f1 < BARS.municipalF1)
    failures.push(`municipal average F1 ${f(all.ours.f1)} < ${BARS.municipalF1}`);
  report.municipal = { all, groups, boilerplateLeft, checks, failed, pages: results };
}

if (only !== 'municipal') {
  const ids = readabilityAll.filter((id) => !filter || id.includes(filter));
  const results: ReadabilityResult[] = [];
  for (const id of ids) results.push(await evalReadabilityPage(READABILITY_DIR, id, steer));
  console.log(`\nReadability's test pages (${results.length} pages${steer ? ', public-sector rules forced on' : ''})`);
  console.log(`${pad('page', 44)} ours P    R     F1    | plain P  R     F1    | delta`);
  for (const r of results) {
    const flag = r.delta < BARS.readabilityDelta ? '  BELOW PLAIN' : '';
    const fp = r.publicSector ? `  DETECTED AS PUBLIC SECTOR (${r.signals.join(', ')})` : '';
    if (verbose || flag || fp || r.delta !== 0)
      console.log(
        `${pad(r.id, 44)} ${row(r.ours)} | ${row(r.plain)} | ${r.delta >= 0 ? '+' : ''}${f(r.delta)}${flag}${fp}`,
      );
    // With --steer this is a robustness check without a bar: the rules are not used on such pages.
    if (flag && !steer) failures.push(`readability ${r.id}: F1 ${f(r.ours.f1)} vs plain ${f(r.plain.f1)}`);
    if (fp) failures.push(`readability ${r.id}: detected as public sector`);
  }
  const ours = mean(results.map((r) => r.ours));
  const plain = mean(results.map((r) => r.plain));
  const worst = results.reduce<ReadabilityResult | null>((w, r) => (!w || r.delta < w.delta ? r : w), null);
  const same = results.filter((r) => r.delta === 0).length;
  console.log(
    `${pad(`average (${results.length} pages; ${same} identical F1 not listed)`, 44)} ${row(ours)} | ${row(plain)}`,
  );
  if (worst)
    console.log(
      `worst delta: ${worst.id} ${f(worst.delta)}; below plain by more than 0.01: ${results.filter((r) => r.delta < BARS.readabilityDelta).length}; detected as public sector: ${results.filter((r) => r.publicSector).length}`,
    );
  report.readability = { ours, plain, worst: worst && { id: worst.id, delta: worst.delta }, pages: results };
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
if (failures.length) {
  console.log(`\n${failures.length} bar(s) or check(s) missed:`);
  for (const x of failures) console.log(`  - ${x}`);
  process.exitCode = 1;
} else console.log('\nall bars met');
