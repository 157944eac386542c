import type { Block } from '../core/model';

/**
 * What changed on the page since its article was read:
 * - 'new-page': the article changed and so did the address (a single-page site moved on with
 *   history.pushState, or back);
 * - 'article-changed': at the same address, the article's text or nodes changed (the site updated it,
 *   or put another article in its place).
 */
export type PageChange = 'new-page' | 'article-changed';

export interface PageWatchOptions {
  /** The page's address now (location.href). */
  url(): string;
  /** The blocks read from the page that matter now (what is being read, or the page's read article). */
  article(): readonly Block[] | null;
  changed(change: PageChange): void;
  signal: AbortSignal;
}

/** A page settles this long after its last change before we look (a site renders in bursts). */
const SETTLE_MS = 300;
/** …but a page that never stops changing (a ticker) is looked at this often at most. */
const MAX_WAIT_MS = 1500;

/**
 * Watches the page for the two changes a reading must not miss: a new address, and the article's own
 * text changing under it. Cheap while nothing happens: one MutationObserver, whose callback only notes
 * whether a change touched the article, and one timer per burst of changes. Changes inside Lyssna's own
 * elements are ignored (the control and the reader are in closed shadow roots, which the observer does
 * not see into anyway; the host elements and the highlight style are ours).
 */
export function watchPage(doc: Document, options: PageWatchOptions): void {
  const win = doc.defaultView;
  if (!win || options.signal.aborted) return;
  let address = withoutHash(options.url());
  let touched = false;
  let timer: number | undefined;
  let firstChange = 0;
  let container: { blocks: readonly Block[]; node: Node | null } | null = null;

  const articleNode = (): Node | null => {
    const blocks = options.article();
    if (!blocks) return null;
    if (container?.blocks !== blocks) container = { blocks, node: commonAncestor(blocks) };
    return container.node;
  };

  const look = () => {
    timer = undefined;
    firstChange = 0;
    // Only a change the observer saw inside the article (or taking it out) counts: a page that ticks
    // elsewhere costs no look at the article's text, however long it is. A new address alone is no new
    // page either (sites rewrite their address to drop tracking parameters or keep a tab's state); a new
    // address with the article changed is.
    const changed = touched && options.article() !== null;
    touched = false;
    if (!changed) return;
    const now = withoutHash(options.url());
    const moved = now !== address;
    address = now;
    options.changed(moved ? 'new-page' : 'article-changed');
  };

  const soon = () => {
    const t = Date.now();
    if (!firstChange) firstChange = t;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(look, t - firstChange > MAX_WAIT_MS ? 0 : SETTLE_MS);
  };

  const observer = new win.MutationObserver((records) => {
    let relevant = false;
    const article = articleNode();
    for (const record of records) {
      if (isOurs(record)) continue;
      relevant = true;
      if (article && !touched && touches(record, article)) touched = true;
    }
    if (relevant) soon();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // Back and forward on a single-page site (its own pushState fires no event).
  win.addEventListener('popstate', soon, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  });
}

/** The address without its #fragment: a jump within the page is not a new page. */
export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * True while every stretch of page text the blocks were read from is still in the page with the same
 * text (white space aside): the highlight still lands on what is being read.
 */
export function stillThere(blocks: readonly Block[]): boolean {
  for (const block of blocks)
    for (let i = 0; i < block.runs.length; i++) {
      const run = block.runs[i]!;
      if (!run.node.isConnected) return false;
      const now = run.node.data.slice(run.start, run.end);
      const offset = block.offsets[i]!;
      const then = block.text.slice(offset, offset + (run.end - run.start));
      if (now.replace(/\s/g, ' ') !== then.replace(/\s/g, ' ')) return false;
    }
  return true;
}

/** The nearest element that holds every block's text (the article's container on the page). */
export function commonAncestor(blocks: readonly Block[]): Node | null {
  const nodes = blocks.flatMap((b) => b.runs.map((r) => r.node));
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return null;
  let node: Node | null = first.parentNode;
  while (node && !node.contains(last)) node = node.parentNode;
  return node;
}

/** A change inside the article, or one that took the article (or what holds it) out of the page. */
function touches(record: MutationRecord, article: Node): boolean {
  if (article.contains(record.target)) return true;
  if (record.type !== 'childList') return false;
  return Array.from(record.removedNodes).some((node) => node.contains(article));
}

function isOurs(record: MutationRecord): boolean {
  const ours = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).localName.startsWith('lyssna-') || (node as HTMLElement).dataset?.['lyssna'] !== undefined);
  if (ours(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(ours);
}
