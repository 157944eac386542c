import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWindow } from '../../../cli/happy-dom';
import { inspectHtml, main, toJson } from '../../../cli/inspect';
import { articleFragment, sanitizeArticleHtml } from '../../../src/core/extract/sanitize';

// The hostile-page corpus (samples/hostile/, scripts/gen-hostile.mjs) through `lyssna inspect` and the
// pipeline in Node: its JSON and text carry no markup that could run, markup written as text stays text,
// a page cannot break the run, write to the terminal or pollute Object.prototype, and the sanitiser
// leaves nothing executable in any page's article or payload. The browsers' side is tests/e2e/hostile.e2e.ts.

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'bin/lyssna.mjs');
const DIR = join(ROOT, 'samples/hostile');
const HOST = 'www.kiruna.se';
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();
const PAYLOADS = JSON.parse(readFileSync(join(DIR, 'payloads.json'), 'utf8')) as Array<{ id: string; html: string }>;
/** Pages whose payload is text a reader sees on the page (escaped markup, <xmp>): there it is read as text. */
const SHOWN_AS_TEXT = new Set(['escaped-text', 'escaped-controls', 'mxss-rawtext']);

const urlOf = (name: string) => `https://${HOST}/${name}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `lyssna` as a user runs it: bin/lyssna.mjs in a process of its own. */
async function lyssna(args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The CLI's own entry (cli/inspect.ts main) in this process: the same output, without a second's start-up. */
async function lyssnaHere(args: string[]): Promise<Run> {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, stream: { write: (chunk: string) => chunks.push(chunk) > 0 } as unknown };
  };
  const out = sink();
  const err = sink();
  const code = await main(args, out.stream as typeof process.stdout, err.stream as typeof process.stderr);
  return { code, stdout: out.chunks.join(''), stderr: err.chunks.join('') };
}

/** `work` over `items`, `width` at a time (two: the machine has two cores). */
async function inTurn<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!);
      }
    }),
  );
  return out;
}

const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, applet, param, form, input, button, base, meta, link, style, noscript, use, foreignObject, animate, set, portal';
const URL_ATTR =
  /^(href|xlink:href|src|srcset|action|formaction|data|poster|background|ping|codebase|cite|longdesc|lowsrc)$/;

/**
 * What in sanitised article HTML could run or load by itself once rendered: elements that script, frame,
 * submit, restyle or redirect, handler attributes, script and data URLs (pictures excepted: DOMPurify
 * allows them on img and source, and an image never runs script). Inside <template> too.
 */
function liveMarkup(root: ParentNode): string[] {
  const bad: string[] = [];
  const trees: ParentNode[] = [root];
  for (let i = 0; i < trees.length; i++) {
    for (const t of Array.from(trees[i]!.querySelectorAll('template'))) trees.push((t as HTMLTemplateElement).content);
  }
  for (const tree of trees) {
    for (const el of Array.from(tree.querySelectorAll(FORBIDDEN))) bad.push(`<${el.localName}>`);
    for (const el of Array.from(tree.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        // eslint-disable-next-line no-control-regex -- browsers strip these from URLs, so must we
        const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc' || name === 'shadowrootmode')
          bad.push(`${el.localName}[${name}]`);
        if (!URL_ATTR.test(name)) continue;
        for (const url of name === 'srcset' ? value.split(',') : [value]) {
          const picture = /^(img|source)$/.test(el.localName) && url.startsWith('data:image/');
          if (/^(javascript|vbscript|livescript|data):/.test(url) && !picture)
            bad.push(`${el.localName}[${name}=${url.slice(0, 30)}]`);
        }
      }
    }
  }
  return bad;
}

/** Every string in a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Traces of a payload's code, or of Object.prototype's members, in text meant to be read. */
const CODE = /__hr\b|__hostile|onerror\s*=|javascript:|<script|@import|http-equiv/i;
const PROTOTYPE_LEAK = /\[native code\]|function Object\(|\[object \w+\]/;
/** Control characters other than tab and newline: commands to a terminal. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const prototypeNames = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
const PRISTINE = {
  object: prototypeNames(Object.prototype),
  array: prototypeNames(Array.prototype),
  func: prototypeNames(Function.prototype),
};

function expectPristinePrototypes(context: string) {
  expect(prototypeNames(Object.prototype), context).toBe(PRISTINE.object);
  expect(prototypeNames(Array.prototype), context).toBe(PRISTINE.array);
  expect(prototypeNames(Function.prototype), context).toBe(PRISTINE.func);
  expect(({} as Record<string, unknown>)['hostilePolluted'], context).toBeUndefined();
}

describe('hostile pages through lyssna inspect', () => {
  const cli = new Map<string, { json: Run; text: Run }>();

  // Every page's JSON from the real binary; the text from the CLI's entry in this process, and from the
  // binary too where the page aims at the terminal or at markup shown as text.
  beforeAll(async () => {
    const runs = await inTurn(PAGES, 2, async (name) => {
      const args = ['inspect', join(DIR, `${name}.html`), '--url', urlOf(name)];
      const json = await lyssna([...args, '--json']);
      const text = SHOWN_AS_TEXT.has(name) ? await lyssna(args) : await lyssnaHere(args);
      return [name, { json, text }] as const;
    });
    for (const [name, result] of runs) cli.set(name, result);
  }, 300_000);

  it('has at least 40 pages, each with its payload listed', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(40);
    expect(PAYLOADS.map((p) => p.id).sort()).toEqual(PAGES);
  });

  it.each(PAGES)('%s: JSON is a detected article whose text carries no code', (name) => {
    const { code, stdout, stderr } = cli.get(name)!.json;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(out.detection).toMatchObject({ publicSector: true, articlePage: true });
    expect(out.article.title).toBeTruthy();
    expect(out.sentences.length).toBeGreaterThan(3);
    expect(out.simplified.glossary.length, 'Lättläst has hard words to explain').toBeGreaterThan(0);
    const texts = strings(out);
    expect(texts.filter((s) => PROTOTYPE_LEAK.test(s))).toEqual([]);
    if (!SHOWN_AS_TEXT.has(name)) expect(texts.filter((s) => CODE.test(s))).toEqual([]);
  });

  it.each(PAGES)('%s: text output is plain, with nothing for the terminal', (name) => {
    const { code, stdout, stderr } = cli.get(name)!.text;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Public sector: yes \(Kiruna kommun/);
    expect(stdout.match(CONTROLS)).toBeNull();
    expect(stdout).not.toMatch(PROTOTYPE_LEAK);
  });

  it('keeps markup written as text as text, in every output', () => {
    const literal = '<img src=x onerror=';
    const out = JSON.parse(cli.get('escaped-text')!.json.stdout);
    expect(out.article.title).toContain(literal);
    expect(out.article.text).toContain(literal);
    expect(out.sentences.some((s: { text: string }) => s.text.includes('<script>'))).toBe(true);
    expect(out.simplified.text).toContain(literal);
    expect(cli.get('escaped-text')!.text.stdout).toContain(literal);
  });
});

describe('hostile pages through the pipeline in Node', () => {
  afterAll(() => expectPristinePrototypes('after every page'));

  it.each(PAGES)('%s: sanitised article HTML has nothing live, and Object.prototype stays clean', (name) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const reading = inspectHtml(html, urlOf(name));
    toJson(reading); // Lättläst too, as the CLI makes it
    expectPristinePrototypes(name);
    const article = reading.article!;
    expect(article).not.toBeNull();

    const win = createWindow(urlOf(name));
    try {
      const doc = win.document as unknown as Document;
      // The reader's second pass: the stored string parsed back into nodes by DOMPurify.
      const fragment = articleFragment(article.html, doc);
      expect(liveMarkup(fragment)).toEqual([]);
      expect(fragment.querySelectorAll('[id^="lyssna-"], [name^="lyssna-"]').length).toBe(0);
      if (name === 'escaped-text') expect(fragment.textContent).toContain('<img src=x onerror=');
    } finally {
      void win.happyDOM.close();
    }
  });

  it.each(PAYLOADS.map((p) => [p.id, p.html]))('%s: the sanitiser alone leaves nothing live', (_id, payload) => {
    const win = createWindow(urlOf('payload'));
    try {
      const doc = win.document as unknown as Document;
      const clean = sanitizeArticleHtml(payload, win as unknown as Window);
      expect(liveMarkup(articleFragment(clean, doc))).toEqual([]);
      // Straight from the payload too, as the reader's own pass would see it.
      expect(liveMarkup(articleFragment(payload, doc))).toEqual([]);
    } finally {
      void win.happyDOM.close();
    }
  });
});
