/**
 * One page through our pipeline and through plain Readability, each on its own freshly parsed
 * document (as the extension and Firefox's reader would each see the page).
 */
import { Readability } from '@mozilla/readability';
import { createWindow } from '../../cli/happy-dom';
import type { Article, Detection } from '../../src/core/model';
import { extractArticle } from '../../src/core/extract/extract';
import { readPage } from '../../src/core/pipeline';
import { visibleText } from './metrics';

export interface PageRun {
  detection: Detection;
  article: Article | null;
  /** What we read: every block, title first, one block a line. */
  ours: string;
  /** Plain Readability: its title and its article text. */
  plain: string;
  ms: number;
}

export function parse(html: string, url: string) {
  const window = createWindow(url);
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { window, doc };
}

export async function runPage(html: string, url: string, options: { steer?: boolean } = {}): Promise<PageRun> {
  const a = parse(html, url);
  const start = performance.now();
  let detection: Detection;
  let article: Article | null;
  try {
    ({ detection, article } = readPage(a.doc, url, { window: a.window as unknown as Window }));
    if (options.steer !== undefined)
      article = extractArticle(a.doc, {
        organisation: detection.organisation,
        window: a.window as unknown as Window,
        url,
        steer: options.steer,
      });
  } finally {
    await a.window.happyDOM.close();
  }
  const ms = performance.now() - start;
  const ours = article ? article.blocks.map((b) => b.text).join('\n') : '';

  const b = parse(html, url);
  let plain = '';
  try {
    const parsed = new Readability(b.doc).parse();
    if (parsed) {
      const holder = b.doc.createElement('div');
      holder.innerHTML = parsed.content ?? '';
      plain = `${parsed.title ?? ''}\n${visibleText(holder)}`;
    }
  } finally {
    await b.window.happyDOM.close();
  }
  return { detection, article, ours, plain, ms };
}
