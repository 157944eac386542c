/**
 * The one model every step of the pipeline speaks. Core functions take a Document or text and
 * return these plain shapes; DOM references appear only as `TextRun.node`, so the browser glue can
 * highlight what is being read without the core knowing about highlighting.
 */

export type OrganisationKind = 'kommun' | 'region' | 'national' | 'other';

export interface Organisation {
  name: string;
  kind: OrganisationKind;
  /** Kommun/region code (e.g. "2480" for Umeå), or null when the organisation has none. */
  code: string | null;
}

export interface Detection {
  /** True when the page belongs to a Swedish public-sector organisation. */
  publicSector: boolean;
  organisation: Organisation | null;
  /** True when the page looks like it carries one article worth reading. */
  articlePage: boolean;
  /** Human-readable reasons, e.g. "host:www.umea.se in registry (Umeå kommun)", "lang:sv". */
  signals: string[];
}

/** A stretch of one text node in the document the article came from. Offsets are UTF-16 indices. */
export interface TextRun {
  node: Text;
  start: number;
  end: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-cell' | 'caption';

export interface Block {
  kind: BlockKind;
  /** BCP 47 language of this block (from the nearest `lang`), e.g. "sv" or "en". */
  lang: string;
  /** The block's text with white space collapsed, exactly as the sentences slice it. */
  text: string;
  /**
   * Where each stretch of `text` lives in the page: `runs[i]` covers text[offsets[i] .. offsets[i] +
   * (run.end - run.start)]. Empty when the block has no place in the live page (e.g. the CLI title).
   */
  runs: TextRun[];
  offsets: number[];
}

export interface Article {
  title: string;
  lang: string;
  /**
   * Set when the text's language clearly differs from the page's `lang` attribute (at least 200
   * characters): `lang` is then the text's, `declared` what the page said.
   */
  langFromText?: { declared: string; spoken: string };
  /** ISO dates, "YYYY-MM-DD", or null when the page does not say. */
  published: string | null;
  updated: string | null;
  organisation: Organisation | null;
  blocks: Block[];
  /** The sanitised article HTML (DOMPurify), for views that render it. */
  html: string;
  /**
   * A very long page's article HTML a part at a time (see long-reading.ts), as Readability gave it, not
   * yet sanitised: a view draws it a part at a time, each through DOMPurify (`articleFragment`), where
   * sanitising and drawing `html` at once would hold the page up for seconds.
   */
  rawHtmlParts?: readonly string[];
  /** Contact information the page gives beside the article ("Kontakt" boxes), one line each; not read. */
  contact?: string[];
  /** The site's own easy-to-read ("Lättläst") version of the page or site, when it links one. */
  easyToReadUrl?: string | null;
  /** The page or site in other languages, as the page links them. */
  languageLinks?: Array<{ lang: string; url: string }>;
}

export interface Sentence {
  /** Index of the block this sentence belongs to. */
  block: number;
  /** The sentence as written. */
  text: string;
  /** What the voice should say (Swedish normalisation for Swedish text). */
  speech: string;
  lang: string;
  /** Offsets of the sentence in its block's text. */
  start: number;
  end: number;
}

/** The HTML element a block is shown as, where a view renders blocks (the simplified article, the reader). */
export function tagForBlock(kind: BlockKind): 'h1' | 'h2' | 'li' | 'blockquote' | 'p' {
  switch (kind) {
    case 'title':
      return 'h1';
    case 'heading':
      return 'h2';
    case 'list-item':
      return 'li';
    case 'quote':
      return 'blockquote';
    default:
      return 'p';
  }
}
