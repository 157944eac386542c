import { readFileSync, readdirSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { createWindow } from '../../cli/happy-dom';
import { extractArticle } from '../../src/core/extract/extract';
import { readPage } from '../../src/core/pipeline';
import { decodeHtml } from '../../cli/charset';
const dir = '/work/shared/fixtures/readability-test-pages';
const t0 = performance.now();
let tp = 0,
  tr = 0,
  to = 0,
  tf = 0;
for (const name of readdirSync(dir).filter((n) => !n.includes('.') && n !== 'NOTICE')) {
  let html: string;
  try {
    html = decodeHtml(readFileSync(`${dir}/${name}/source.html`));
  } catch {
    continue;
  }
  const url = `https://${name}.example/`;
  const w = createWindow(url);
  const parse = () => new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  let a = performance.now();
  let d = parse();
  tp += performance.now() - a;
  a = performance.now();
  new Readability(d.cloneNode(true) as Document).parse();
  tr += performance.now() - a;
  d = parse();
  a = performance.now();
  try {
    extractArticle(d, { window: w as unknown as Window });
  } catch (e) {
    console.log(name, 'extract throws', (e as Error).message);
  }
  to += performance.now() - a;
  d = parse();
  a = performance.now();
  try {
    readPage(d, url, { window: w as unknown as Window });
  } catch (e) {
    console.log(name, 'readPage throws', (e as Error).message);
  }
  tf += performance.now() - a;
  await w.happyDOM.close();
  console.log(name, html.length, Math.round(process.memoryUsage().heapUsed / 1e6), Math.round(performance.now() - t0));
}
console.log({ total: performance.now() - t0, tp, tr, to, tf });
