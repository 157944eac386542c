/**
 * Extraction time in happy-dom: our `extractArticle`, the whole `readPage` (detect + extract + segment +
 * speech) and plain Readability, each on a freshly parsed document of the same page (parsing is not
 * timed). Per page: one warm-up round, then measured rounds, the median of which is the page's figure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../../cli/charset';
import { createWindow } from '../../cli/happy-dom';
import { extractArticle } from '../../src/core/extract/extract';
import { readPage } from '../../src/core/pipeline';
import { median, percentile, sum } from './stats';

export const VARIANTS = ['plain', 'ours', 'readPage'] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Record<Variant, string> = {
  plain: 'plain Readability',
  ours: 'extractArticle (ours)',
  readPage: 'readPage (detect+extract+segment+speech)',
};

export interface BenchPage {
  id: string;
  source: 'fixture' | 'sample';
  file: string;
  url: string;
  bytes: number;
}

export interface RoundPolicy {
  /** Measured rounds per page at most. */
  maxRounds: number;
  /** Measured rounds per page at least, unless the whole phase is past its deadline. */
  minRounds: number;
  /** After minRounds, stop once the page has taken this long (warm-up and parsing included). */
  pageBudgetMs: number;
  /**
   * A warm-up round slower than this is counted as a measured round (the JIT is warm by then anyway, and
   * such a page's own timings dwarf any warm-up effect); such heavy pages need only heavyMinRounds.
   */
  heavyRoundMs: number;
  heavyMinRounds: number;
  /** Past this much time in the whole phase, pages get one round (the warm-up, counted). */
  phaseDeadlineMs: number;
}

export interface PageResult extends BenchPage {
  elements: number;
  rounds: Record<Variant, number>;
  /** Wall-clock ms of each measured call. */
  times: Record<Variant, number[]>;
  /** CPU ms (user + system, this process) of each measured call: less sensitive to a busy machine. */
  cpuTimes: Record<Variant, number[]>;
  medianMs: Record<Variant, number | null>;
  cpuMedianMs: Record<Variant, number | null>;
  /** Whether the variant returned an article (last run). */
  found: Record<Variant, boolean | null>;
  errors: Partial<Record<Variant, string>>;
  articlePage: boolean | null;
  sentences: number | null;
  /** ours / plain and readPage / plain, from the medians. */
  ratio: number | null;
  readPageRatio: number | null;
  /** Measured in a hurry (one round) because the phase was past its deadline. */
  pastDeadline: boolean;
}

export interface VariantSummary {
  pages: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  totalMs: number;
  cpuMedianMs: number;
  cpuP95Ms: number;
}

export interface ExtractionSummary {
  pages: number;
  comparedPages: number;
  variants: Record<Variant, VariantSummary>;
  ratio: { medianOfPageRatios: number; p95OfPageRatios: number; ratioOfTotals: number };
  readPageRatio: { medianOfPageRatios: number; p95OfPageRatios: number; ratioOfTotals: number };
  errors: { page: string; variant: Variant; error: string }[];
  /** Pages where plain Readability returned an article but ours returned none. */
  oursNoArticleWherePlainFound: string[];
  plainNoArticleWhereOursFound: string[];
  slowestRelative: { page: string; ratio: number; oursMs: number; plainMs: number }[];
  pagesPastDeadline: string[];
  /** The same comparison on pages of at least `minBytes` (the fixtures include many tiny test cases). */
  realPages: {
    minBytes: number;
    pages: number;
    plainMedianMs: number;
    oursMedianMs: number;
    readPageMedianMs: number;
    medianOfPageRatios: number;
    ratioOfTotals: number;
  };
  phaseMs: number;
}

/**
 * Every sample and every readability test page, with the address each is read as. Samples come first:
 * they are the pages the extension is for, so they are never the ones cut short by the phase deadline.
 */
export function findPages(root: string, fixturesDir: string): { pages: BenchPage[]; warnings: string[] } {
  const pages: BenchPage[] = [];
  const samples: BenchPage[] = [];
  const warnings: string[] = [];
  let fixtureNames: string[] = [];
  try {
    fixtureNames = readdirSync(fixturesDir).sort();
  } catch {
    warnings.push(`no readability test pages at ${fixturesDir}`);
  }
  for (const name of fixtureNames) {
    const file = path.join(fixturesDir, name, 'source.html');
    if (!isFile(file)) continue;
    pages.push({
      id: name,
      source: 'fixture',
      file,
      url: `https://${name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.example.com/article`,
      bytes: statSync(file).size,
    });
  }

  const samplesDir = path.join(root, 'samples');
  const hostOf = sampleHosts(samplesDir);
  for (const rel of listHtml(samplesDir)) {
    const [folder = '', ...rest] = rel.split('/');
    // The hostile pages are generated to test one payload each, not pages anyone reads: no figure of ours.
    if (folder === 'hostile') continue;
    const host = hostOf.get(folder) ?? `${folder}.example.com`;
    const page = rest.join('/');
    samples.push({
      id: `samples/${rel}`,
      source: 'sample',
      file: path.join(samplesDir, rel),
      url: `https://${host}/${page === 'index.html' ? '' : page}`,
      bytes: statSync(path.join(samplesDir, rel)).size,
    });
  }
  return { pages: [...samples, ...pages], warnings };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function listHtml(dir: string, rel = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listHtml(dir, child));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(child);
  }
  return out;
}

