import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 13: `lyssna inspect --json | jq` stopped at 65,536 bytes (the process exited before stdout drained),
// and `lyssna inspect page.html | head` must stop quietly, without an EPIPE stack trace.

const BIN = join(__dirname, '../../../bin/lyssna.mjs');
const ADDRESS = 'https://www.umea.se/bygglov';
const dir = mkdtempSync(join(tmpdir(), 'lyssna-pipe-'));
const PAGE = join(dir, 'lang-sida.html');

/**
 * A generated kommun article: 800 paragraphs give about 1.7 MB of JSON (article text, sentences and the
 * Lättläst version) and about 430 kB of text, far more than a pipe holds. Generated, not a real page: it
 * tests the output mechanism, not reading.
 */
function longArticle(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Stycke ${i + 1}: Du som bor i kommunen kan ansöka om bygglov hos byggnadsnämnden, t.ex. för en altan eller ett garage. Handläggningen tar normalt fyra till tio veckor efter att ansökan är komplett.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bygglov – Umeå kommun</title></head>
<body><header><a href="/">Umeå kommun</a></header><main><article><h1>Bygglov</h1>
${body}
</article></main><footer>Umeå kommun, 901 84 Umeå</footer></body></html>`;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs the CLI with stdout as a pipe. `reader` decides what happens to each chunk of stdout: by default a
 * slow reader that pauses after every chunk, so the pipe is full while the CLI is still writing.
 */
function lyssna(args: string[], reader: 'slow' | 'closeAfterFirstChunk' = 'slow'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (reader === 'closeAfterFirstChunk') child.stdout.destroy();
      else {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 2);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(chunks), stderr }));
  });
}

/** The same command line a user types: `sh -c 'lyssna inspect … | head -c 100'`, with lyssna's exit code. */
function lyssnaThroughHead(args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const script = '{ "$0" "$@"; echo "lyssna exit code: $?" >&2; } | head -c 100';
    const child = spawn('sh', ['-c', script, process.execPath, BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', () => {
      const code = /lyssna exit code: (\d+)/.exec(stderr)?.[1];
      resolve({ code: code === undefined ? null : Number(code), stdout: Buffer.concat(chunks), stderr });
    });
  });
}

const noErrorOutput = (stderr: string) => {
  expect(stderr).not.toMatch(/EPIPE/);
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(stderr).not.toMatch(/Error|unexpected failure/);
};

describe('lyssna inspect through a pipe', { timeout: 30_000 }, () => {
  beforeAll(() => writeFileSync(PAGE, longArticle(800)));

  it('writes the whole JSON of a page over 1 MB to a slow reader, then exits 0', async () => {
    const { code, signal, stdout, stderr } = await lyssna(['inspect', PAGE, '--url', ADDRESS, '--json']);
    expect(stdout.length).toBeGreaterThan(1_000_000);
    const out = JSON.parse(stdout.toString('utf8'));
    expect(out.article.text).toContain('Stycke 800:');
    expect(out.sentences.at(-1).text).toMatch(/ansökan är komplett\.$/);
    expect(code).toBe(0);
    expect(signal).toBeNull();
    expect(stderr).toBe('');
  });

  it('stops quietly when the reader closes the pipe after the first chunk of text', async () => {
    const { code, signal, stdout, stderr } = await lyssna(['inspect', PAGE, '--url', ADDRESS], 'closeAfterFirstChunk');
    expect(stdout.toString('utf8')).toMatch(/^Public sector: yes/);
    noErrorOutput(stderr);
    expect(signal).toBeNull();
    expect([0, 141]).toContain(code);
  });

  it('`lyssna inspect page.html | head -c 100`: the first bytes, no stack trace', async () => {
    const { code, stdout, stderr } = await lyssnaThroughHead(['inspect', PAGE, '--url', ADDRESS]);
    expect(stdout).toHaveLength(100);
    expect(stdout.toString('utf8')).toMatch(/^Public sector: yes/);
    noErrorOutput(stderr);
    expect([0, 141]).toContain(code);
  });
});
