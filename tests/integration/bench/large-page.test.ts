import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLargePage } from '../../../scripts/bench/large';

// `npm run bench` reads a 10 MB page the way `lyssna inspect` does; here the same run on a small page
// shows that the bench part works (its times are the bench's business, not a test's).
const ROOT = path.resolve(__dirname, '../../..');

describe('the bench’s very long page (happy-dom, as lyssna inspect reads it)', { timeout: 120_000 }, () => {
  it('reads a small page of the same kind and writes its report, in a process of its own', async () => {
    const result = await runLargePage(ROOT, 200_000, 100_000);
    expect(result.error ?? null).toBeNull();
    expect(result.finished).toBe(true);
    expect(result.articlePage).toBe(true);
    expect(result.sentences).toBeGreaterThan(100);
    // The report lists every sentence and then the Lättläst version.
    expect(result.reportLines).toBeGreaterThan(result.sentences!);
    expect(Number.isFinite(result.readPageMs) && Number.isFinite(result.reportMs)).toBe(true);
  });
});
