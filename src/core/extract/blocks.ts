import type { Block, BlockKind, TextRun } from '../model';

/**
 * Turns sanitised article content into reading blocks. Each block's text is the white-space-collapsed
 * text of its element, and every character of it maps back to a character of a text node in the live
 * page (through `toLive`), so a sentence can be highlighted where the reader sees it.
 */

/** Reading kinds by tag (local names: lower case in an HTML document). */
const BLOCK_KINDS = new Map<string, BlockKind>([
  ['h1', 'heading'],
  ['h2', 'heading'],
  ['h3', 'heading'],
  ['h4', 'heading'],
  ['h5', 'heading'],
  ['h6', 'heading'],
  ['p', 'paragraph'],
  ['li', 'list-item'],
  ['dt', 'list-item'],
  ['dd', 'list-item'],
  ['blockquote', 'quote'],
  ['td', 'table-cell'],
  ['th', 'table-cell'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
  ['pre', 'paragraph'],
]);

/** Elements whose text is never read: it is code, furniture or hidden. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe']);

/** Elements that break text into separate blocks even when we have no kind for them. */
const STRUCTURAL = new Set([
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'nav',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'figure',
  'form',
  'fieldset',
  'details',
  'summary',
  'address',
  'hr',
]);

/** The white space that collapses to one space: HTML's, and the no-break space pages put between words. */
const SPACES = /[ \n\t\r\f\u00a0]+/g;

class BlockBuilder {
  text = '';
  runs: TextRun[] = [];
  offsets: number[] = [];
  private pendingSpace: TextRun | null = null;

  constructor(
    readonly kind: BlockKind,
    readonly lang: string,
  ) {}

  /** Appends a text node's characters, collapsing white space; runs stay 1:1 with output characters. */
  add(node: Text, live: Text | undefined, from = 0, to = node.data.length, data = node.data) {
    const end = Math.min(to, data.length);
    // Whole words at a time: a page's text is appended once per word, not once per character.
    for (let i = from; i < end;) {
      SPACES.lastIndex = i;
      const space = SPACES.exec(data);
      const wordEnd = space && space.index < end ? space.index : end;
      if (wordEnd > i) {
        if (this.pendingSpace) {
          const pending = this.pendingSpace;
          this.pendingSpace = null;
          this.text += ' ';
          if (pending.start >= 0) this.pushRun(pending.node, pending.start, pending.end, this.text.length - 1);
        }
        if (live) this.pushRun(live, i, wordEnd, this.text.length);
        this.text += data.slice(i, wordEnd);
      }
      if (!space || wordEnd >= end) break;
      if (this.text.length > 0 && !this.pendingSpace)
        this.pendingSpace = live ? { node: live, start: wordEnd, end: wordEnd + 1 } : { node, start: -1, end: -1 };
      i = space.index + space[0].length;
    }
  }

  /**
   * Between two cells of a table row: a comma, which is not in the page (no run maps it), unless the
   * cell already ended with punctuation; then a space. The voice pauses between cells.
   */
  separator() {
    if (!this.text) return;
    this.pendingSpace = null;
    if (!/[.,:;!?]$/.test(this.text)) this.text += ',';
    this.pendingSpace = { node: null as unknown as Text, start: -1, end: -1 };
  }

  /** A line break or inline boundary that should read as a space. */
  space() {
    if (this.text.length > 0 && !this.pendingSpace)
      this.pendingSpace = { node: null as unknown as Text, start: -1, end: -1 };
  }

  private pushRun(node: Text, start: number, end: number, offset: number) {
    const last = this.runs[this.runs.length - 1];
    const lastOffset = this.offsets[this.offsets.length - 1];
    if (
      last &&
      lastOffset !== undefined &&
      last.node === node &&
      last.end === start &&
      lastOffset + (last.end - last.start) === offset
    ) {
      last.end = end;
      return;
    }
    this.runs.push({ node, start, end });
    this.offsets.push(offset);
  }

  build(): Block | null {
    if (!/[\p{L}\p{N}]/u.test(this.text)) return null;
    return { kind: this.kind, lang: this.lang, text: this.text, runs: this.runs, offsets: this.offsets };
  }
}

export interface BlockOptions {
  /** Maps a text node of the extracted copy to the same text node in the live page. */
  toLive: (node: Text) => Text | undefined;
  /** Language of a text node, from the nearest `lang` in the live page. */
  langOf: (node: Text) => string;
  /** Only part of the tree (a user's selection): the part of each text node to read, or null for none. */
  clip?: (node: Text) => readonly [number, number] | null;
  /** With `clip`: whether an element can hold anything to read (skips whole subtrees). */
  within?: (element: Element) => boolean;
}

/** A row of two or more cells that hold short text, not paragraphs, lists or tables of their own. */
function isSimpleRow(row: Element): boolean {
  const cells = Array.from(row.children).filter((c) => /^T[DH]$/i.test(c.tagName));
  if (cells.length < 2) return false;
  return cells.every(
    (cell) =>
      !cell.querySelector('table, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6, pre, form') &&
      cell.querySelectorAll('p, div').length <= 1,
  );
}

export function collectBlocks(root: Element, options: BlockOptions): Block[] {
  const blocks: Block[] = [];
  let current: BlockBuilder | null = null;

  const finish = () => {
    const block = current?.build();
    if (block) blocks.push(block);
    current = null;
  };

  // The text is read once per node and each answer asked for once: this runs for every text node of the article.
  const addText = (text: Text, kind: BlockKind, splitOnLang: boolean) => {
    const data = text.data;
    const part = options.clip ? options.clip(text) : null;
    if (options.clip && !part) return;
    const from = part ? part[0] : 0;
    const to = part ? part[1] : data.length;
    if (!current) {
      if (!/\S/.test(part ? data.slice(from, to) : data)) return;
      current = new BlockBuilder(kind, options.langOf(text));
    } else if (splitOnLang) {
      const lang = options.langOf(text);
      if (lang !== current.lang && /[\p{L}\p{N}]/u.test(data)) {
        // A passage in another language becomes its own block so it gets its own voice.
        finish();
        current = new BlockBuilder(kind, lang);
      }
    }
    current.add(text, options.toLive(text), from, to, data);
  };

  // Readability leaves most elements without attributes: one question then answers both.
  const skipped = (el: Element, tag = el.localName) =>
    SKIP.has(tag) || (el.hasAttributes() && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')));

  /** A table row read as one block: its cells in order, a pause between them. */
  const walkRow = (row: Element) => {
    finish();
    for (const cell of Array.from(row.children)) {
      if (skipped(cell) || (options.within && !options.within(cell))) continue;
      (current as BlockBuilder | null)?.separator();
      const inline = (node: Node) => {
        if (node.nodeType === 3) return addText(node as Text, 'table-cell', false);
        if (node.nodeType !== 1) return;
        const el = node as Element;
        if (skipped(el) || (options.within && !options.within(el))) return;
        if (el.localName === 'br' || STRUCTURAL.has(el.localName) || el.localName === 'p')
          (current as BlockBuilder | null)?.space();
        for (let child = el.firstChild; child; child = child.nextSibling) inline(child);
      };
      inline(cell);
    }
    finish();
  };

  const walk = (node: Node, kind: BlockKind) => {
    if (node.nodeType === 3) return addText(node as Text, kind, true);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (options.within && !options.within(el)) return;
    const tag = el.localName;
    if (skipped(el, tag)) return;
    if (tag === 'br') {
      (current as BlockBuilder | null)?.space();
      return;
    }
    if (tag === 'tr' && isSimpleRow(el)) return walkRow(el);
    const ownKind = BLOCK_KINDS.get(tag);
    if (ownKind || STRUCTURAL.has(tag)) {
      finish();
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, ownKind ?? 'paragraph');
      finish();
      return;
    }
    // Nothing here changes the tree, so its children are followed in place, not copied out first.
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, kind);
  };

  walk(root, 'paragraph');
  finish();
  return blocks;
}
