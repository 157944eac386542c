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

  it('adds contact, the Lättläst page and other languages to the JSON', async () => {
    const { stdout } = await lyssna('inspect', SAMPLE, '--url', 'https://www.umea.se/bygglov.html', '--json');
    const { article } = JSON.parse(stdout);
    expect(article.contact).toContain('Telefon: 090-16 10 00');
    expect(article.text).not.toContain('kontaktcenter@umea.se');
    expect(article.easyToReadUrl).toBe('https://www.umea.se/lattlast.html');
    expect(article.languageLinks).toEqual([{ lang: 'en', url: 'https://www.umea.se/other-languages.html' }]);
  });

  describe('bad input: a clear outcome, never a hang or a stack trace', () => {
    const write = (name: string, content: string | Buffer) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    };
    const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

    it('a frameset: no article, and the frames to inspect instead', async () => {
      const file = write(
        'frames.html',
        '<!doctype html><html lang="sv"><head><title>Ram</title></head><frameset cols="20%,80%"><frame src="meny.html"><frame src="/innehall.html"></frameset></html>',
      );
      const { code, stderr } = await lyssna('inspect', file, '--url', 'https://www.umea.se/ram/');
      expect(code).toBe(3);
      expect(stderr).toMatch(/frameset/);
      expect(stderr).toContain('https://www.umea.se/ram/meny.html');
      expect(stderr).toContain('https://www.umea.se/innehall.html');
      noTrace(stderr);
    });

    it('a page with no body: no article', async () => {
      const { code, stderr } = await lyssna(
        'inspect',
        write('head.html', '<html><head><title>Tom</title></head></html>'),
      );
      expect(code).toBe(3);
      expect(stderr).toMatch(/no article/);
      noTrace(stderr);
    });

    it('invalid markup: read as a browser repairs it', async () => {
      const file = write(
        'broken.html',
        '<html lang="sv"><body><main><h1>Trasig <b>sida</h1><p>Ett stycke med <i>fel <b>nästlade</i> taggar</b> som aldrig stängs<p>Och ett andra stycke som också saknar sitt slut, med en tabell<table><tr><td>cell',
      );
      const { code, stdout } = await lyssna('inspect', file, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).article.text).toContain('Ett stycke med fel nästlade taggar som aldrig stängs');
    });

    it('elements nested far deeper than a browser builds: flattened as browsers do, and read', async () => {
      const depth = 2500;
      const file = write(
        'deep.html',
        `<!doctype html><html lang="sv"><body><main><h1>Djup sida</h1>${'<div>'.repeat(depth)}<p>Texten ligger mycket djupt ner i sidan men ska ändå läsas upp.</p>${'</div>'.repeat(depth)}</main></body></html>`,
      );
      const { code, stdout, stderr } = await lyssna('inspect', file, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).article.text).toContain('Texten ligger mycket djupt ner');
      noTrace(stderr);
    }, 90_000);

    it('a page in windows-1252 that declares no charset', async () => {
      const html =
        '<html lang="sv"><body><main><h1>Färdtjänst i Umeå</h1><p>Du som har svårt att åka buss kan ansöka om färdtjänst hos kommunen, och få svar inom några veckor.</p></main></body></html>';
      const { code, stdout } = await lyssna('inspect', write('undeclared.html', Buffer.from(html, 'latin1')), '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).article.title).toBe('Färdtjänst i Umeå');
    });
  });
});
