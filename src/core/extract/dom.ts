/** Small DOM helpers for the extraction code. */

/**
 * getElementById that also works in a cloned document (happy-dom keeps no id index for clones, and
 * reports their nodes as not connected).
 */
export function byId(doc: Document, id: string): Element | null {
  return doc.getElementById(id) ?? doc.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
}

/**
 * Every element of a document in document order, listed once and grouped by tag on request: each
 * whole-page querySelectorAll walks the page again (in happy-dom through a slow selector engine), and
 * extraction asks a dozen such questions of every page. Valid while the tree is unchanged.
 */
export class ElementIndex {
  readonly all: Element[];
  private byName: Map<string, Element[]> | null = null;
  private readonly groups = new Map<string, Element[]>();

  /** From a document, or from its elements listed already in document order. */
  constructor(root: Document | Element[]) {
    this.all = Array.isArray(root) ? root : Array.from(root.getElementsByTagName('*'));
  }

  /** Elements with any of these local names (lower case), in document order. */
  tags(...names: string[]): Element[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const el of this.all) {
        const list = this.byName.get(el.localName);
        if (list) list.push(el);
        else this.byName.set(el.localName, [el]);
      }
    }
    if (names.length === 1) return this.byName.get(names[0]!) ?? [];
    const key = names.join();
    let list = this.groups.get(key);
    if (!list) {
      const wanted = new Set(names);
      list = this.all.filter((el) => wanted.has(el.localName));
      this.groups.set(key, list);
    }
    return list;
  }

  /**
   * The elements `selector` matches, in document order, checking only those `maybe` lets through: a
   * cheap test in plain JavaScript that must hold for every match (the selector has the last word).
   */
  select(selector: string, maybe: (el: Element) => boolean, from: readonly Element[] = this.all): Element[] {
    return from.filter((el) => maybe(el) && el.matches(selector));
  }

  /** The descendants of `root` (an element of this index), in document order. */
  within(root: Element): Element[] {
    const start = this.all.indexOf(root);
    if (start < 0) return Array.from(root.getElementsByTagName('*'));
    let last = root;
    while (last.lastElementChild) last = last.lastElementChild;
    return this.all.slice(start + 1, last === root ? start + 1 : this.all.indexOf(last, start) + 1);
  }
}