/** samples/hosts.json maps host names to folders; the first (www.) name of each folder is used. */
function sampleHosts(samplesDir: string): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const hosts = JSON.parse(readFileSync(path.join(samplesDir, 'hosts.json'), 'utf8')) as Record<string, unknown>;
    for (const [host, folder] of Object.entries(hosts)) {
      if (!host.startsWith('$') && typeof folder === 'string' && !map.has(folder)) map.set(folder, host);
    }
  } catch {
    // No host map: samples are read under made-up hosts.
  }
  return map;
}

/** A way to collect garbage between pages, so one page's garbage is not collected on the next's clock. */
function exposeGc(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // Not available: carry on without.
  }
  return () => undefined;
}

const emptyRecord = <T>(value: () => T): Record<Variant, T> => ({
  plain: value(),
  ours: value(),
  readPage: value(),
});

export async function benchPage(page: BenchPage, policy: RoundPolicy, pastDeadline: boolean): Promise<PageResult> {
  const html = decodeHtml(readFileSync(page.file));
  // Every timed call gets its own window and document: a happy-dom window keeps every document parsed in
  // it until it is closed, so reusing one would let memory (and GC time) grow from run to run.
  const fresh = () => {
    const window = createWindow(page.url);
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { window, win: window as unknown as Window, doc };
  };

  const result: PageResult = {
    ...page,
    elements: 0,
    rounds: emptyRecord(() => 0),
    times: emptyRecord((): number[] => []),
    cpuTimes: emptyRecord((): number[] => []),
    medianMs: emptyRecord((): number | null => null),
    cpuMedianMs: emptyRecord((): number | null => null),
    found: emptyRecord((): boolean | null => null),
    errors: {},
    articlePage: null,
    sentences: null,
    ratio: null,
    readPageRatio: null,
    pastDeadline,
  };

  const run: Record<Variant, (doc: Document, win: Window) => boolean> = {
    plain: (doc) => Boolean(new Readability(doc.cloneNode(true) as Document).parse()?.content),
    ours: (doc, win) => extractArticle(doc, { window: win }) !== null,
    readPage: (doc, win) => {
      const reading = readPage(doc, page.url, { window: win });
      result.articlePage = reading.detection.articlePage;
      result.sentences = reading.sentences.length;
      return reading.article !== null;
    },
  };

  /** One timed call of each variant still standing, each on a fresh document; returns the timings. */
  type Timing = { wall: number; cpu: number };
  const round = async (index: number): Promise<Partial<Record<Variant, Timing>>> => {
    const timings: Partial<Record<Variant, Timing>> = {};
    // Rotate the order so no variant always runs right after parsing or right after another.
    const order = VARIANTS.map((_, i) => VARIANTS[(i + index) % VARIANTS.length]!);
    for (const variant of order) {
      if (result.errors[variant]) continue;
      const { window, win, doc } = fresh();
      if (!result.elements) result.elements = doc.getElementsByTagName('*').length;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      try {
        result.found[variant] = run[variant](doc, win);
        const wall = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        timings[variant] = { wall, cpu: (cpu.user + cpu.system) / 1000 };
      } catch (error) {
        result.errors[variant] = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      } finally {
        await window.happyDOM.close();
      }
    }
    return timings;
  };
  const record = (timings: Partial<Record<Variant, Timing>>) => {
    for (const variant of VARIANTS) {
      const t = timings[variant];
      if (t === undefined) continue;
      result.times[variant].push(t.wall);
      result.cpuTimes[variant].push(t.cpu);
    }
  };
  const standing = () => VARIANTS.filter((v) => !result.errors[v]);
  const measured = () => Math.min(...standing().map((v) => result.times[v].length));

  const started = performance.now();
  const warm = await round(0);
  const heavy = performance.now() - started >= policy.heavyRoundMs;
  if (pastDeadline || heavy) record(warm);
  const minRounds = pastDeadline ? 1 : heavy ? Math.min(policy.heavyMinRounds, policy.minRounds) : policy.minRounds;
  for (let i = 1; standing().length > 0; i++) {
    const n = measured();
    if (n >= policy.maxRounds) break;
    if (n >= minRounds && performance.now() - started >= policy.pageBudgetMs) break;
    record(await round(i));
  }

  for (const variant of VARIANTS) {
    result.rounds[variant] = result.times[variant].length;
    result.medianMs[variant] = result.times[variant].length ? median(result.times[variant]) : null;
    result.cpuMedianMs[variant] = result.cpuTimes[variant].length ? median(result.cpuTimes[variant]) : null;
  }
  const { plain, ours, readPage: full } = result.medianMs;
  result.ratio = plain && ours !== null ? ours / plain : null;
  result.readPageRatio = plain && full !== null ? full / plain : null;
  return result;
}

