/**
 * What extraction-browser.ts runs inside a real browser tab: plain Readability and our extractArticle,
 * each on a freshly parsed copy of the same page (parsing not timed), in turn. Bundled by esbuild.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/core/extract/extract';

export interface PageTimes {
  plain: number[];
  ours: number[];
  found: { plain: boolean; ours: boolean };
  error?: string;
}

function run(html: string, url: string, rounds: number): PageTimes {
  const times: PageTimes = { plain: [], ours: [], found: { plain: false, ours: false } };
  const parse = () => new DOMParser().parseFromString(html, 'text/html');
  try {
    // Round 0 warms up and is not kept; the order alternates so neither always runs first.
    for (let round = 0; round <= rounds; round++) {
      for (const variant of round % 2 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)) {
        const doc = parse();
        const start = performance.now();
        let found: boolean;
        try {
          found =
            variant === 'plain'
              ? Boolean(new Readability(doc.cloneNode(true) as Document).parse()?.content)
              : extractArticle(doc, { window, url }) !== null;
        } catch (error) {
          throw new Error(`${variant}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const elapsed = performance.now() - start;
        times.found[variant] = found;
        if (round > 0) times[variant].push(elapsed);
      }
    }
  } catch (error) {
    times.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return times;
}

(globalThis as unknown as { __extractionBench: typeof run }).__extractionBench = run;
