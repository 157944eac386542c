/**
 * Runs in a page (bundled by esbuild, see detector-first.ts): the detector content script's check, as
 * entrypoints/detector.content.ts makes it, timed on its first call in a fresh tab and once more after.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { classifyPage } from '../../src/core/detect/article-page';
import { pageToJudge } from '../../src/core/extract/part-copy';

export interface DetectorTimes {
  kind: string;
  firstMs: number;
  warmMs: number;
}

(globalThis as unknown as { __detectorBench: (url: string) => DetectorTimes }).__detectorBench = (url) => {
  const check = () => classifyPage(pageToJudge(document), url, isProbablyReaderable);
  let start = performance.now();
  const { kind } = check();
  const firstMs = performance.now() - start;
  start = performance.now();
  check();
  return { kind, firstMs, warmMs: performance.now() - start };
};
