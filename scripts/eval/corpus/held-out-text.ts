/**
 * The held-out pages (tests/fixtures/municipal/held-out/, held-out-2/, held-out-3/) are written by hand. Their expected text is
 * the title (from the .json) plus the parts of the page between `<!-- article -->` and
 * `<!-- /article -->` comments, as a reader sees them. This writes each page's .txt from those marks.
 * (The extractor never looks at comments; Readability drops them.)
 * Run: `npx tsx scripts/eval/corpus/held-out-text.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWindow } from '../../../cli/happy-dom';
import { visibleText } from '../metrics';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/municipal');

const FILES = ['held-out', 'held-out-2', 'held-out-3'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f)),
);

for (const file of FILES) {
  const name = file.replace(/\.html$/, '');
  const spec = JSON.parse(readFileSync(path.join(ROOT, `${name}.json`), 'utf8')) as {
    article: boolean;
    title?: string;
  };
  if (!spec.article) continue;
  const html = readFileSync(path.join(ROOT, file), 'utf8');
  const parts = Array.from(html.matchAll(/<!-- article -->([\s\S]*?)<!-- \/article -->/g), (m) => m[1]!);
  const window = createWindow('https://example.invalid/');
  const doc = new window.DOMParser().parseFromString(
    `<!doctype html><body>${parts.join('\n<div></div>\n')}</body>`,
    'text/html',
  );
  let text = visibleText(doc.body as unknown as Node);
  void window.happyDOM.close();
  if (spec.title && !text.startsWith(spec.title)) text = `${spec.title}\n${text}`;
  writeFileSync(path.join(ROOT, `${name}.txt`), text + '\n');
  console.log(`${name}.txt`);
}
