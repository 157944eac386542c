import { detect } from './detect/detect';
import { extractArticle } from './extract/extract';
import type { Article, Detection, Sentence } from './model';
import { sentencesOf } from './segment/sentences';
import type { Registry } from './detect/registry';

/** The whole pipeline on one document, as the page player and `lyssna inspect` both run it. */
export interface PageReading {
  detection: Detection;
  article: Article | null;
  sentences: Sentence[];
}

export function readPage(
  doc: Document,
  url: string,
  options: { window?: Window; registry?: Registry } = {},
): PageReading {
  const detection = detect(doc, url, { registry: options.registry });
  const article = extractArticle(doc, { organisation: detection.organisation, window: options.window });
  return { detection, article, sentences: article ? sentencesOf(article) : [] };
}
