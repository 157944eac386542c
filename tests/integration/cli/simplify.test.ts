import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(__dirname, '../../../bin/lyssna.mjs');
const SAMPLE = join(__dirname, '../../../samples/umea/bygglov.html');

describe('lyssna inspect: Lättläst', { timeout: 30_000 }, () => {
  it('adds "readability" and "simplified" to the JSON', async () => {
    const { stdout } = await run(process.execPath, [
      BIN,
      'inspect',
      SAMPLE,
      '--url',
      'https://www.umea.se/bygglov',
      '--json',
    ]);
    const out = JSON.parse(stdout);
    expect(out.readability).toEqual({ lix: expect.any(Number), band: expect.any(String) });
    expect(['mycket lätt', 'lätt', 'medelsvår', 'svår', 'mycket svår']).toContain(out.readability.band);
    expect(out.simplified).toMatchObject({
      text: expect.any(String),
      lix: expect.any(Number),
      band: expect.any(String),
    });
    expect(out.simplified.lix).toBeLessThanOrEqual(out.readability.lix);
    expect(out.simplified.sentences.length).toBeGreaterThan(out.sentences.length);
    for (const s of out.simplified.sentences) expect(Object.keys(s).sort()).toEqual(['speech', 'text']);
    expect(out.simplified.text).toContain('Men du kan också skicka ansökan med post.');
    expect(out.simplified.keyPoints.length).toBeGreaterThan(0);
    expect(out.simplified.glossary[0]).toMatchObject({ term: 'bygglov', explanation: expect.any(String) });
  });

  it('prints LIX and the simplified sentences in the text output', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'inspect', SAMPLE, '--url', 'https://www.umea.se/bygglov']);
    expect(stdout).toMatch(/LIX: \d+(\.\d)? \((mycket lätt|lätt|medelsvår|svår|mycket svår)\); Lättläst: \d/);
    expect(stdout).toMatch(/Lättläst \(\d+ sentences\):/);
  });
});
