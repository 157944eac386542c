/**
 * Readability's own test pages: each folder has source.html and expected.html (Readability's expected
 * article) and expected-metadata.json (its title). Expected text = that title + the expected article's
 * text, as a reader view shows them; both we and plain Readability are scored against it.
 *
 * The copy in the repository (tests/fixtures/readability/) keeps the HTML gzip-compressed
 * (source.html.gz, expected.html.gz); a file is read plain when it is there, else from its .gz.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { score, visibleText, type Scores } from './metrics';
import { parse, runPage } from './run-page';

export const READABILITY_URL = 'http://fakehost/test/page.html';

/** Readability's test pages in the repository (see tests/fixtures/readability/README.md). */
export const READABILITY_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../tests/fixtures/readability',
);

/** Whether `dir` holds `name` or `name.gz`. */
export function hasPageFile(dir: string, name: string): boolean {
  return existsSync(path.join(dir, name)) || existsSync(path.join(dir, `${name}.gz`));
}

/** `name` in `dir` as text, or its gzip-compressed `name.gz`. */
export function readPageFile(dir: string, name: string): string {
  const plain = path.join(dir, name);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  return gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
}

export interface ReadabilityResult {
  id: string;
  ours: Scores;
  plain: Scores;
  /** Ours minus plain, F1. */
  delta: number;
  publicSector: boolean;
  signals: string[];
  ms: number;
}

/** The page folders of `dir` ([] when `dir` is missing). */
export function readabilityPageIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && hasPageFile(path.join(dir, d.name), 'source.html'))
    .map((d) => d.name)
    .sort();
}

/**
 * Unpacks each test page's source.html.gz from the repository's copy into `to` (where the extraction
 * benches read plain source.html files and their sizes); returns how many pages there are.
 */
export function unpackReadabilityPages(to: string): number {
  const ids = readabilityPageIds(READABILITY_DIR);
  for (const id of ids) {
    const from = path.join(READABILITY_DIR, id, 'source.html.gz');
    const file = path.join(to, id, 'source.html');
    if (!existsSync(from)) continue;
    if (existsSync(file) && statSync(file).mtimeMs >= statSync(from).mtimeMs) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, gunzipSync(readFileSync(from)));
  }
  return ids.length;
}

export async function expectedText(dir: string): Promise<string> {
  const html = readPageFile(dir, 'expected.html');
  let title = '';
  try {
    title =
      (JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string }).title ?? '';
  } catch {
    /* no metadata: the article text alone */
  }
  const { window, doc } = parse(`<!doctype html><html><body>${html}</body></html>`, READABILITY_URL);
  try {
    return `${title}\n${visibleText(doc.body)}`;
  } finally {
    await window.happyDOM.close();
  }
}

export async function evalReadabilityPage(root: string, id: string, steer?: boolean): Promise<ReadabilityResult> {
  const dir = path.join(root, id);
  const html = readPageFile(dir, 'source.html');
  const expected = await expectedText(dir);
  const run = await runPage(html, READABILITY_URL, { steer });
  const ours = score(run.ours, expected);
  const plain = score(run.plain, expected);
  return {
    id,
    ours,
    plain,
    delta: ours.f1 - plain.f1,
    publicSector: run.detection.publicSector,
    signals: run.detection.signals,
    ms: run.ms,
  };
}
