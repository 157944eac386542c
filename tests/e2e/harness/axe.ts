// Runs axe-core (from node_modules) in the page on one element, shadow roots included, and returns the
// violations as short strings ("rule: target").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(`(async () => {
    const r = await axe.run(${JSON.stringify(selector)}, { resultTypes: ['violations'] });
    return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', '));
  })()`);
  return result as string[];
}
