/**
 * Readability's own test pages: each folder has source.html and expected.html (Readability's expected
 * article) and expected-metadata.json (its title). Expected text = that title + the expected article's
 * text, as a reader view shows them; both we and plain Readability are scored against it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { score, visibleText, type Scores } from './metrics';
import { parse, runPage } from './run-page';

export const READABILITY_URL = 'http://fakehost/test/page.html';

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

export function readabilityPageIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export async function expectedText(dir: string): Promise<string> {
  const html = readFileSync(path.join(dir, 'expected.html'), 'utf8');
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
  const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
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
