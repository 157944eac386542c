/**
 * `npm run eval:long`: does reading a very long page a part at a time (src/core/long-reading.ts) give
 * what reading it whole gives? There are no real 10 MB pages in the repository, so real pages are made
 * long: Readability's test pages and the real kommun pages, each with its article's own children
 * repeated inside the article's element until the page holds 450,000 characters of text (past the
 * point where the player reads a page a part at a time). The template around the article (menus,
 * sidebars, scripts, footers) is the real one. Both readings run on the same long page; the figure is
 * how much of the whole-page reading's text the part-at-a-time reading has (recall) and how much of
 * its own text the whole-page reading has too (precision), by characters, sentences counted with
 * their repeats.
 *
 * This checks a mechanism against the pipeline, not extraction against what a reader expects (that is
 * eval:extract). No part of the corpus was held back: the rules were written looking at all of it.
 *
 *   npm run eval:long [-- --page ID] [--verbose]
 *
 * Exits 1 when recall or precision over all pages is below its bar; 2 when a corpus is missing.
 * Takes about 25 minutes (reading a 450,000-character page whole in happy-dom takes seconds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LongReading } from '../src/core/long-reading';
import { readPage } from '../src/core/pipeline';
import { decodeHtml } from '../cli/charset';
import { READABILITY_DIR, READABILITY_URL, readabilityPageIds, readPageFile } from './eval/readability-pages';
import { parse } from './eval/run-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL_DIR = path.join(ROOT, 'tests/fixtures/municipal-real');
const TARGET_CHARS = 450_000;
const BARS = { recall: 0.98, precision: 0.95 };

const args = process.argv.slice(2);
const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
const verbose = args.includes('--verbose');

interface Page {
  id: string;
  html: string;
  url: string;
}

function pages(): Page[] {
  const readability = readabilityPageIds(READABILITY_DIR).map((id) => ({
    id,
    html: readPageFile(path.join(READABILITY_DIR, id), 'source.html'),
    url: READABILITY_URL,
  }));
  const real = existsSync(REAL_DIR)
    ? readdirSync(REAL_DIR)
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({
          id: f,
          html: decodeHtml(readFileSync(path.join(REAL_DIR, f))),
          url: `https://www.${f.replace(/\.html$/, '')}/`,
        }))
    : [];
  if (readability.length === 0 || real.length === 0) {
    const where = readability.length === 0 ? READABILITY_DIR : REAL_DIR;
    console.error(`eval:long: no pages in ${path.relative(ROOT, where)} (the corpus is missing)`);
    process.exit(2);
  }
  return [...readability, ...real].filter((p) => !only || p.id === only);
}

/** The page with its article's children repeated until it is long; null when it has no article element. */
async function lengthened(page: Page): Promise<string | null> {
  const { window, doc } = parse(page.html, page.url);
  try {
    const whole = readPage(doc, page.url, { window: window as unknown as Window });
    const nodes = (whole.article?.blocks ?? [])
      .filter((b) => b.kind !== 'title')
      .flatMap((b) => b.runs.map((r) => r.node));
    let element: Element | null = nodes[0]?.parentElement ?? null;
    for (const node of nodes) while (element && !element.contains(node)) element = element.parentElement;
    if (!element || element === doc.body || element.children.length === 0) return null;
    const children = Array.from(element.children);
    const text = children.reduce((n, child) => n + (child.textContent ?? '').length, 0);
    // An article of pictures with little text would take thousands of copies: not a long text.
    if (text < TARGET_CHARS / 500) return null;
    while ((doc.body.textContent ?? '').length < TARGET_CHARS)
      for (const child of children) element.append(child.cloneNode(true));
    return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
  } finally {
    await window.happyDOM.close();
  }
}

/** Characters of each sentence text, summed over its repeats. */
function weights(texts: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const text of texts) map.set(text, (map.get(text) ?? 0) + text.length);
  return map;
}

let common = 0;
let wholeChars = 0;
let partChars = 0;
let counted = 0;
for (const page of pages()) {
  const html = await lengthened(page);
  if (!html) {
    if (verbose) console.log(`${page.id}: no article element with text to repeat, skipped`);
    continue;
  }
  const a = parse(html, page.url);
  const b = parse(html, page.url);
  const whole = weights(
    readPage(a.doc, page.url, { window: a.window as unknown as Window }).sentences.map((s) => s.text),
  );
  const reading = LongReading.start(b.doc, page.url, { window: b.window as unknown as Window });
  const parts = weights(reading ? reading.finish().sentences.map((s) => s.text) : []);
  // Each window closed before the next page: four 450,000-character documents at a time are plenty.
  await a.window.happyDOM.close();
  await b.window.happyDOM.close();
  let shared = 0;
  for (const [text, chars] of whole) shared += Math.min(chars, parts.get(text) ?? 0);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  common += shared;
  wholeChars += sum(whole);
  partChars += sum(parts);
  counted++;
  const recall = sum(whole) ? shared / sum(whole) : 1;
  const precision = sum(parts) ? shared / sum(parts) : 0;
  if (verbose || recall < 0.95 || precision < 0.95)
    console.log(
      `${page.id}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}${reading ? '' : ' (no first part)'}`,
    );
}

const recall = common / wholeChars;
const precision = common / partChars;
console.log(
  `\n${counted} real pages made long: recall ${recall.toFixed(3)} (bar ${BARS.recall}), ` +
    `precision ${precision.toFixed(3)} (bar ${BARS.precision}), by characters`,
);
process.exit(recall >= BARS.recall && precision >= BARS.precision ? 0 : 1);