export async function benchPages(
  pages: readonly BenchPage[],
  policy: RoundPolicy,
  progress: (done: number, page: PageResult) => void = () => undefined,
): Promise<{ results: PageResult[]; phaseMs: number }> {
  const gc = exposeGc();
  const started = performance.now();
  const results: PageResult[] = [];
  for (const page of pages) {
    gc();
    const pastDeadline = performance.now() - started > policy.phaseDeadlineMs;
    const result = await benchPage(page, policy, pastDeadline);
    results.push(result);
    progress(results.length, result);
  }
  return { results, phaseMs: performance.now() - started };
}

/** Runs every variant a few times on a few pages so the JIT has seen the code before anything is timed. */
export async function warmUp(pages: readonly BenchPage[], rounds: number): Promise<void> {
  const policy: RoundPolicy = {
    maxRounds: rounds,
    minRounds: rounds,
    pageBudgetMs: 0,
    heavyRoundMs: Infinity,
    heavyMinRounds: rounds,
    phaseDeadlineMs: Infinity,
  };
  for (const page of pages) await benchPage(page, policy, false);
}

export function summarise(results: readonly PageResult[], phaseMs: number): ExtractionSummary {
  const summary = (variant: Variant): VariantSummary => {
    const values = results.map((r) => r.medianMs[variant]).filter((v): v is number => v !== null);
    const cpu = results.map((r) => r.cpuMedianMs[variant]).filter((v): v is number => v !== null);
    return {
      cpuMedianMs: median(cpu),
      cpuP95Ms: percentile(cpu, 95),
      pages: values.length,
      medianMs: median(values),
      p95Ms: percentile(values, 95),
      meanMs: values.length ? sum(values) / values.length : NaN,
      totalMs: sum(values),
    };
  };
  const compared = results.filter((r) => r.medianMs.plain !== null && r.medianMs.ours !== null);
  const comparedFull = results.filter((r) => r.medianMs.plain !== null && r.medianMs.readPage !== null);
  const ratios = (rows: readonly PageResult[], key: 'ratio' | 'readPageRatio', variant: Variant) => {
    const values = rows.map((r) => r[key]).filter((v): v is number => v !== null && Number.isFinite(v));
    return {
      medianOfPageRatios: median(values),
      p95OfPageRatios: percentile(values, 95),
      ratioOfTotals: sum(rows.map((r) => r.medianMs[variant]!)) / sum(rows.map((r) => r.medianMs.plain!)),
    };
  };
  const errors = results.flatMap((r) =>
    VARIANTS.filter((v) => r.errors[v]).map((variant) => ({ page: r.id, variant, error: r.errors[variant]! })),
  );
  return {
    pages: results.length,
    comparedPages: compared.length,
    variants: { plain: summary('plain'), ours: summary('ours'), readPage: summary('readPage') },
    ratio: ratios(compared, 'ratio', 'ours'),
    readPageRatio: ratios(comparedFull, 'readPageRatio', 'readPage'),
    errors,
    oursNoArticleWherePlainFound: results.filter((r) => r.found.plain && r.found.ours === false).map((r) => r.id),
    plainNoArticleWhereOursFound: results.filter((r) => r.found.ours && r.found.plain === false).map((r) => r.id),
    slowestRelative: compared
      .filter((r) => r.medianMs.ours! >= 5)
      .sort((a, b) => b.ratio! - a.ratio!)
      .slice(0, 5)
      .map((r) => ({ page: r.id, ratio: r.ratio!, oursMs: r.medianMs.ours!, plainMs: r.medianMs.plain! })),
    pagesPastDeadline: results.filter((r) => r.pastDeadline).map((r) => r.id),
    realPages: realPages(compared, REAL_PAGE_BYTES),
    phaseMs,
  };
}

export const REAL_PAGE_BYTES = 20 * 1024;

function realPages(compared: readonly PageResult[], minBytes: number): ExtractionSummary['realPages'] {
  const rows = compared.filter((r) => r.bytes >= minBytes && r.medianMs.readPage !== null);
  const column = (v: Variant) => rows.map((r) => r.medianMs[v]!);
  return {
    minBytes,
    pages: rows.length,
    plainMedianMs: median(column('plain')),
    oursMedianMs: median(column('ours')),
    readPageMedianMs: median(column('readPage')),
    medianOfPageRatios: median(rows.map((r) => r.ratio!)),
    ratioOfTotals: sum(column('ours')) / sum(column('plain')),
  };
}
