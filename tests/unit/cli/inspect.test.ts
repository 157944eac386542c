import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(__dirname, '../../../bin/lyssna.mjs');
const SAMPLE = join(__dirname, '../../../samples/umea/bygglov.html');
const dir = mkdtempSync(join(tmpdir(), 'lyssna-cli-'));

async function lyssna(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('lyssna inspect', { timeout: 30_000 }, () => {
  it('prints the documented JSON for a municipal article', async () => {
    const { code, stdout } = await lyssna('inspect', SAMPLE, '--url', 'https://www.umea.se/bygglov', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.detection).toMatchObject({ publicSector: true, articlePage: true });
    expect(out.detection.organisation).toMatchObject({ kind: 'kommun', code: '2480' });
    expect(out.detection.organisation.name).toMatch(/Umeå/);
    expect(Array.isArray(out.detection.signals)).toBe(true);
    expect(out.article.lang).toBe('sv');
    expect(out.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.article.text.length).toBeGreaterThan(200);
    expect(out.sentences.length).toBeGreaterThan(5);
    for (const s of out.sentences) expect(Object.keys(s)).toEqual(expect.arrayContaining(['text', 'speech']));
    // The spoken form expands what a voice would misread.
    expect(out.sentences.some((s: { text: string; speech: string }) => s.text !== s.speech)).toBe(true);
  });

  it('is not public sector without an address on a registry domain', async () => {
    const { code, stdout } = await lyssna('inspect', SAMPLE, '--url', 'https://www.example-butik.se/bygglov', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).detection.organisation?.kind ?? 'none').not.toBe('kommun');
  });

  it('prints readable text by default', async () => {
    const { code, stdout } = await lyssna('inspect', SAMPLE, '--url', 'https://www.umea.se/bygglov');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Public sector: yes \(Umeå/);
    expect(stdout).toMatch(/Sentences \(\d+\):/);
  });

  it('exits 3 with a message when the page has no article', async () => {
    const file = join(dir, 'empty.html');
    writeFileSync(file, '<!doctype html><html lang="sv"><body><nav><a href="/">Start</a></nav></body></html>');
    const { code, stderr, stdout } = await lyssna('inspect', file, '--json');
    expect(code).toBe(3);
    expect(stderr).toMatch(/no article/);
    expect(JSON.parse(stdout).article).toBeNull();
  });

  it('exits 2 for a missing file, a non-HTML file and bad arguments', async () => {
    expect((await lyssna('inspect', join(dir, 'nope.html'))).code).toBe(2);
    const bin = join(dir, 'image.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const notHtml = await lyssna('inspect', bin);
    expect(notHtml.code).toBe(2);
    expect(notHtml.stderr).toMatch(/not an HTML page/);
    expect((await lyssna('inspect')).code).toBe(2);
    expect((await lyssna('inspect', SAMPLE, '--url')).code).toBe(2);
    expect((await lyssna('frobnicate', SAMPLE)).code).toBe(2);
  });

  it('honours a windows-1252 page’s declared charset', async () => {
    const html = `<!doctype html><html lang="sv"><head><meta charset="windows-1252"><title>Färdtjänst</title></head><body><main>
      <h1>Färdtjänst i Umeå</h1>
      <p>Färdtjänst är för dig som har svårt att åka med kollektivtrafiken på grund av en funktionsnedsättning.</p>
      <p>Du ansöker hos kommunen och får ett beslut inom några veckor efter att ansökan är komplett.</p>
      <p>Resorna kostar ungefär lika mycket som en resa med buss i samma område, och du kan åka dygnet runt.</p>
      </main></body></html>`;
    const file = join(dir, 'latin.html');
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const { code, stdout } = await lyssna('inspect', file, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.article.title).toBe('Färdtjänst i Umeå');
    expect(out.article.text).toContain('funktionsnedsättning');
  });
});
