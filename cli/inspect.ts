import { readFile } from 'node:fs/promises';
import { readPage, type PageReading } from '../src/core/pipeline';
import { lattlastJson, lattlastText } from '../src/core/simplify/report';
import { charsetFromContentType, declaredCharset, decodeHtml } from './charset';
import { createWindow } from './happy-dom';

/** `lyssna inspect`: the extension's own pipeline on a file or URL, as text or as JSON. */

export const EXIT = { ok: 0, usage: 2, noArticle: 3 } as const;

export class UsageError extends Error {}

export interface InspectArgs {
  input: string;
  url: string | null;
  json: boolean;
}

export function parseArgs(argv: string[]): InspectArgs {
  const [command, ...rest] = argv;
  if (command !== 'inspect') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  let input: string | null = null;
  let url: string | null = null;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') {
      url = rest[++i] ?? null;
      if (!url || !isHttpUrl(url))
        throw new UsageError('--url needs a page address such as https://www.umea.se/bygglov');
    } else if (arg.startsWith('--url=')) {
      url = arg.slice(6);
      if (!isHttpUrl(url)) throw new UsageError('--url needs a page address such as https://www.umea.se/bygglov');
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (input === null) input = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (!input) throw new UsageError('no file or URL given');
  return { input, url, json };
}

export const USAGE = 'usage: lyssna inspect <file-or-url> [--url <page address>] [--json]';

const isHttpUrl = (s: string) => /^https?:\/\/[^/\s]+/i.test(s);

/** Reads the input into HTML text and the address it stands for. */
export async function loadInput(args: InspectArgs): Promise<{ html: string; url: string }> {
  if (isHttpUrl(args.input)) {
    let response: Response;
    try {
      response = await fetch(args.input, { redirect: 'follow' });
    } catch (error) {
      throw new UsageError(`could not fetch ${args.input}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new UsageError(`could not fetch ${args.input}: HTTP ${response.status}`);
    const type = response.headers.get('content-type');
    if (type && !/html|xml/i.test(type)) throw new UsageError(`${args.input} is not HTML (${type})`);
    const html = decodePage(new Uint8Array(await response.arrayBuffer()), charsetFromContentType(type));
    return { html, url: args.url ?? response.url };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${args.input}` : `cannot read ${args.input}: ${code ?? error}`,
    );
  }
  const html = decodePage(bytes);
  if (!looksLikeHtml(html)) throw new UsageError(`${args.input} is not an HTML page`);
  return { html, url: args.url ?? 'file:///' + encodeURI(args.input.replace(/^\/+/, '')) };
}

/**
 * decodeHtml, and for a page that declares no charset at all (no BOM, header or meta) and is not valid
 * UTF-8: windows-1252, as browsers in Swedish locales fall back to. "Umeå" then stays "Umeå", not "Ume�".
 */
export function decodePage(bytes: Uint8Array, headerCharset?: string | null): string {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom || headerCharset || declaredCharset(bytes)) return decodeHtml(bytes, headerCharset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Browsers build at most this many levels of elements (Blink's parser limit); deeper ones become siblings. */
export const MAX_DEPTH = 512;

/**
 * Flattens elements nested deeper than browsers allow, as their parsers do: past the limit each element
 * becomes a sibling of the one before, with its own text. happy-dom would otherwise recurse past the
 * call stack on such a page. Iterative, so any depth is safe.
 */
export function capDepth(doc: Document, max = MAX_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let flattened = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth < max) {
      for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i]!, depth + 1]);
      continue;
    }
    // `el` sits at the limit: every element below it moves up to be its following sibling, in order.
    const below: Element[] = [];
    const walk: Element[] = [];
    for (let i = el.children.length - 1; i >= 0; i--) walk.push(el.children[i]!);
    while (walk.length) {
      const next = walk.pop()!;
      below.push(next);
      for (let i = next.children.length - 1; i >= 0; i--) walk.push(next.children[i]!);
    }
    const parent = el.parentElement;
    if (!parent || !below.length) continue;
    let before: Node | null = el.nextSibling;
    for (let i = below.length - 1; i >= 0; i--) {
      parent.insertBefore(below[i]!, before);
      before = below[i]!;
    }
    flattened += below.length;
  }
  return flattened;
}

