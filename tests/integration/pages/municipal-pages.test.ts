/**
 * Every page of the municipal corpus (tests/fixtures/municipal/, see its README.md) through the whole
 * pipeline, with the checks `npm run eval:extract` makes of it: detection, organisation, article page or
 * not, title, dates, text that must and must not be read, contact box, easy-to-read and language links,
 * no boilerplate string left. A page whose checks fail fails here, by name, so a regression fails
 * `npm test` and not only the evaluation.
 *
 * F1 (bag of words against the page's .txt) must be at least PAGE_F1 on every article page and, as in
 * eval:extract, at least AVERAGE_F1 on average. eval:extract prints the figures; this only holds the bar.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mean } from '../../../scripts/eval/metrics';
import {
  evalMunicipalPage,
  municipalFixtures,
  type Fixture,
  type MunicipalResult,
} from '../../../scripts/eval/municipal';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/municipal');
/** Per article page. eval:extract has no per-page bar; every page is at 0.978 or more now. */
const PAGE_F1 = 0.97;
/** eval:extract's bar (BARS.municipalF1): the average over all article pages. */
const AVERAGE_F1 = 0.97;

const fixtures = municipalFixtures(DIR);
const label = (fx: Fixture) => (fx.group === 'development' ? fx.name : `${fx.group}/${fx.name}`);

/** Each page is read once; the average reuses the per-page results (and reads what a filter left out). */
const results = new Map<string, Promise<MunicipalResult>>();
const resultOf = (fx: Fixture) => {
  const key = label(fx);
  if (!results.has(key)) results.set(key, evalMunicipalPage(fx));
  return results.get(key)!;
};

describe('municipal fixture pages', () => {
  it('finds the corpus', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(72);
    expect(new Set(fixtures.map(label)).size).toBe(fixtures.length);
  });

  it.each(fixtures.map((fx) => [label(fx), fx] as const))('%s', async (_name, fx) => {
    const result = await resultOf(fx);
    expect(result.problems).toEqual([]);
    if (fx.spec.article) {
      expect(result.ours, 'no F1: the page has no expected text').not.toBeNull();
      const { precision, recall, f1 } = result.ours!;
      expect(f1, `F1 (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`).toBeGreaterThanOrEqual(PAGE_F1);
    }
  });

  it(`reaches F1 ${AVERAGE_F1} on average over the article pages`, async () => {
    const scored = (await Promise.all(fixtures.map(resultOf))).filter((r) => r.ours).map((r) => r.ours!);
    expect(scored.length).toBeGreaterThan(0);
    expect(mean(scored).f1).toBeGreaterThanOrEqual(AVERAGE_F1);
  });
});
