import type { PageKindResult } from './detect/article-page';
import { detect } from './detect/detect';
import type { Registry } from './detect/registry';
import { extractArticle } from './extract/extract';
import { pageToJudge } from './extract/part-copy';
import type { Article, Detection, Sentence } from './model';
import { readBlocks } from './segment/sentences';

// Where it was first: the reader's own script imports it from segment/sentences (no Readability there).
export { readBlocks };

/**
 * The pipeline's two entrances. `readPage` runs every step on a document, as the page player and
 * `lyssna inspect` both do; `readBlocks` is what the page's article, a selection and the reader (as
 * written or Lättläst) all go through once they have blocks: segment, and plan what the voice says.
 */
export interface PageReading {
  detection: Detection;
  article: Article | null;
  sentences: Sentence[];
}

export interface ReadPageOptions {
  window?: Window;
  registry?: Registry;
  /** The page's kind as the detector found it already, so that detection runs once per page. */
  pageKind?: PageKindResult;
}

export function readPage(doc: Document, url: string, options: ReadPageOptions = {}): PageReading {
  // Unless its kind is known already (the extension's detector judged it), a very long page is judged
  // by its first part, as that detector and the part-at-a-time reading judge it: in happy-dom, judging
  // the bench's 10 MB page whole takes 5.3 s, its first part 0.14 s. The player passes the kind, so a
  // press pays for no look at the page's length.
  const judged = options.pageKind ? doc : pageToJudge(doc);
  const detection = detect(judged, url, { registry: options.registry, pageKind: options.pageKind });
  const article = extractArticle(doc, { organisation: detection.organisation, window: options.window });
  const note = article?.langFromText;
  if (note) detection.signals.push(`lang:${note.spoken} from the text (the page says ${note.declared})`);
  return { detection, article, sentences: article ? readBlocks(article.blocks) : [] };
}