/** The frames of a frameset page, as addresses: the page itself has nothing to read. */
export function framesOf(html: string, url: string): string[] {
  if (!/<frameset[\s>]/i.test(html)) return [];
  return Array.from(html.matchAll(/<frame\s[^>]*src\s*=\s*["']?([^"'\s>]+)/gi), (m) => {
    try {
      return new URL(m[1]!, url).href;
    } catch {
      return m[1]!;
    }
  });
}

/**
 * happy-dom cannot serialise a <template> outside HTML (<svg><template>): it has no content fragment, and
 * reading the page threw. Browsers show nothing of such an element, so the CLI drops it.
 */
function dropForeignTemplates(doc: Document) {
  for (const el of Array.from(doc.getElementsByTagName('template'))) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') el.remove();
  }
}

/**
 * The page's control characters (ESC, BEL, backspace …) shown as U+FFFD in the text output: written to a
 * terminal they are commands (clear the screen, set the title, write the clipboard with OSC 52).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it is for
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(!doctype html|html|head|body|p|div|article|main|h1|title)[\s>]/i.test(text.slice(0, 200_000));
}

/** Parses HTML without running any of its scripts or loading anything it refers to. */
export function inspectHtml(html: string, url: string): PageReading {
  const window = createWindow(url);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    capDepth(doc);
    dropForeignTemplates(doc);
    return readPage(doc, url, { window: window as unknown as Window });
  } finally {
    void window.happyDOM.close();
  }
}

/** The JSON shape documented in the README; keys may be added, never renamed. */
export function toJson(reading: PageReading) {
  const { detection, article, sentences } = reading;
  return {
    detection: {
      publicSector: detection.publicSector,
      organisation: detection.organisation,
      articlePage: detection.articlePage,
      signals: detection.signals,
    },
    article: article
      ? {
          title: article.title,
          lang: article.lang,
          published: article.published,
          updated: article.updated,
          text: article.blocks.map((b) => b.text).join('\n\n'),
          contact: article.contact ?? [],
          easyToReadUrl: article.easyToReadUrl ?? null,
          languageLinks: article.languageLinks ?? [],
        }
      : null,
    sentences: sentences.map((s) => ({ text: s.text, speech: s.speech, lang: s.lang })),
    ...lattlastJson(article), // "readability" and "simplified" (Lättläst)
  };
}

export function toText(reading: PageReading): string {
  const { detection, article, sentences } = reading;
  const org = detection.organisation;
  const lines = [
    `Public sector: ${detection.publicSector ? 'yes' : 'no'}${org ? ` (${org.name}, ${org.kind}${org.code ? ' ' + org.code : ''})` : ''}`,
    `Article page: ${detection.articlePage ? 'yes' : 'no'}`,
    `Signals: ${detection.signals.join(', ') || 'none'}`,
  ];
  if (article) {
    lines.push(`Title: ${article.title}`, `Language: ${article.lang}`);
    if (article.published) lines.push(`Published: ${article.published}`);
    if (article.updated) lines.push(`Updated: ${article.updated}`);
    if (article.easyToReadUrl) lines.push(`Easy to read (Lättläst): ${article.easyToReadUrl}`);
    if (article.languageLinks?.length)
      lines.push(`Other languages: ${article.languageLinks.map((l) => `${l.lang} ${l.url}`).join(', ')}`);
    if (article.contact?.length) lines.push(`Contact (not read): ${article.contact.join(' · ')}`);
    lines.push('', `Sentences (${sentences.length}):`);
    sentences.forEach((s, i) => {
      lines.push(`${String(i + 1).padStart(3)}. ${s.text}`);
      if (s.speech !== s.text) lines.push(`     ↳ ${s.speech}`);
    });
    // One at a time: spread as arguments, a very long page's lines overflowed the stack (10 MB: 300,000).
    for (const line of lattlastText(article)) lines.push(line);
  }
  return lines.join('\n').replace(CONTROLS, '\uFFFD');
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let args: InspectArgs;
  try {
    args = parseArgs(argv);
    const { html, url } = await loadInput(args);
    let reading: PageReading;
    try {
      reading = inspectHtml(html, url);
    } catch (error) {
      // The DOM library recursing past the stack on a pathological page: say so, never a stack trace.
      if (error instanceof RangeError)
        throw new UsageError(`cannot read ${args.input}: the page is too complex to read`);
      throw error;
    }
    out.write((args.json ? JSON.stringify(toJson(reading), null, 2) : toText(reading)) + '\n');
    if (!reading.article) {
      const frames = framesOf(html, url);
      err.write(
        frames.length
          ? `lyssna: this page is a frameset with nothing to read of its own; inspect its frames instead:\n${frames.map((f) => `  ${f}`).join('\n')}\n`
          : 'lyssna: no article found on this page\n',
      );
      return EXIT.noArticle;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`lyssna: ${error.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
