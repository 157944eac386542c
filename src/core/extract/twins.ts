/**
 * The live twin of each text node of a copy of the page: what a Map<Text, Text> gives, for what the
 * extraction asks of it. Extraction walks the copy and the page side by side once and lists both
 * sides' text nodes in document order; a page has thousands, its article a few hundred, and the
 * article's are asked for in document order, pass after pass. So a twin is found by moving on through
 * the lists from the last one found, and only twins asked for are kept in a map: putting every text
 * node of the page in a map was a third of that walk's time in Firefox.
 */
export interface TwinMap {
  get(node: Text): Text | undefined;
  has(node: Text): boolean;
  set(node: Text, live: Text): unknown;
  /** Every text node of the copy that has a twin, in document order. */
  keys(): Iterable<Text>;
}

export class TextTwins implements TwinMap {
  private readonly asked = new Map<Text, Text>();
  /** Where the search for the next twin starts: just past the last one found. */
  private next = 0;
  /** Every pair, made once a node is asked for out of order (or is no node of the copy). */
  private all: Map<Text, Text> | null = null;

  /** `copies[i]`'s twin is `lives[i]`. */
  constructor(
    private readonly copies: readonly Text[],
    private readonly lives: readonly Text[],
  ) {}

  get(node: Text): Text | undefined {
    const known = this.asked.get(node);
    if (known || this.all) return known ?? this.all?.get(node);
    const copies = this.copies;
    for (let i = this.next; i < copies.length; i++) {
      if (copies[i] === node) {
        this.next = i + 1;
        const live = this.lives[i]!;
        this.asked.set(node, live);
        return live;
      }
    }
    this.all = new Map();
    for (let i = 0; i < copies.length; i++) this.all.set(copies[i]!, this.lives[i]!);
    return this.all.get(node);
  }

  has(node: Text): boolean {
    return this.get(node) !== undefined;
  }

  set(node: Text, live: Text): this {
    this.asked.set(node, live);
    return this;
  }

  keys(): Iterable<Text> {
    return this.copies;
  }
}
