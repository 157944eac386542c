/**
 * Child process of the benchmark: synthesises the large page, parses it and runs `readPage` on it once,
 * then writes its report as `lyssna inspect` prints it (its Lättläst part included).
 * Runs apart so that a page that takes too long can be stopped, and so its memory is its own. Writes one
 * JSON line (a LargePageResult without `finished`/`timeoutMs`) to stdout.
 * Usage: tsx scripts/bench/large-run.ts <target bytes>
 */
import { createWindow } from '../../cli/happy-dom';
import { toText } from '../../cli/inspect';
import { readPage } from '../../src/core/pipeline';
import { municipalPage } from './large-page';

const target = Number(process.argv[2] ?? 10 * 1024 * 1024);
const url = 'https://www.umea.se/kommun-och-politik/protokoll.html';

let t = performance.now();
const page = municipalPage(target);
const generateMs = performance.now() - t;

const window = createWindow(url);
t = performance.now();
const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
const parseMs = performance.now() - t;
const elements = doc.getElementsByTagName('*').length;

t = performance.now();
let error: string | null = null;
let reading: ReturnType<typeof readPage> | null = null;
try {
  reading = readPage(doc, url, { window: window as unknown as Window });
} catch (e) {
  error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
const readPageMs = performance.now() - t;

t = performance.now();
let report: string | null = null;
try {
  if (reading) report = toText(reading);
} catch (e) {
  error = `the report: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
}
const reportMs = performance.now() - t;
// Counted after the timing: the report's time is the CLI's, not this count's.
const reportLines = report === null ? null : report.split('\n').length;

process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(page.html),
    sections: page.sections,
    paragraphs: page.paragraphs,
    elements,
    generateMs,
    parseMs,
    readPageMs,
    reportMs,
    reportLines,
    error,
    articlePage: reading?.detection.articlePage ?? null,
    blocks: reading?.article?.blocks.length ?? null,
    sentences: reading?.sentences.length ?? null,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
await window.happyDOM.close();
process.exit(0);
