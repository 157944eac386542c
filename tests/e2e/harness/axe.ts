// Runs axe-core (from node_modules) in the page on one element, shadow roots included, and returns the
// violations as short strings ("rule: target").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`(async () => {
    const r = await axe.run(${JSON.stringify(selector)}, { resultTypes: ['violations', 'passes'] });
    return {
      violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')),
      // A target inside a shadow root is a path of selectors, host first.
      insideShadow: r.passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0]))),
    };
  })()`)) as { violations: string[]; insideShadow: boolean };
  // Our hosts' roots are closed: axe sees into them only through the root the harness exposes (see
  // shadow.ts). A check that looked at the bare host would pass without checking anything.
  if (selector.startsWith('lyssna-') && !result.insideShadow)
    throw new Error(`axe-core did not see inside ${selector}'s shadow root`);
  return result.violations;
}
